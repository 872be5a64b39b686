import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { dockerInstructions, imageLayout } from '../../src/detect/manifests/image-layout.js';
import { SERVERS } from '../../src/knowledge/servers/index.js';
import { deriveServerKnowledge } from '../../src/knowledge/servers/derive.js';
import type { ServerRecord } from '../../src/knowledge/servers/types.js';
import { scanTree } from '../support/scan-tree.js';

const detected = (files: Record<string, string>) => detect(scanTree(files));
const services = (files: Record<string, string>) =>
  detected(files).services.map((s) => `${s.path}:${s.current}:${s.kind}:${s.frameworks.join('+')}`);
const entries = (files: Record<string, string>, path: string) =>
  detected(files)
    .services.filter((s) => s.path === path)
    .flatMap((s) => s.entry.map((e) => `${e.file}: ${e.detail}`));

const fastapi = {
  'backend/requirements.txt': 'fastapi==0.111\n',
  'backend/apps/__init__.py': '',
  'backend/apps/main.py': 'from fastapi import FastAPI\n\napp = FastAPI()\n',
};

describe('image layout: where a Dockerfile puts the context', () => {
  it('makes destinations absolute against the WORKDIR of the moment, with ARG and ENV values', () => {
    const layout = imageLayout(
      dockerInstructions(
        [
          'ARG BASE=3.12',
          'FROM python:${BASE} AS build',
          'COPY requirements.txt .',
          'FROM python:${BASE}',
          'ARG APP_HOME=/srv/app',
          'ENV SRC_DIR src',
          'WORKDIR ${APP_HOME}',
          'COPY --chown=app:app ${SRC_DIR}/ ./',
          'WORKDIR web',
          'COPY --from=build /wheels /wheels/',
          'COPY ["config/gunicorn.py", "conf/"]',
          'ADD https://example.com/tool.tar.gz /opt/',
          'COPY $UNKNOWN /nowhere',
          'COPY <<EOF /etc/motd',
        ].join('\n'),
      ),
    );
    expect(layout.workdir).toBe('/srv/app/web');
    expect(layout.stages.map((s) => s.name)).toEqual(['build', undefined]);
    expect(layout.stages[0]!.copies).toEqual([{ sources: ['requirements.txt'], dest: '/', line: 3 }]);
    // a URL, an unknown variable and a heredoc are left out
    expect(layout.stages[1]!.copies).toEqual([
      { sources: ['src/'], dest: '/srv/app/', line: 8 },
      { sources: ['/wheels'], dest: '/wheels/', from: 'build', line: 10 },
      { sources: ['config/gunicorn.py'], dest: '/srv/app/web/conf/', line: 11 },
    ]);
  });
});

describe('deployment chains: from a command in an image to the folder its code comes from', () => {
  it('traces a module run in the WORKDIR back through COPY to its project', () => {
    const files = {
      ...fastapi,
      'deploy/api/Dockerfile':
        'FROM python:3.12-slim\nWORKDIR /app\nCOPY backend/ /app/\nRUN pip install uvicorn\nCMD ["uvicorn", "apps.main:app"]\n',
    };
    expect(services(files)).toEqual(['backend:python:http:FastAPI']);
    expect(entries(files, 'backend')).toContain(
      'deploy/api/Dockerfile: Dockerfile runs uvicorn apps.main:app (from backend/apps/main.py)',
    );
  });

  it('unwraps shells, exec and user switches, and follows a start script copied into the image', () => {
    const files = {
      ...fastapi,
      'backend/docker/serve': '#!/bin/sh\nset -e\nexec gosu app uvicorn apps.main:app --host 0.0.0.0\n',
      Dockerfile:
        'FROM python:3.12\nWORKDIR /code\nCOPY backend .\nCMD ["sh", "-c", "alembic upgrade head && ./docker/serve"]\n',
    };
    const inline = {
      ...fastapi,
      Dockerfile:
        'FROM python:3.12\nWORKDIR /code\nCOPY backend .\nCMD sh -c "alembic upgrade head && exec /usr/local/bin/uvicorn apps.main:app"\n',
    };
    expect(entries(inline, 'backend')).toContain(
      'Dockerfile: Dockerfile runs exec /usr/local/bin/uvicorn apps.main:app (from backend/apps/main.py)',
    );
    expect(services(files)).toEqual(['backend:python:http:FastAPI']);
    expect(entries(files, 'backend')).toContain(
      'Dockerfile: Dockerfile runs backend/docker/serve runs exec gosu app uvicorn apps.main:app --host 0.0.0.0 (from backend/apps/main.py)',
    );
  });

  it('says so, once, of a script it cannot read or a Dockerfile it did not read, and goes on', () => {
    const result = detected({
      ...fastapi,
      // a compiled launcher: in the tree, but no script
      'backend/bin/launcher': 'ELF',
      Dockerfile: 'FROM python:3.12\nWORKDIR /code\nCOPY backend .\nCMD ["/code/bin/launcher"]\n',
      'docker-compose.yml': 'services:\n  api:\n    build:\n      context: .\n      dockerfile: docker/backend\n',
      'docker/backend': 'FROM python:3.12\n',
    });
    expect(result.warnings).toEqual([
      { file: 'docker/backend', message: 'compose service api builds . from this file, not read as a Dockerfile' },
      {
        file: 'backend/bin/launcher',
        message: 'Dockerfile runs this script, which could not be read as one; not followed',
      },
    ]);
    expect(result.notServices.map((n) => `${n.path}:${n.reason}`)).toEqual(['backend:no-entry']);
  });

  it('runs a program in code as code: no script warning for an executable entry of the tree', () => {
    const result = detected({
      ...fastapi,
      // an executable Python file the image runs directly: a program, not a shell script to read
      'backend/serve.py': '#!/usr/bin/env python3\nimport uvicorn\nuvicorn.run("apps.main:app")\n',
      Dockerfile: 'FROM python:3.12\nWORKDIR /code\nCOPY backend .\nCMD ["/code/serve.py"]\n',
    });
    expect(result.warnings).toEqual([]);
  });

  it('never maps a path to a file outside the scanned folder', () => {
    const files = {
      ...fastapi,
      'deploy/Dockerfile':
        'FROM python:3.12\nWORKDIR /app\nCOPY ../../elsewhere/ /app/\nCMD ["uvicorn", "apps.main:app"]\n',
    };
    expect(services(files)).toEqual([]);
  });

  it('takes the context of a Dockerfile no compose file builds from where what it copies is', () => {
    const files = {
      ...fastapi,
      // built by `docker build -f docker/api.Dockerfile .`: backend/ is under the root, not docker/
      'docker/api.Dockerfile': 'FROM python:3.12\nWORKDIR /srv\nCOPY backend/apps ./apps\nCMD uvicorn apps.main:app\n',
    };
    expect(services(files)).toEqual(['backend:python:http:FastAPI']);
  });

  it('reads the app option, the app directory and the first word of worker commands', () => {
    const base = {
      'jobs/requirements.txt': 'celery==5.4\ndramatiq==1.17\n',
      'jobs/pipeline/__init__.py': '',
      'jobs/pipeline/tasks.py': 'from celery import Celery\napp = Celery()\n',
      'jobs/pipeline/actors.py': 'import dramatiq\n',
    };
    const withCommand = (command: string) => ({
      ...base,
      'docker-compose.yml': `services:\n  jobs:\n    build: .\n    command: ${command}\n`,
      Dockerfile: 'FROM python:3.12\nWORKDIR /w\nCOPY jobs/ /w/\n',
    });
    expect(services(withCommand('celery --app=pipeline.tasks worker'))).toEqual(['jobs:python:worker:Celery+Dramatiq']);
    expect(services(withCommand('dramatiq pipeline.actors --processes 2'))).toEqual([
      'jobs:python:worker:Celery+Dramatiq',
    ]);
    // the compose context (the root) is not started: nothing is there
    expect(detected(withCommand('celery -A pipeline.tasks worker')).notServices).toEqual([]);
  });

  it('a made-up worker is one record: its app option is traced through the image like any other', () => {
    const quux: ServerRecord = {
      id: 'quux',
      name: 'Quux',
      role: 'worker',
      python: { packages: ['quux'], commands: [String.raw`quux\s+consume`], appArgument: { options: ['--module'] } },
    };
    const files = {
      'consumers/requirements.txt': 'quux==1.0\n',
      'consumers/billing/__init__.py': 'import quux\n',
      'docker/consumers.Dockerfile':
        'FROM python:3.12\nWORKDIR /srv\nCOPY consumers/ ./\nCMD quux consume --module billing\n',
    };
    const facts = detect(scanTree(files), { servers: deriveServerKnowledge([...SERVERS, quux]) });
    expect(facts.services.map((s) => `${s.path}:${s.kind}:${s.frameworks.join('+')}`)).toEqual([
      'consumers:worker:Quux',
    ]);
    expect(facts.services[0]!.entry.map((e) => e.detail)).toEqual([
      'Dockerfile runs quux consume --module billing (from consumers/billing/__init__.py)',
    ]);
  });
});

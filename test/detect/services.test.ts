import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { scanTree } from '../support/scan-tree.js';

const pkg = (deps: Record<string, string>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ dependencies: deps, ...extra });
const start = (command: string) => ({ scripts: { start: command } });
type Declared = { path: string; backend?: 'node' | 'python' }[];
const detected = (files: Record<string, string>, declared?: Declared, excluded?: string[]) =>
  detect(scanTree(files), { services: declared, excludeServices: excluded });
const services = (files: Record<string, string>, declared?: Declared, excluded?: string[]) =>
  detected(files, declared, excluded).services.map(
    (s) => `${s.path}:${s.current}:${s.frameworks.join('+')}${s.declared ? ':declared' : ''}`,
  );
const notServices = (files: Record<string, string>) => detected(files).notServices.map((n) => `${n.path}:${n.reason}`);

describe('services: server evidence and entry evidence', () => {
  it('a notes folder is practice code unless a deployment runs it; a notes service in a monorepo stays one', () => {
    const notes = {
      'services/notes/package.json': pkg({ express: '^4.21.2' }),
      'services/notes/index.js': "const express = require('express');\nexpress().listen(3000);\n",
    };
    expect(notServices(notes)).toEqual(['services/notes:playground']);
    expect(
      services({ ...notes, 'services/notes/Dockerfile': 'FROM node:22\nCOPY . .\nCMD ["node", "index.js"]\n' }),
    ).toEqual(['services/notes:node:Express']);
  });

  it('a shell start script starts a worker that nothing else starts; a Procfile still wins for a web app', () => {
    expect(
      services({
        'requirements.txt': 'dramatiq[redis]==1.17\n',
        'tasks.py': 'import dramatiq\n\n@dramatiq.actor\ndef download(url):\n    pass\n',
        'run-queue.sh':
          '#!/bin/bash\nsource venv/bin/activate\n# old: huey_consumer tasks.huey\ndramatiq --processes 2 tasks\n',
      }),
    ).toEqual(['.:python:Dramatiq']);
    const [web] = detected({
      'requirements.txt': 'flask==3.0\ngunicorn==23.0\n',
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
      Procfile: 'web: gunicorn app:app\n',
      'start.sh': 'python app.py\n',
    }).services;
    expect(web!.entry.map((e) => `${e.file}:${e.detail}`)).not.toContain('start.sh:line 1: python app.py');
    expect(
      notServices({
        'requirements.txt': 'flask\n',
        'app.py': 'from flask import Flask\n',
        'scripts/run.sh': 'echo hi\n',
      }),
    ).toEqual(['.:no-entry']);
  });

  it('code under no manifest of its language is served from the folder whose code starts it', () => {
    expect(
      services({
        'README.md': '# asteroids\n',
        'server/server.py':
          'from aiohttp import web\nfrom game import rooms\napp = web.Application()\nweb.run_app(app, port=8080)\n',
        'server/game/rooms.py':
          'from aiohttp import web\n\nasync def join(request):\n    return web.WebSocketResponse()\n',
        'client/index.html': '<canvas></canvas>\n',
      }),
    ).toEqual(['server:python:aiohttp']);
    // a root entry keeps the packages beside it
    expect(
      services({
        'main.py': 'from app import create_app\napp = create_app()\napp.run(port=5000)\n',
        'app/__init__.py': 'from flask import Flask\n\ndef create_app():\n    return Flask(__name__)\n',
      }),
    ).toEqual(['.:python:Flask']);
  });

  it('a workspace monorepo: two started backends, a Next frontend without API routes, a tooling root', () => {
    expect(
      services({
        'package.json': pkg({}, { devDependencies: { eslint: '^9' }, private: true }),
        'apps/api/package.json': pkg({ express: '^4' }, start('node dist/server.js')),
        'apps/rt/package.json': pkg({ fastify: '^5', ws: '^8' }, start('tsx src/main.ts')),
        'apps/web/package.json': pkg({ next: '^15', react: '^19' }, start('next start')),
        'apps/web/app/page.tsx': 'export default 1;\n',
      }),
    ).toEqual(['apps/api:node:Express', 'apps/rt:node:Fastify']);
  });

  it('a framework with no entry is a candidate, listed apart', () => {
    const files = {
      'package.json': pkg({ express: '^4' }, { private: true }),
      'src/routes.js': "import express from 'express';\n",
    };
    expect(services(files)).toEqual([]);
    expect(notServices(files)).toEqual(['.:no-entry']);
    // the same folder started by code that listens is a service
    expect(
      services({
        ...files,
        'src/index.js': "import express from 'express';\nconst app = express();\napp.listen(3000);\n",
      }),
    ).toEqual(['.:node:Express']);
  });

  it('Next.js with API routes and a start script is a service; a static export is not', () => {
    const app = {
      'package.json': pkg({ next: '^15' }, start('next start')),
      'pages/api/hello.ts': 'export default 1;\n',
    };
    expect(services(app)).toEqual(['.:node:Next.js']);
    const exported = { ...app, 'next.config.mjs': "export default { output: 'export' };\n" };
    expect(services(exported)).toEqual([]);
    expect(notServices(exported)).toEqual(['.:static-export']);
  });

  it('a server without a framework: http + ws, started by node', () => {
    expect(
      services({
        'server/package.json': pkg({ ws: '^8' }, start('node index.js')),
        'server/index.js':
          "const http = require('http');\nconst { WebSocketServer } = require('ws');\nconst server = http.createServer();\nnew WebSocketServer({ server });\nserver.listen(8080);\n",
      }),
    ).toEqual(['server:node:Node http+ws']);
  });

  it('Python: aiohttp.web, gRPC and websockets servers without a web framework', () => {
    expect(
      services({
        'requirements.txt': 'aiohttp==3.10\n',
        'bot/server.py': 'from aiohttp import web\napp = web.Application()\nweb.run_app(app)\n',
      }),
      // nothing runs the root: the folder whose code starts the server is the service
    ).toEqual(['bot:python:aiohttp']);
    expect(
      services({
        'requirements.txt': 'aiohttp==3.10\n',
        Dockerfile: 'FROM python:3.12\nCOPY . .\nCMD ["python", "bot/server.py"]\n',
        'bot/server.py': 'from aiohttp import web\napp = web.Application()\nweb.run_app(app)\n',
      }),
      // a Dockerfile builds the root: the root is what is deployed
    ).toEqual(['.:python:aiohttp']);
    expect(
      services({
        'pyproject.toml': '[project]\nname="model-server"\ndependencies=["grpcio"]\n',
        'model_server/serve.py':
          'import grpc\nfrom concurrent import futures\nserver = grpc.server(futures.ThreadPoolExecutor())\nserver.start()\nserver.wait_for_termination()\n',
      }),
    ).toEqual(['.:python:gRPC']);
    expect(
      services({
        'requirements.txt': 'websockets\n',
        'main.py':
          'import asyncio\nimport websockets\nasync def main():\n    async with websockets.serve(handler, "", 8001):\n        await asyncio.Future()\n',
      }),
    ).toEqual(['.:python:websockets']);
  });

  it('Python entries: an app server dependency, Django manage.py, a Procfile, a Dockerfile in docker/', () => {
    expect(
      services({
        'a/requirements.txt': 'flask\ngunicorn\n',
        'b/pyproject.toml': '[project]\nname="b"\ndependencies=["fastapi"]\n',
        'b/Procfile': 'web: uvicorn b.main:app --host 0.0.0.0\n',
        'c/manage.py':
          'import os\nfrom django.core.management import execute_from_command_line\nexecute_from_command_line()\n',
        'c/requirements.txt': 'Django==5.1\n',
        'd/requirements.txt': 'requests\n',
        'd/app/server.py': 'from starlette.applications import Starlette\n',
        'd/docker/Dockerfile': 'FROM python:3.12\nCMD ["python", "-m", "app.server"]\n',
        'libs/x/pyproject.toml': '[project]\nname="x"\ndependencies=["pydantic"]\n',
      }),
    ).toEqual(['a:python:Flask', 'b:python:FastAPI', 'c:python:Django', 'd:python:Starlette']);
  });

  it('Django only from a django dependency or import: a Flask-Script manage.py is Flask', () => {
    expect(
      services({
        'requirements.txt': 'Flask==1.1\nFlask-Script==2.0\n',
        'manage.py':
          'from flask_script import Manager\nfrom app import app\nmanager = Manager(app)\nif __name__ == "__main__":\n    manager.run()\n',
        'app/__init__.py': 'from flask import Flask\napp = Flask(__name__)\n',
      }),
    ).toEqual(['.:python:Flask']);
  });

  it('a Flask-SocketIO app started by socketio.run(app), whatever the instance is called', () => {
    expect(
      services({
        'requirements.txt': 'Flask==3.0\nFlask-SocketIO==5.3\n',
        'dash/__init__.py':
          'from flask import Flask\nfrom flask_socketio import SocketIO\napp = Flask(__name__)\nsocket = SocketIO()\n\ndef start_server():\n    socket.run(app, host="0.0.0.0")\n',
      }),
    ).toEqual(['.:python:Flask']);
  });

  it('code with no Python manifest above it belongs to the root project', () => {
    expect(
      services({
        Dockerfile: 'FROM python:3.12\nCMD ["uvicorn", "server.app:app"]\n',
        'server/app.py': 'from fastapi import FastAPI\napp = FastAPI()\n',
      }),
    ).toEqual(['.:python:FastAPI']);
  });

  it('requirements kept in requirements/ speak for the folder above', () => {
    expect(services({ 'requirements/base.txt': 'Django==5.1\ngunicorn\n' })).toEqual(['.:python:Django']);
  });

  it('serverless functions are services, their backend from the runtime', () => {
    expect(
      services({
        'serverless.yml':
          'service: api\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  hello:\n    handler: src/handler.hello\n',
        'package.json': pkg({ 'aws-sdk': '^2' }),
        'src/handler.js': 'export const hello = async () => ({ statusCode: 200 });\n',
      }),
    ).toEqual(['.:node:Serverless']);
    expect(
      services({
        'template.yaml':
          'Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.12\n      Handler: app.lambda_handler\n',
        'requirements.txt': 'boto3\n',
      }),
    ).toEqual(['.:python:Serverless']);
  });

  it('frameworks come only from direct dependencies: a frontend lockfile that resolves express is no backend', () => {
    const lock = `lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      vue:\n        specifier: ^3.5.0\n        version: 3.5.12\npackages:\n  express@4.21.1:\n    resolution: {integrity: sha512-x}\n  vue@3.5.12:\n    resolution: {integrity: sha512-y}\n`;
    expect(
      services({
        'manage.py': 'from django.core.management import execute_from_command_line\nexecute_from_command_line()\n',
        'requirements.txt': 'Django==5.1\n',
        'src-ui/package.json': pkg({ vue: '^3.5.0' }, start('vite')),
        'src-ui/pnpm-lock.yaml': lock,
      }),
    ).toEqual(['.:python:Django']);
  });
});

describe('not services, each with its reason', () => {
  it('servers in tests, examples, playgrounds, docs and test-utils packages', () => {
    const files = {
      'package.json': pkg({ lodash: '^4' }, { private: true }),
      'examples/chat/package.json': pkg({ express: '^4' }, start('node server.js')),
      'integration-tests/http/package.json': pkg({ express: '^4' }, start('node server.js')),
      'playground/nest/package.json': pkg({ '@nestjs/core': '^10' }, start('nest start')),
      'packages/test-utils/package.json': pkg(
        { express: '^4' },
        { name: '@acme/test-utils', ...start('node index.js') },
      ),
      'tests/e2e/app/requirements.txt': 'flask\ngunicorn\n',
      'src/lib.ts': 'export const x = 1;\n',
    };
    expect(services(files)).toEqual([]);
    expect(notServices(files)).toEqual([
      'examples/chat:examples',
      'integration-tests/http:tests',
      'packages/test-utils:tests',
      'playground/nest:playground',
      'tests/e2e/app:tests',
    ]);
  });

  it('a published library, a CLI that serves locally, a documentation site', () => {
    expect(
      notServices({
        'package.json': pkg({}, { name: 'cors-plus', main: 'index.js', peerDependencies: { express: '^4' } }),
        'index.js': "const express = require('express');\nmodule.exports = () => express.Router();\n",
      }),
    ).toEqual(['.:library']);
    expect(
      notServices({
        'packages/cli/package.json': pkg(
          { express: '^4' },
          { name: 'acme', bin: { acme: 'dist/cli.js' }, ...start('ts-node src/cli.ts') },
        ),
        'packages/cli/src/dev-server.ts': "import express from 'express';\nexpress().listen(4000);\n",
        'docs/package.json': pkg({ '@docusaurus/core': '^3', express: '^4' }, start('docusaurus start')),
        'site/package.json': pkg({ nextra: '^3', next: '^15' }, start('next start')),
        'site/pages/api/search.ts': 'export default 1;\n',
      }),
    ).toEqual(['docs:docs', 'packages/cli:cli', 'site:docs']);
  });

  it('a Django reusable app: a distribution that nothing starts', () => {
    expect(
      notServices({
        'pyproject.toml':
          '[build-system]\nrequires=["setuptools"]\nbuild-backend="setuptools.build_meta"\n[project]\nname="django-things"\ndependencies=["Django>=4.2"]\n',
        'things/models.py': 'from django.db import models\n',
      }),
    ).toEqual(['.:library']);
  });

  it('a frontend whose dev server is its only server', () => {
    expect(
      notServices({
        'package.json': pkg(
          { svelte: '^4', polka: '^0.5', sirv: '^2' },
          { private: true, scripts: { dev: 'node scripts/dev.js', start: 'sirv public' } },
        ),
        'scripts/dev.js': "const polka = require('polka');\npolka().listen(5000);\n",
      }),
    ).toEqual(['.:frontend']);
  });

  it('a stray Pipfile or a module named setup.py makes no service', () => {
    expect(
      detected({
        'app/routes/setup.py': 'from flask import Blueprint\nbp = Blueprint("setup", __name__)\n',
        'tools/Pipfile': '[packages]\nflask = "*"\n',
      }).services,
    ).toEqual([]);
  });

  it('config: declared folders are services whatever the evidence; excluded ones never are', () => {
    expect(services({ 'examples/chat/package.json': pkg({ express: '^4' }) }, [{ path: 'examples/chat' }])).toEqual([
      'examples/chat:node:Express:declared',
    ]);
    const api = { 'package.json': pkg({ express: '^4' }, start('node server.js')) };
    expect(services(api, undefined, ['.'])).toEqual([]);
    expect(detected(api, undefined, ['.']).notServices.map((n) => n.reason)).toEqual(['excluded']);
  });

  it('declared services: added, overridden, or skipped with a warning', () => {
    expect(
      services(
        { 'tools/worker/requirements.txt': 'celery\n', 'package.json': pkg({ express: '^4' }, start('node s.js')) },
        [{ path: 'tools/worker' }, { path: '.', backend: 'python' }],
      ),
    ).toEqual(['.:python::declared', 'tools/worker:python:Celery:declared']);
    const facts = detect(scanTree({ 'README.md': '# x\n' }), { services: [{ path: 'nothing' }] });
    expect(facts.services).toEqual([]);
    expect(facts.warnings[0]).toMatchObject({ file: 'nothing', message: expect.stringContaining('skipped') });
  });

  it('keeps the evidence: what serves and what starts it', () => {
    const [service] = detected({
      'package.json': pkg({ express: '^4' }, start('node server.js')),
      'server.js': "const express = require('express');\nexpress().listen(3000);\n",
    }).services;
    expect(service!.evidence[0]).toMatchObject({ file: 'package.json', detail: expect.stringContaining('Express') });
    expect(service!.entry.map((e) => `${e.file}:${e.detail}`)).toEqual(
      expect.arrayContaining(['package.json:start: node server.js', 'server.js:starts listening']),
    );
  });
});

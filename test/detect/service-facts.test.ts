import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import type { Backend } from '../../src/model/common.js';
import { scanTree } from '../support/scan-tree.js';

// What a team sees in the report's services: which folders are backends, and the evidence
// that says why.

type Declared = { path: string; backend?: Backend }[];
const facts = (files: Record<string, string>, declared?: Declared) =>
  detect(scanTree(files), declared ? { services: declared } : {});
const names = (files: Record<string, string>, declared?: Declared) =>
  facts(files, declared).services.map((s) => `${s.path}:${s.current}:${s.frameworks.join('+')}`);
const pkg = (deps: Record<string, string>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ dependencies: deps, ...extra }, null, 2);

describe('a Python project is any of its manifest kinds', () => {
  it.each([
    ['requirements.txt', 'flask==3.0.3\ngunicorn==22.0.0\n'],
    ['pyproject.toml', '[project]\nname = "svc"\ndependencies = ["flask>=3", "gunicorn"]\n'],
    ['Pipfile', '[packages]\nflask = "*"\ngunicorn = "*"\n'],
    ['setup.py', 'from setuptools import setup\nsetup(name="svc", install_requires=["flask>=3", "gunicorn"])\n'],
    ['setup.cfg', '[metadata]\nname = svc\n\n[options]\ninstall_requires =\n    flask>=3\n    gunicorn\n'],
    ['environment.yml', 'name: svc\ndependencies:\n  - python=3.12\n  - pip:\n    - flask==3.0.3\n    - gunicorn\n'],
  ])('%s with Flask and an app server makes its folder a service, and owns the code below it', (file, text) => {
    const result = facts({ [`svc/${file}`]: text, 'svc/app/views.py': 'from flask import Blueprint\n' });
    expect(result.services).toHaveLength(1);
    expect(result.services[0]).toMatchObject({ path: 'svc', current: 'python', frameworks: ['Flask'] });
    expect(result.services[0]!.manifests).toEqual([`svc/${file}`]);
    expect(result.services[0]!.entry.map((e) => e.detail)).toEqual([expect.stringMatching(/^app server gunicorn/)]);
  });

  it('a lock file alone is not a project: the code importing a framework belongs to the root', () => {
    expect(
      names({
        'svc/poetry.lock': '[[package]]\nname = "flask"\nversion = "3.0.3"\n',
        'svc/app.py': 'import flask\n',
        Procfile: 'web: gunicorn svc.app:app\n',
      }),
    ).toEqual(['.:python:Flask']);
  });

  it('the manifests of a service folder are all listed, sorted', () => {
    const result = facts({
      'api/requirements.txt': 'fastapi==0.115.0\n',
      'api/pyproject.toml': '[project]\nname = "api"\ndependencies = ["uvicorn"]\n',
      'api/requirements-dev.txt': 'pytest\n',
    });
    expect(result.services.map((s) => s.manifests)).toEqual([
      ['api/pyproject.toml', 'api/requirements-dev.txt', 'api/requirements.txt'],
    ]);
  });
});

describe('code in tests, examples and docs', () => {
  it('framework imports there do not make a service, however deep', () => {
    expect(
      names({
        'requirements.txt': 'requests\n',
        Procfile: 'web: python -m tests.server\n',
        'tests/conftest.py': 'from flask import Flask\n',
        'api/requirements.txt': 'httpx\nuvicorn\n',
        'api/tests/test_app.py': 'from fastapi.testclient import TestClient\n',
        'docs/examples/server.py': 'import tornado\n',
      }),
    ).toEqual([]);
  });

  it('the same import in the code itself does', () => {
    expect(
      names({ 'api/requirements.txt': 'httpx\nuvicorn\n', 'api/main.py': 'from fastapi import FastAPI\n' }),
    ).toEqual(['api:python:FastAPI']);
  });
});

describe('full-stack frameworks are services only with server routes in their own folder', () => {
  const next = pkg({ next: '^15.0.0', react: '^19.0.0' }, { scripts: { start: 'next start' } });

  it('routes in a subfolder project count for that project', () => {
    expect(
      names({
        'apps/web/package.json': next,
        'apps/web/pages/api/hello.ts': 'export default function handler() {}\n',
        'apps/site/package.json': next,
        'apps/site/app/page.tsx': 'export default function Page() {}\n',
      }),
    ).toEqual(['apps/web:node:Next.js']);
  });

  it('routes of a sibling folder with a longer name do not', () => {
    expect(
      names({
        'apps/web/package.json': next,
        'apps/web2/package.json': pkg({ lodash: '^4.17.21' }),
        'apps/web2/pages/api/hello.ts': 'export default function handler() {}\n',
      }),
    ).toEqual([]);
  });
});

describe('the evidence kept for a service', () => {
  it('names the manifest line and the dependency for each framework, and what starts it', () => {
    const result = facts({
      'api/package.json': pkg({ express: '^4.19.2', 'socket.io': '^4.7.5' }, { scripts: { start: 'node server.js' } }),
    });
    expect(result.services).toEqual([
      expect.objectContaining({
        path: 'api',
        current: 'node',
        frameworks: ['Express', 'Socket.IO'],
        manifests: ['api/package.json'],
        evidence: [
          { file: 'api/package.json', line: 3, detail: 'Express: express ^4.19.2', technology: 'Express' },
          { file: 'api/package.json', line: 4, detail: 'Socket.IO: socket.io ^4.7.5', technology: 'Socket.IO' },
        ],
        entry: [{ file: 'api/package.json', detail: 'start: node server.js' }],
      }),
    ]);
  });

  it('names the import, and keeps the first evidence of a framework', () => {
    const result = facts({
      'svc/requirements.txt': 'uvicorn==0.30.0\n',
      'svc/a.py': 'x = 1\nfrom fastapi import FastAPI\n',
      'svc/b.py': 'from fastapi import APIRouter\n',
    });
    expect(result.services.map((s) => [s.path, s.evidence])).toEqual([
      ['svc', [{ file: 'svc/a.py', line: 2, detail: 'FastAPI: imports fastapi', technology: 'FastAPI' }]],
    ]);
  });

  it('one folder with both a Node.js and a Python backend lists both, Node.js first', () => {
    expect(
      names({
        'package.json': pkg({ fastify: '^5.0.0' }, { scripts: { start: 'node server.js' } }),
        'requirements.txt': 'flask\ngunicorn\n',
      }),
    ).toEqual(['.:node:Fastify', '.:python:Flask']);
  });
});

describe('declared services', () => {
  it('a declared folder with no manifest is a service when its backend is given', () => {
    const result = facts({ 'worker/run.sh': 'exec python -m worker\n' }, [{ path: 'worker', backend: 'python' }]);
    expect(result.services).toEqual([
      {
        path: 'worker',
        current: 'python',
        kind: 'http',
        frameworks: [],
        manifests: [],
        evidence: [],
        entry: [],
        declared: true,
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('without a backend and a manifest it is skipped with a warning naming it', () => {
    const result = facts({ 'worker/run.sh': 'exec python -m worker\n' }, [{ path: 'worker' }]);
    expect(result.services).toEqual([]);
    expect(result.warnings).toEqual([
      {
        file: 'worker',
        message: 'declared service has no Node.js or Python manifest and no backend given; skipped',
      },
    ]);
  });

  it('a manifest without a framework gives the backend', () => {
    expect(names({ 'worker/package.json': pkg({ pino: '^9.5.0' }) }, [{ path: 'worker' }])).toEqual(['worker:node:']);
  });

  it('a declared backend replaces the detected one, keeping the other services', () => {
    const result = facts(
      {
        'api/package.json': pkg({ express: '^4.19.2' }, { scripts: { start: 'node server.js' } }),
        'ml/requirements.txt': 'flask\ngunicorn\n',
      },
      [{ path: 'api', backend: 'python' }],
    );
    expect(result.services.map((s) => [s.path, s.current, s.declared ?? false])).toEqual([
      ['api', 'python', true],
      ['ml', 'python', false],
    ]);
  });
});

describe('what starts a service, as its entry evidence says', () => {
  const express = pkg({ express: '^4.19.2' });
  const entries = (files: Record<string, string>, declared?: Declared) =>
    facts(files, declared).services.map((s) => [s.path, s.entry]);

  it('a platform file in the folder deploys it', () => {
    expect(entries({ 'api/package.json': express, 'api/fly.toml': 'app = "api"\n' })).toEqual([
      ['api', [{ file: 'api/fly.toml', detail: 'deployed by fly.toml' }]],
    ]);
  });

  it('a compose service that builds the folder starts it', () => {
    expect(
      entries({ 'api/package.json': express, 'docker-compose.yml': 'services:\n  api:\n    build: ./api\n' }),
    ).toEqual([['api', [{ file: 'docker-compose.yml', line: 2, detail: 'compose service api builds api' }]]]);
  });

  it('a Dockerfile that runs nginx serves files: no backend starts', () => {
    const result = facts({
      'web/package.json': express,
      'web/Dockerfile': 'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]\n',
    });
    expect(result.services).toEqual([]);
    expect(result.notServices.map((n) => [n.path, n.reason])).toEqual([['web', 'no-entry']]);
  });

  it('every Procfile line counts, and a long command is cut at 80 characters', () => {
    const flags = ' --workers 4'.repeat(10);
    const [service] = facts({
      'requirements.txt': 'flask\n',
      Procfile: `web: gunicorn app:app${flags}\nworker: python worker.py\n`,
    }).services;
    const command = `gunicorn app:app${flags}`;
    expect(command.length).toBeGreaterThan(80);
    expect(service!.entry).toEqual([
      { file: 'Procfile', detail: `web: ${command.slice(0, 79)}…` },
      { file: 'Procfile', detail: 'worker: python worker.py' },
    ]);
  });

  it('scripts that test, lint or run tooling do not start the product', () => {
    const result = facts({
      'package.json': pkg(
        { express: '^4.19.2' },
        { scripts: { test: 'node test/server.js', lint: 'node lint.js', dev: 'node scripts/dev-server.js' } },
      ),
    });
    expect(result.services).toEqual([]);
    expect(result.notServices).toEqual([
      {
        path: '.',
        backend: 'node',
        reason: 'no-entry',
        why: 'server code, but no start script, Dockerfile, Procfile or code that starts it',
        evidence: [{ file: 'package.json', line: 3, detail: 'Express: express ^4.19.2', technology: 'Express' }],
      },
    ]);
  });
});

describe('what is not a service says why', () => {
  it('a frontend whose lockfile alone resolves a server framework', () => {
    const lock = [
      "lockfileVersion: '9.0'",
      'importers:',
      '  .:',
      '    dependencies:',
      '      vue:',
      '        specifier: ^3.5.0',
      '        version: 3.5.12',
      'packages:',
      '  express@4.21.1:',
      '    resolution: {integrity: sha512-x}',
      '',
    ].join('\n');
    const result = facts({
      'ui/package.json': pkg({ vue: '^3.5.0' }, { scripts: { dev: 'vite' } }),
      'ui/pnpm-lock.yaml': lock,
    });
    expect(result.services).toEqual([]);
    expect(result.notServices).toEqual([
      {
        path: 'ui',
        backend: 'node',
        reason: 'frontend',
        why: 'a vue frontend; its lockfile resolves a server framework for its tooling, which it does not declare',
        evidence: [{ file: 'ui/pnpm-lock.yaml', detail: 'express 4.21.1 (resolved, not declared)' }],
      },
    ]);
  });

  it('a server in an examples folder, with the evidence that made it a candidate', () => {
    const result = facts({
      'examples/chat/package.json': pkg({ express: '^4.19.2' }, { scripts: { start: 'node server.js' } }),
    });
    expect(result.notServices).toEqual([
      expect.objectContaining({
        path: 'examples/chat',
        reason: 'examples',
        // its start script runs a file inside examples/: tooling, not an entry
        evidence: [
          { file: 'examples/chat/package.json', line: 3, detail: 'Express: express ^4.19.2', technology: 'Express' },
        ],
      }),
    ]);
  });

  it('a folder both declared and excluded is excluded, with a warning naming it', () => {
    const files = { 'package.json': pkg({ express: '^4.19.2' }, { scripts: { start: 'node server.js' } }) };
    const result = detect(scanTree(files), { services: [{ path: '.' }], excludeServices: ['.'] });
    expect(result.services).toEqual([]);
    expect(result.warnings).toEqual([
      { file: '.', message: 'declared in services and excluded in services.exclude; excluded' },
    ]);
    const excluded = detect(scanTree(files), { excludeServices: ['.'] });
    expect(excluded.notServices).toEqual([
      expect.objectContaining({ path: '.', reason: 'excluded', why: 'excluded in the config (services.exclude)' }),
    ]);
  });
});

describe('each kind of not-service, with the sentence the report shows', () => {
  it('libraries, a static export, docs, a frontend, a CLI and test utilities', () => {
    const start = (command: string) => ({ scripts: { start: command } });
    const result = facts({
      'package.json': pkg({}, { name: 'cors-plus', main: 'index.js', peerDependencies: { express: '^4' } }),
      'index.js': "const express = require('express');\nmodule.exports = () => express.Router();\n",
      'packages/cli/package.json': pkg(
        { express: '^4' },
        { name: 'acme', bin: { acme: 'dist/cli.js' }, ...start('ts-node src/cli.ts') },
      ),
      'packages/cli/src/dev-server.ts': "import express from 'express';\nexpress().listen(4000);\n",
      'docs/package.json': pkg({ '@docusaurus/core': '^3', express: '^4' }, start('docusaurus start')),
      'packages/test-utils/package.json': pkg(
        { express: '^4' },
        { name: '@acme/test-utils', ...start('node index.js') },
      ),
      'blog/package.json': pkg({ next: '^15' }, { scripts: { build: 'next build', start: 'next start' } }),
      'blog/pages/api/x.ts': 'export default 1;\n',
      'blog/next.config.js': "module.exports = { output: 'export' };\n",
      'front/package.json': pkg(
        { svelte: '^4', polka: '^0.5', sirv: '^2' },
        { private: true, scripts: { start: 'sirv public' } },
      ),
      'front/server.js': "const polka = require('polka');\npolka().listen(5000);\n",
      'lib/pyproject.toml':
        '[build-system]\nrequires=["setuptools"]\nbuild-backend="setuptools.build_meta"\n[project]\nname="things"\ndependencies=["flask"]\n',
    });
    expect(result.services).toEqual([]);
    expect(result.notServices.map((n) => [n.path, n.reason, n.why])).toEqual([
      ['.', 'library', 'a published package (main/exports/files) that nothing starts'],
      ['blog', 'static-export', "Next.js static export (output: 'export'): no server runs"],
      ['docs', 'docs', 'inside a folder of docs'],
      ['front', 'frontend', 'its only servers serve a frontend build or its dev mode (static/preview servers)'],
      ['lib', 'library', 'a Python distribution (setuptools.build_meta) that nothing starts'],
      ['packages/cli', 'cli', 'a command-line package (bin) that no deployment file runs'],
      ['packages/test-utils', 'tests', 'package @acme/test-utils is tests by its name'],
    ]);
  });

  it('a documentation site outside a docs folder is named by its generator', () => {
    const result = facts({
      'portal/package.json': pkg({ vitepress: '^1.5.0', express: '^4.19.2' }, { scripts: { start: 'node server.js' } }),
    });
    expect(result.notServices.map((n) => [n.path, n.reason, n.why])).toEqual([
      ['portal', 'docs', 'a documentation site (vitepress)'],
    ]);
  });
});

describe('more of what serves and what starts', () => {
  it('a full-stack build with server routes is its entry', () => {
    const result = facts({
      'package.json': pkg({ next: '^15.0.0' }, { scripts: { build: 'next build' } }),
      'app/api/health/route.ts': 'export const GET = () => new Response("ok");\n',
    });
    expect(result.services.map((s) => [s.frameworks, s.entry])).toEqual([
      [['Next.js'], [{ file: 'package.json', detail: 'build: next build' }]],
    ]);
  });

  it('a server without a framework is named by what it is', () => {
    const [service] = facts({
      'package.json': pkg({}, { scripts: { start: 'node server.js' } }),
      'server.js': "const http = require('http');\nhttp.createServer(() => {}).listen(80);\n",
    }).services;
    expect(service).toMatchObject({
      frameworks: ['Node http'],
      evidence: [{ file: 'server.js', line: 2, detail: 'creates an HTTP/TCP server' }],
      entry: [
        { file: 'server.js', line: 2, detail: 'starts listening' },
        { file: 'package.json', detail: 'start: node server.js' },
      ],
    });
  });

  it('a module-level app object run by an app server is an entry', () => {
    const [service] = facts({
      'requirements.txt': 'flask\n',
      Dockerfile: 'FROM python:3.12\nCMD ["gunicorn", "app:app"]\n',
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
    }).services;
    expect(service!.entry).toEqual([
      { file: 'Dockerfile', detail: 'CMD ["gunicorn", "app:app"]' },
      { file: 'app.py', line: 2, detail: 'module-level ASGI/WSGI app object' },
    ]);
  });

  it('a framework imported but declared only for development is tooling', () => {
    const result = facts({
      'package.json': JSON.stringify({
        dependencies: { react: '^19.0.0' },
        devDependencies: { express: '^4.19.2' },
        scripts: { start: 'node server.js' },
      }),
      'server.js': "const express = require('express');\nexpress().listen(3000);\n",
    });
    expect(result.services).toEqual([]);
  });

  it('shows each framework once, its first declaration, and at most five entries', () => {
    const scripts = { start: 'node a.js', serve: 'node b.js', web: 'node c.js', api: 'node d.js' };
    const [service] = facts({
      'package.json': pkg(
        { express: '^4', hapi: '^18', '@hapi/hapi': '^21' },
        { scripts: { ...scripts, main: 'node e.js', extra: 'node f.js' } },
      ),
    }).services;
    expect(service!.evidence).toEqual([
      { file: 'package.json', line: 3, detail: 'Express: express ^4', technology: 'Express' },
      { file: 'package.json', line: 4, detail: 'Hapi: hapi ^18', technology: 'Hapi' },
    ]);
    expect(service!.entry.map((e) => e.detail)).toEqual([
      'start: node a.js',
      'serve: node b.js',
      'web: node c.js',
      'api: node d.js',
      'main: node e.js',
    ]);
  });
});

describe('entries from each kind of file that starts a service', () => {
  it('a Pipfile script that runs an app server', () => {
    const [service] = facts({
      Pipfile: '[packages]\nflask = "*"\n\n[scripts]\nserve = "gunicorn app:app"\n',
    }).services;
    expect(service!.entry).toEqual([{ file: 'Pipfile', detail: 'serve: gunicorn app:app' }]);
  });

  it('a Dockerfile beside the manifest starts its own folder', () => {
    const [service] = facts({
      'api/package.json': pkg({ express: '^4.19.2' }),
      'api/Dockerfile': 'FROM node:22\nCMD ["node", "server.js"]\n',
    }).services;
    expect(service).toMatchObject({
      path: 'api',
      entry: [{ file: 'api/Dockerfile', detail: 'CMD ["node", "server.js"]' }],
    });
  });

  it('a command-line package is a service when a Procfile deploys it, not when a script starts it', () => {
    const cli = pkg(
      { express: '^4.19.2' },
      { name: 'acme', bin: { acme: 'cli.js' }, scripts: { start: 'node cli.js' } },
    );
    expect(names({ 'package.json': cli })).toEqual([]);
    expect(names({ 'package.json': cli, Procfile: 'web: node cli.js serve\n' })).toEqual(['.:node:Express']);
  });
});

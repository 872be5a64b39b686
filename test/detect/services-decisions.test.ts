import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { findServices } from '../../src/detect/services.js';
import type { Backend } from '../../src/model/common.js';
import { scanTree } from '../support/scan-tree.js';

// Which folders a team sees as services, which it sees listed apart and why, and what evidence
// each keeps: the cases at the edges of the rules (issue 19's surviving mutants).

type Declared = { path: string; backend?: Backend }[];
const facts = (files: Record<string, string>, declared?: Declared) =>
  detect(scanTree(files), declared ? { services: declared } : {});
const names = (files: Record<string, string>, declared?: Declared) =>
  facts(files, declared).services.map((s) => `${s.path}:${s.current}:${s.frameworks.join('+')}`);
const apart = (files: Record<string, string>) => facts(files).notServices.map((n) => `${n.path}:${n.reason}`);
const pkg = (deps: Record<string, string>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ dependencies: deps, ...extra }, null, 2);
const express = pkg({ express: '^4.19.2' });
const component = (name: string, type: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: ${type}\n`;

describe('platform files that deploy a folder, and the ones that do not', () => {
  it.each(['fly.toml', 'render.yml', 'render.yaml', 'app.yml', 'app.yaml', 'railway.json', 'vercel.json'])(
    '%s at the root deploys the root',
    (file) => {
      // App Engine's app.yaml always names its runtime
      const text = file.startsWith('app.') ? 'runtime: nodejs20\n' : 'x = 1\n';
      expect(facts({ 'package.json': express, [file]: text }).services.map((s) => s.entry)).toEqual([
        [{ file, detail: `deployed by ${file}` }],
      ]);
    },
  );

  it("a GitHub App's app.yml (its events and permissions, no runtime) deploys nothing", () => {
    const app = {
      'package.json': express,
      'app.yml': 'default_events:\n  - issues\ndefault_permissions:\n  issues: write\n',
    };
    expect(apart(app)).toEqual(['.:no-entry']);
  });

  it.each(['.nvmrc', '.node-version', 'runtime.txt', 'Aptfile'])('%s pins a runtime but starts nothing', (file) => {
    expect(apart({ 'api/package.json': express, [`api/${file}`]: '22\n' })).toEqual(['api:no-entry']);
  });
});

describe('which folder a Python manifest speaks for', () => {
  it('a project folder whose name begins with "requirements" is its own', () => {
    expect(names({ 'requirements-bot/requirements.txt': 'flask\ngunicorn\n' })).toEqual([
      'requirements-bot:python:Flask',
    ]);
  });

  it('only requirements files move up from a requirements/ folder, not a project kept there', () => {
    expect(
      names({ 'requirements/pyproject.toml': '[project]\nname = "pins"\ndependencies = ["flask", "gunicorn"]\n' }),
    ).toEqual(['requirements:python:Flask']);
  });
});

describe('lockfiles', () => {
  it('a lockfile in a folder with no package.json is no project, and nothing is listed', () => {
    const result = facts({ 'tools/yarn.lock': 'express@^4.19.2:\n  version "4.19.2"\n' });
    expect(result.services).toEqual([]);
    expect(result.notServices).toEqual([]);
  });

  it('a frontend declaring express only for development is not listed at all', () => {
    const result = facts({
      'ui/package.json': JSON.stringify({ dependencies: { vue: '^3.5.0' }, devDependencies: { express: '^4.19.2' } }),
    });
    expect(result.notServices).toEqual([]);
  });

  it('a framework declared for development and resolved by the lockfile is still tooling', () => {
    const result = facts({
      'package.json': JSON.stringify({
        dependencies: { react: '^19.0.0' },
        devDependencies: { express: '^4.19.2' },
        scripts: { start: 'node server.js' },
      }),
      'yarn.lock': 'express@^4.19.2:\n  version "4.19.2"\n',
      'server.js': "const express = require('express');\nexpress().listen(3000);\n",
    });
    expect(result.services).toEqual([]);
  });

  it('a framework kept for development in one file does not hide another the code imports', () => {
    expect(
      names({
        'package.json': JSON.stringify({
          devDependencies: { express: '^4.19.2' },
          scripts: { start: 'node server.js' },
        }),
        'proxy.js': "const express = require('express');\n",
        'server.js': "const Koa = require('koa');\nnew Koa().listen(3000);\n",
      }),
    ).toEqual(['.:node:Koa']);
  });

  it('a middleware listing express as peer and dev dependency is a library serving with express', () => {
    const result = facts({
      'package.json': pkg(
        {},
        {
          name: 'cors-plus',
          main: 'index.js',
          peerDependencies: { express: '^4' },
          devDependencies: { express: '^4.19.2' },
        },
      ),
      'index.js': "const express = require('express');\nmodule.exports = () => express.Router();\n",
    });
    // the peer dependency says what it plugs into, ahead of the code that imports it
    expect(result.notServices.map((n) => [n.path, n.reason, n.evidence])).toEqual([
      ['.', 'library', [{ file: 'package.json', line: 6, detail: 'Express: express ^4', technology: 'Express' }]],
    ]);
  });

  it('what a lockfile resolves does not make a server a docs site or a frontend', () => {
    const lock = JSON.stringify(
      {
        lockfileVersion: 3,
        packages: {
          '': { dependencies: { express: '^4.19.2' } },
          'node_modules/express': { version: '4.19.2' },
          'node_modules/vitepress': { version: '1.5.0' },
          'node_modules/react': { version: '19.0.0' },
        },
      },
      null,
      2,
    );
    expect(
      names({
        'api/package.json': pkg({ express: '^4.19.2' }, { scripts: { start: 'node server.js' } }),
        'api/package-lock.json': lock,
      }),
    ).toEqual(['api:node:Express']);
  });

  it('a workspace lockfile is not a manifest of the root service; a stale importer does not add frameworks', () => {
    const lock = [
      "lockfileVersion: '9.0'",
      'importers:',
      '  .:',
      '    dependencies:',
      '      express:',
      '        specifier: ^4.19.2',
      '        version: 4.19.2',
      '  apps/api:',
      '    dependencies:',
      '      express:',
      '        specifier: ^4.19.2',
      '        version: 4.19.2',
      '',
    ].join('\n');
    const result = facts({
      'package.json': pkg({ express: '^4.19.2' }, { scripts: { start: 'node server.js' } }),
      'pnpm-lock.yaml': lock,
      'apps/api/package.json': pkg({ koa: '^2.15.0' }, { scripts: { start: 'node server.js' } }),
    });
    expect(result.services.map((s) => [s.path, s.frameworks, s.manifests])).toEqual([
      ['.', ['Express'], ['package.json']],
      ['apps/api', ['Koa'], ['apps/api/package.json', 'pnpm-lock.yaml']],
    ]);
    expect(result.projects.map((p) => [p.dir, p.dependencies])).toEqual([
      ['.', ['express']],
      ['apps/api', ['koa']],
    ]);
  });

  it('a pnpm importer whose package.json is missing still declares its own dependencies', () => {
    const lock = [
      "lockfileVersion: '9.0'",
      'importers:',
      '  apps/api:',
      '    dependencies:',
      '      express:',
      '        specifier: ^4.19.2',
      '        version: 4.19.2',
      '',
    ].join('\n');
    const result = facts({
      'pnpm-lock.yaml': lock,
      'apps/api/Dockerfile': 'FROM node:22\nCMD ["node", "server.js"]\n',
    });
    expect(result.projects.map((p) => [p.dir, p.dependencies])).toEqual([['apps/api', ['express']]]);
    expect(
      names({ 'pnpm-lock.yaml': lock, 'apps/api/Dockerfile': 'FROM node:22\nCMD ["node", "server.js"]\n' }),
    ).toEqual(['apps/api:node:Express']);
  });
});

describe('the projects listed', () => {
  it('each lists its manifests and runtime dependencies once, sorted (development ones left out)', () => {
    const result = facts({
      'svc/requirements.txt': 'gunicorn==22.0.0\nflask==3.0.3\n',
      'svc/pyproject.toml': '[project]\nname = "svc"\ndependencies = ["flask>=3", "alembic"]\n',
      'svc/requirements-dev.txt': 'pytest\n',
    });
    expect(result.projects).toEqual([
      {
        dir: 'svc',
        backend: 'python',
        name: 'svc',
        manifests: ['svc/pyproject.toml', 'svc/requirements-dev.txt', 'svc/requirements.txt'],
        dependencies: ['alembic', 'flask', 'gunicorn'],
      },
    ]);
  });
});

describe('full-stack frameworks', () => {
  it('a page importing next/link without server routes is no service', () => {
    expect(
      names({
        'package.json': pkg({ next: '^15.0.0', react: '^19.0.0' }, { scripts: { start: 'next start' } }),
        'app/page.tsx': "import Link from 'next/link';\nexport default function Page() { return Link; }\n",
      }),
    ).toEqual([]);
  });

  it('a full-stack build is no entry for a server framework beside a frontend without routes', () => {
    expect(
      apart({
        'package.json': pkg({ express: '^4.19.2', next: '^15.0.0' }, { scripts: { build: 'next build' } }),
        // not server.js: with no start script, npm's default start would run that one
        'api.js': "const express = require('express');\n",
      }),
    ).toEqual(['.:no-entry']);
  });

  it('with a start script the build is not an entry', () => {
    const [service] = facts({
      'package.json': pkg({ next: '^15.0.0' }, { scripts: { build: 'next build', start: 'next start' } }),
      'pages/api/hello.ts': 'export default function handler() {}\n',
    }).services;
    expect(service!.entry).toEqual([{ file: 'package.json', detail: 'start: next start' }]);
  });

  it('the build script is the entry, not the first script', () => {
    const [service] = facts({
      'package.json': pkg(
        { next: '^15.0.0' },
        { scripts: { dev: 'next dev', lint: 'next lint', build: 'next build' } },
      ),
      'pages/api/hello.ts': 'export default function handler() {}\n',
    }).services;
    expect(service!.entry).toEqual([{ file: 'package.json', detail: 'build: next build' }]);
  });

  it('routes are looked for under the folder however the paths are ordered', () => {
    expect(
      names({
        'apps/web2/pages/api/hello.ts': 'export default function handler() {}\n',
        'apps/web2/package.json': pkg({ lodash: '^4.17.21' }),
        'apps/web/package.json': pkg({ next: '^15.0.0' }, { scripts: { start: 'next start' } }),
      }),
    ).toEqual([]);
    expect(
      names({
        'apps/web/pages/api/hello.ts': 'export default function handler() {}\n',
        'apps/site/package.json': pkg({ next: '^15.0.0' }, { scripts: { start: 'next start' } }),
        'apps/web/package.json': pkg({ next: '^15.0.0' }, { scripts: { start: 'next start' } }),
      }),
    ).toEqual(['apps/web:node:Next.js']);
    // a sibling whose name is as long: its route handlers are its own
    const next = pkg({ next: '^15.0.0' }, { scripts: { start: 'next start' } });
    expect(
      names({
        'web/package.json': next,
        'api/package.json': next,
        'api/app/api/users/route.ts': 'export const GET = () => new Response("[]");\n',
      }),
    ).toEqual(['api:node:Next.js']);
  });
});

describe('Python entries', () => {
  it('an app server dependency starts only a folder with a web framework, and its line is kept', () => {
    expect(
      apart({
        'requirements.txt': 'grpcio==1.66.0\ngunicorn==22.0.0\n',
        'serve.py': 'import grpc\nserver = grpc.server(None)\n',
      }),
    ).toEqual(['.:no-entry']);
    const [service] = facts({ 'requirements.txt': 'flask==3.0.3\ngunicorn==22.0.0\n' }).services;
    expect(service!.entry).toEqual([{ file: 'requirements.txt', line: 2, detail: 'app server gunicorn ==22.0.0' }]);
  });

  it('the app object an app server runs is the module-level one, not other code', () => {
    const [service] = facts({
      'requirements.txt': 'flask\n',
      Dockerfile: 'FROM python:3.12\nCMD ["gunicorn", "wsgi:app"]\n',
      'run.py': 'from wsgi import app\n\napp.run()\n',
      'wsgi.py': 'from flask import Flask\napp = Flask(__name__)\n',
    }).services;
    expect(service!.entry.at(-1)).toEqual({ file: 'wsgi.py', line: 2, detail: 'module-level ASGI/WSGI app object' });
  });

  it('an unversioned requirement is named alone', () => {
    const [service] = facts({ 'requirements.txt': 'flask\ngunicorn\n' }).services;
    expect(service!.evidence).toEqual([
      { file: 'requirements.txt', line: 1, detail: 'Flask: flask', technology: 'Flask' },
    ]);
    expect(service!.entry).toEqual([{ file: 'requirements.txt', line: 2, detail: 'app server gunicorn' }]);
  });
});

describe('servers without a framework', () => {
  it('an ASGI callable run by uvicorn is a service with no framework named', () => {
    const [service] = facts({
      'requirements.txt': 'uvicorn\n',
      'main.py':
        'import uvicorn\n\nasync def app(scope, receive, send):\n    pass\n\nif __name__ == "__main__":\n    uvicorn.run(app, port=8000)\n',
    }).services;
    expect(service).toMatchObject({
      path: '.',
      current: 'python',
      frameworks: [],
      evidence: [{ file: 'main.py', line: 7, detail: 'runs an app server' }],
    });
  });
});

describe('serverless functions', () => {
  const sls = (runtime: string) =>
    `service: api\nprovider:\n  name: aws\n${runtime ? `  runtime: ${runtime}\n` : ''}functions:\n  hello:\n    handler: handler.hello\n`;

  it('the runtime decides the backend, whatever manifests the folder has', () => {
    expect(
      names({
        'serverless.yml': sls('python3.12'),
        'package.json': pkg({}, { devDependencies: { serverless: '^4' } }),
      }),
    ).toEqual(['.:python:Serverless']);
    expect(names({ 'serverless.yml': sls('nodejs20.x'), 'requirements.txt': 'boto3\n' })).toEqual([
      '.:node:Serverless',
    ]);
  });

  it('a command-line package deployed as functions is a service', () => {
    expect(
      names({
        'serverless.yml': sls('nodejs20.x'),
        'package.json': pkg({}, { name: 'acme', bin: { acme: 'cli.js' } }),
      }),
    ).toEqual(['.:node:Serverless']);
  });

  it('a function in another language is no Node.js or Python service, whatever package.json sits beside it', () => {
    for (const runtime of ['go1.x', 'java17', 'dotnet8', 'ruby3.2', 'provided.al2023']) {
      const tree = {
        'serverless.yml': sls(runtime),
        'package.json': pkg({}, { devDependencies: { serverless: '^4', 'serverless-offline': '^13' } }),
      };
      expect(facts(tree).services, runtime).toEqual([]);
    }
    const sam = [
      'Resources:',
      '  Report:',
      '    Type: AWS::Serverless::Function',
      '    Properties: { CodeUri: report/, Handler: Report::Handler, Runtime: java17 }',
      '  Api:',
      '    Type: AWS::Serverless::Function',
      '    Properties: { CodeUri: api/, Handler: app.handler, Runtime: python3.12 }',
      '',
    ].join('\n');
    expect(names({ 'template.yaml': sam, 'api/app.py': 'def handler(event, context):\n    return {}\n' })).toEqual([
      'api:python:Serverless',
    ]);
  });

  it('without a runtime the folder manifest decides, and without either nothing is found', () => {
    expect(names({ 'serverless.yml': sls(''), 'requirements.txt': 'boto3\n' })).toEqual(['.:python:Serverless']);
    expect(facts({ 'serverless.yml': sls('') }).services).toEqual([]);
  });
});

describe('deployment files run a command-line package as a service', () => {
  const cli = pkg({ express: '^4.19.2' }, { name: 'acme', bin: { acme: 'cli.js' } });
  it.each([
    ['a Dockerfile', { Dockerfile: 'FROM node:22\nCMD ["node", "cli.js", "serve"]\n' }],
    ['a compose build', { 'docker-compose.yml': 'services:\n  acme:\n    build: .\n' }],
    ['a platform file', { 'fly.toml': 'app = "acme"\n' }],
  ])('%s', (_, deploy) => {
    expect(names({ 'package.json': cli, ...deploy })).toEqual(['.:node:Express']);
  });
});

describe('start commands', () => {
  it('a start script that waits for a build, then runs a tooling script, does not start the product', () => {
    expect(
      apart({
        'package.json': pkg(
          { express: '^4.19.2' },
          { scripts: { start: 'wait-on dist/index.js && node scripts/serve.js' } },
        ),
      }),
    ).toEqual(['.:no-entry']);
  });

  it('a Procfile process that waits, then runs a tooling script, does not start the product', () => {
    expect(
      apart({
        'requirements.txt': 'flask\n',
        'app.py': 'from flask import Flask\n',
        Procfile: 'dev: ./wait_for_db.py && python3.12 scripts/dev_server.py\n',
      }),
    ).toEqual(['.:no-entry']);
  });

  it('a Procfile line is an entry whatever its process is called', () => {
    const [service] = facts({ 'requirements.txt': 'flask\n', Procfile: 'test: gunicorn app:app\n' }).services;
    expect(service!.entry).toEqual([{ file: 'Procfile', detail: 'test: gunicorn app:app' }]);
  });

  it('a command is shown on one line with single spaces, and whole up to 80 characters', () => {
    const exact = `node server.js ${'x'.repeat(80 - 'node server.js '.length)}`;
    expect(exact).toHaveLength(80);
    const [service] = facts({
      'package.json': pkg(
        { express: '^4.19.2' },
        { scripts: { start: ' node   server.js\n  --port 80 ', serve: exact } },
      ),
    }).services;
    expect(service!.entry.map((e) => e.detail)).toEqual(['start: node server.js --port 80', `serve: ${exact}`]);
  });
});

describe('services and not-services are listed by folder, then backend', () => {
  it('whatever order the folders are found in', () => {
    const result = facts({
      'zeta/requirements.txt': 'flask\ngunicorn\n',
      'alpha/requirements.txt': 'flask\ngunicorn\n',
      'mid/package.json': pkg({ express: '^4.19.2' }, { scripts: { start: 'node server.js' } }),
      'beta/package.json': pkg({ express: '^4.19.2' }, { scripts: { start: 'node server.js' } }),
      'examples/b/requirements.txt': 'flask\n',
      'examples/a/package.json': express,
    });
    expect(result.services.map((s) => s.path)).toEqual(['alpha', 'beta', 'mid', 'zeta']);
    expect(result.notServices.map((n) => n.path)).toEqual(['examples/a', 'examples/b']);
  });

  it('a folder that is not a service for both backends lists Node.js first', () => {
    const result = facts({
      'requirements.txt': 'flask\n',
      'lib/server.js': "const http = require('http');\nmodule.exports = () => http.createServer();\n",
    });
    expect(result.notServices.map((n) => `${n.path}:${n.backend}:${n.reason}`)).toEqual([
      '.:node:no-entry',
      '.:python:no-entry',
    ]);
  });

  it('keeps at most four pieces of evidence for a folder listed apart', () => {
    const [listed] = facts({
      'examples/chat/package.json': pkg(
        { express: '^4', fastify: '^5', hono: '^4', koa: '^2', 'socket.io': '^4' },
        { scripts: { start: 'node index.js' } },
      ),
    }).notServices;
    expect(listed!.evidence.map((e) => e.detail)).toEqual([
      'Express: express ^4',
      'Fastify: fastify ^5',
      'Hono: hono ^4',
      'Koa: koa ^2',
    ]);
  });

  it('names frameworks in alphabetical order, whatever order they are declared in', () => {
    expect(
      names({
        'api/package.json': JSON.stringify({
          dependencies: { 'socket.io': '^4', express: '^4' },
          scripts: { start: 'node s.js' },
        }),
      }),
    ).toEqual(['api:node:Express+Socket.IO']);
  });
});

describe('declared services', () => {
  it('a declared folder with both manifests takes the backend with the most evidence', () => {
    expect(
      names(
        {
          'svc/package.json': pkg({}, { devDependencies: { prettier: '^3' } }),
          'svc/requirements.txt': 'flask\ngunicorn\n',
        },
        [{ path: 'svc' }],
      ),
    ).toEqual(['svc:python:Flask']);
    // a Node.js helper importing a framework does not outweigh a framework started twice
    expect(
      names(
        {
          'requirements.txt': 'flask\ngunicorn\n',
          Procfile: 'web: gunicorn app:app\n',
          'dev-proxy.js': "const express = require('express');\n",
        },
        [{ path: '.' }],
      ),
    ).toEqual(['.:python:Flask']);
  });

  it('code that only runs programs of the other ecosystem gives a declared folder no backend', () => {
    const result = facts(
      {
        'run.py': 'import subprocess\nsubprocess.run(["node", "build.js"])\n',
        'build.js': "const { spawn } = require('child_process');\nspawn('python', ['run.py']);\n",
      },
      [{ path: '.' }],
    );
    expect(result.services).toEqual([]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'declared service has no Node.js or Python manifest and no backend given; skipped',
    ]);
  });

  it('findServices without declared or excluded folders warns of nothing', () => {
    expect(findServices({ manifests: [], imports: [], codeFacts: [], paths: [] })).toEqual({
      projects: [],
      services: [],
      notServices: [],
      warnings: [],
    });
  });
});

describe('a catalog that disagrees with the evidence', () => {
  const warnings = (files: Record<string, string>) => detect(scanTree(files)).warnings.map((w) => w.message);

  it('a catalog service that detection also finds is no warning', () => {
    expect(
      warnings({
        'api/package.json': pkg({ express: '^4.19.2' }, { scripts: { start: 'node server.js' } }),
        'api/requirements.txt': 'boto3\n',
        'api/catalog-info.yaml': component('api', 'service'),
      }),
    ).toEqual([]);
  });

  it('a catalog service whose folder also holds Node.js tooling is judged by its Python service', () => {
    const result = detect(
      scanTree({
        'svc/package.json': pkg({}, { devDependencies: { prettier: '^3' } }),
        'svc/requirements.txt': 'flask\ngunicorn\n',
        'svc/catalog-info.yaml': component('svc', 'service'),
      }),
    );
    expect(result.services.map((s) => [s.path, s.current, s.declared])).toEqual([['svc', 'python', true]]);
    expect(result.warnings).toEqual([]);
  });

  it('a declaration giving a backend no manifest of the folder has: kept, with a warning', () => {
    const found = findServices({
      manifests: [],
      imports: [],
      codeFacts: [],
      paths: [],
      declared: [{ path: 'worker', backend: 'python', source: { file: 'worker/catalog-info.yaml', line: 3 } }],
    });
    expect(found.services.map((s) => [s.path, s.current, s.declared])).toEqual([['worker', 'python', true]]);
    expect(found.warnings).toEqual([
      {
        file: 'worker/catalog-info.yaml',
        message: 'line 3: the catalog makes worker a service, though detection found no server evidence there',
      },
    ]);
  });

  it('a catalog service that detection finds is not one says why', () => {
    expect(
      warnings({
        'docs/api/package.json': pkg({ express: '^4.19.2' }, { scripts: { start: 'node server.js' } }),
        'docs/api/catalog-info.yaml': component('api', 'service'),
      }),
    ).toEqual([
      'line 1: the catalog makes docs/api a service, though detection found it is not a service: inside a folder of docs',
    ]);
  });

  it('a catalog service with a manifest but no server says so', () => {
    expect(
      warnings({
        'worker/package.json': pkg({ pino: '^9' }),
        'worker/catalog-info.yaml': component('worker', 'service'),
      }),
    ).toEqual(['line 1: the catalog makes worker a service, though detection found no server evidence there']);
  });

  it('a catalog library that serves names the first two frameworks and the first entry', () => {
    expect(
      warnings({
        'package.json': pkg(
          { express: '^4', fastify: '^5', koa: '^2' },
          { scripts: { start: 'node a.js', serve: 'node b.js' } },
        ),
        'catalog-info.yaml': component('lib', 'library'),
      }),
    ).toEqual([
      'line 1: the catalog makes the root folder a library, not a service, though detection found a service: Express: express ^4 (package.json:3), Fastify: fastify ^5 (package.json:4), start: node a.js (package.json)',
    ]);
  });

  it('a declaration without a line is named by its file alone', () => {
    const { warnings: found } = findServices({
      manifests: [],
      imports: [],
      codeFacts: [],
      paths: [],
      declared: [{ path: 'infra', source: { file: 'infra/catalog-info.yaml' } }],
    });
    expect(found).toEqual([
      {
        file: 'infra/catalog-info.yaml',
        message: 'the catalog makes infra a service, but it has no Node.js or Python manifest; skipped',
      },
    ]);
  });
});

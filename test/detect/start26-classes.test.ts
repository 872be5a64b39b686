import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';
import { appModuleOf, servedApp } from '../../src/detect/app-modules.js';
import { extractCodeFacts } from '../../src/detect/code-facts.js';
import { withDefaultScripts } from '../../src/detect/default-scripts.js';
import { startedBy } from '../../src/detect/command-words.js';
import { SERVER_KNOWLEDGE } from '../../src/knowledge/servers/index.js';
import type { Manifest } from '../../src/model/facts.js';

// Issue 25, miss classes tried on new repositories (start26): npm's default start, Python apps of
// frameworks without a record run by an app server, NestJS microservices that only consume a broker.

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures', name);
const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
const report = (name: string) => analyze({ root: fixture(name), settings, now: new Date('2026-12-07') });
const k = SERVER_KNOWLEDGE;

const packageJson = (dir: string, scripts?: Record<string, string>): Manifest => ({
  kind: 'package.json',
  file: dir === '.' ? 'package.json' : `${dir}/package.json`,
  dir,
  ecosystem: 'node',
  dependencies: [],
  ...(scripts ? { scripts } : {}),
});

describe("npm's default start", () => {
  it('a package with a server.js and no start script is started by `node server.js`; its own start script wins', () => {
    const [api, web, lib] = withDefaultScripts(
      [packageJson('api', { test: 'jest' }), packageJson('web', { start: 'next start' }), packageJson('lib')],
      ['api/package.json', 'api/server.js', 'web/package.json', 'web/server.js', 'lib/package.json', 'lib/index.js'],
    );
    expect(api!.scripts).toEqual({ test: 'jest', start: 'node server.js' });
    expect(api!.defaultScripts).toEqual(['start']);
    expect(web!.scripts).toEqual({ start: 'next start' });
    expect(web!.defaultScripts).toBeUndefined();
    expect(lib!.scripts).toBeUndefined();
  });

  it('starts the package whose main is server.js; a lone main naming the server file is no library; a published package stays one', async () => {
    const r = await report('npm-default-start');
    expect(r.services.map((s) => `${s.path} ${s.kind} ${s.frameworks.join('+')}`)).toEqual([
      'api http Node http',
      'status-page http Node http',
    ]);
    const api = r.services.find((s) => s.path === 'api')!;
    expect(api.evidence?.entry.map((e) => e.detail)).toContain("start: node server.js (npm's default start)");
    // its main names index.js, the file that starts the server: npm init's field, not a library's entry point
    const status = r.services.find((s) => s.path === 'status-page')!;
    expect(status.evidence?.entry.map((e) => `${e.file}:${e.line}`)).toEqual(['status-page/index.js:10']);
    expect(r.notServices.map((n) => [n.path, n.reason])).toEqual([['shop-sdk', 'library']]);
  });
});

describe('an app server on a module of the folder', () => {
  it("reads gunicorn's first word as the app's module, after its options", () => {
    expect(appModuleOf(['gunicorn', '--bind', '0.0.0.0:80', '-w', '2', 'billing.wsgi'], k)).toEqual({
      module: 'billing.wsgi',
    });
    expect(appModuleOf(['gunicorn', '--chdir', 'src', 'proj.wsgi:application'], k)).toEqual({
      module: 'proj.wsgi',
      from: 'src',
    });
    // uvicorn takes only a `module:object` word
    expect(appModuleOf(['uvicorn', '--reload', 'main'], k)).toBeUndefined();
    expect(appModuleOf(['uwsgi', '--http', ':80', '--module', 'site.wsgi:application'], k)).toEqual({
      module: 'site.wsgi',
    });
  });

  it('serves a file of the folder, not a module of an installed package', () => {
    const files = new Set(['svc/pkg/main.py', 'svc/pkg/__init__.py', 'svc/api/__init__.py']);
    expect(servedApp('svc', 'uvicorn pkg.main:app --port 80', files, k)).toEqual({
      file: 'svc/pkg/main.py',
      server: 'Uvicorn',
    });
    expect(servedApp('svc', 'python -m hypercorn api:app', files, k)).toEqual({
      file: 'svc/api/__init__.py',
      server: 'Hypercorn',
    });
    expect(servedApp('svc', 'uvicorn mlflow_proxy.server:app', files, k)).toBeUndefined();
    // a launcher running a script is no app server
    expect(servedApp('svc', 'python pkg/main.py', files, k)).toBeUndefined();
  });

  it('makes a service of each app an app server runs, whatever framework made it', async () => {
    const r = await report('app-server-unnamed-framework');
    expect(r.services.map((s) => `${s.path} ${s.kind} ${s.frameworks.join('+')}`)).toEqual([
      'billing http Gunicorn',
      'orders http Uvicorn',
      'reports http Hypercorn',
    ]);
    expect(r.services.find((s) => s.path === 'billing')!.evidence?.server).toEqual([
      { file: 'billing/billing/wsgi.py', detail: 'an app Gunicorn serves (billing/Procfile)' },
    ]);
    expect(r.services.map((s) => s.path)).not.toContain('tools');
  });
});

describe('NestJS microservices on a broker', () => {
  const facts = (file: string, text: string) =>
    extractCodeFacts(file, text, undefined, [{ module: '@nestjs/core' }, { module: '@nestjs/microservices' }])
      .filter((f) => f.consumerBoot)
      .map((f) => `${f.line} ${f.serves}`);

  it("a broker's transport in the microservice's boot consumes; a client's transport, or TCP, does not", () => {
    const boot = (transport: string) =>
      `const app = await NestFactory.createMicroservice(AppModule, {\n  transport: Transport.${transport},\n});\nawait app.listen();\n`;
    expect(facts('src/main.ts', boot('RMQ'))).toEqual(['2 worker']);
    expect(facts('src/main.ts', boot('KAFKA'))).toEqual(['2 worker']);
    expect(facts('src/main.ts', boot('TCP'))).toEqual([]);
    expect(
      facts('src/app.module.ts', "ClientsModule.register([{ name: 'X', transport: Transport.KAFKA }]);\n"),
    ).toEqual([]);
  });

  it('a folder whose code boots its framework only as a consumer is a worker', async () => {
    const r = await report('nest-broker-consumers');
    expect(r.services.map((s) => `${s.path} ${s.kind}`)).toEqual(['gateway http', 'ledger worker', 'pricing http']);
    expect(r.services.find((s) => s.path === 'ledger')!.evidence?.server.map((e) => `${e.file}:${e.line}`)).toEqual([
      'ledger/src/main.ts:7',
    ]);
  });
});

describe('starts a compose service inherits and shell scripts a Procfile runs', () => {
  it('follows `extends:` of the same file or another compose file, and a Procfile script to the module it serves', async () => {
    const r = await report('compose-extends-scripts');
    expect(r.services.map((s) => `${s.path} ${s.kind} ${s.frameworks.join('+')}`)).toEqual([
      'api http Falcon',
      'api worker Celery',
      'notify http Hypercorn',
      'reports http Gunicorn',
    ]);
    // the build comes from compose.base.yaml, relative to that file; the command is compose.yaml's own
    const notify = r.services.find((s) => s.path === 'notify')!;
    expect(notify.evidence?.entry.map((e) => e.detail)).toEqual([
      'compose service notify-base builds notify',
      'compose service notify builds notify with notify/Dockerfile runs hypercorn notify.app:app --bind 0.0.0.0:9000 (from notify/notify/app.py)',
    ]);
    const worker = r.services.find((s) => s.kind === 'worker')!;
    expect(worker.evidence?.entry.map((e) => e.detail)).toEqual([
      'compose service worker builds api with api/Dockerfile runs celery -A tasks worker --loglevel=info (from api/tasks.py)',
    ]);
    const reports = r.services.find((s) => s.path === 'reports')!;
    expect(reports.evidence?.entry.map((e) => `${e.file}:${e.line}`)).toEqual(['reports/bin/start-web:3']);
    expect(reports.evidence?.server.map((e) => e.file)).toEqual(['reports/reports/wsgi.py']);
  });
});

describe('in-process inference, on the server or in the browser', () => {
  it('marks client components and web workers as browser code', () => {
    const kinds = (text: string) => extractCodeFacts('app/x.js', text, undefined, []).map((f) => f.kind);
    expect(kinds("'use client';\nimport { useState } from 'react';\n")).toEqual(['browser']);
    expect(kinds("self.addEventListener('message', async (e) => {});\n")).toEqual(['browser']);
    expect(kinds('self.onmessage = (e) => postMessage(e.data);\n')).toEqual(['browser']);
    // a Node.js worker thread and a string are no browser code
    expect(kinds("parentPort.on('message', (m) => run(m));\nconst s = 'use client';\n")).toEqual([]);
  });

  it('raises ml for a server that runs the model, not for a page whose web worker runs it', async () => {
    const r = await report('browser-inference');
    const signals = (path: string) => r.services.find((s) => s.path === path)!.signals.map((s) => s.id);
    expect(signals('embedder')).toContain('ml');
    expect(signals('studio')).not.toContain('ml');
    expect(r.services.map((s) => `${s.path} ${s.verdict}`)).toEqual(['embedder review', 'studio fits']);
  });
});

describe('Python frameworks and their commands', () => {
  it("knows Pyramid's pserve and its app object, and the frameworks added as records", () => {
    expect(startedBy('pserve production.ini', k)).toEqual({ backend: 'python', worker: false });
    const appObject = (line: string) =>
      extractCodeFacts('app.py', `${line}\n`, undefined, []).some((f) => f.kind === 'app-object');
    expect(appObject('app = config.make_wsgi_app()')).toBe(true);
    expect(appObject('app = Starlite(route_handlers=[health])')).toBe(true);
    expect(appObject('app = Esmerald(routes=[Gateway(handler=home)])')).toBe(true);
    expect(appObject('api = responder.API()')).toBe(true);
    expect(appObject('app = Microdot()')).toBe(true);
    for (const name of ['starlite', 'esmerald', 'responder', 'emmett', 'microdot'])
      expect(k.ofPackage('python', name)?.role).toBe('http');
  });
});

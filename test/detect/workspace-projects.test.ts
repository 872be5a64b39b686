import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { jsPackageOf } from '../../src/detect/imports/javascript.js';
import { parseManifests } from '../../src/detect/manifests/index.js';
import { startedBy } from '../../src/detect/command-words.js';
import { scriptStarts, shellScripts } from '../../src/detect/script-chains.js';
import { SERVER_KNOWLEDGE } from '../../src/knowledge/servers/index.js';
import { manifestKindOf } from '../../src/knowledge/manifest-files.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';

// Issue 25 (mono25): in an Nx or Nest CLI workspace the projects have no package.json of their own;
// the root's was taken for one service at the root, or for a frontend when the root also lists React.

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures', name);
const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
const report = (name: string) => analyze({ root: fixture(name), settings, now: new Date('2026-12-07') });

describe('workspace files', () => {
  it('are read by their names', () => {
    expect(manifestKindOf('apps/api/project.json')).toBe('workspace-file');
    expect(manifestKindOf('workspace.json')).toBe('workspace-file');
    expect(manifestKindOf('angular.json')).toBe('workspace-file');
    expect(manifestKindOf('server/nest-cli.json')).toBe('workspace-file');
  });

  it('an Nx project.json makes its folder a project, an application when a target runs it with Node.js', () => {
    const [parsed] = parseManifests(
      'workspace-file',
      'apps/api/project.json',
      JSON.stringify({ name: 'api', targets: { serve: { executor: '@nx/js:node' } } }, null, 2),
    );
    expect(parsed!.manifest?.workspaceProjects).toEqual([
      { name: 'api', dir: 'apps/api', type: 'application', format: 'nx-project', line: 2, serve: 'serve: @nx/js:node' },
    ]);
  });

  it('a workspace.json lists projects with their roots and older builders; a project given by its folder alone is read from its own file', () => {
    const text = JSON.stringify({
      version: 1,
      projects: {
        api: { root: 'apps/api', projectType: 'application', architect: { serve: { builder: '@nrwl/node:execute' } } },
        ui: { root: 'libs/ui', projectType: 'library' },
        web: 'apps/web',
      },
    });
    const [parsed] = parseManifests('workspace-file', 'workspace.json', text);
    expect(parsed!.manifest?.workspaceProjects?.map((p) => `${p.name} ${p.dir} ${p.type} ${p.serve ?? '-'}`)).toEqual([
      'api apps/api application serve: @nrwl/node:execute',
      'ui libs/ui library -',
    ]);
  });

  it('a nest-cli.json is a workspace only in monorepo mode; its root is the default project', () => {
    const projects = {
      api: { type: 'application', root: 'apps/api' },
      jobs: { type: 'application', root: 'apps/jobs' },
    };
    const single = parseManifests('workspace-file', 'nest-cli.json', JSON.stringify({ sourceRoot: 'src' }));
    expect(single[0]!.manifest).toBeUndefined();
    const [mono] = parseManifests(
      'workspace-file',
      'server/nest-cli.json',
      JSON.stringify({ monorepo: true, root: 'apps/api', projects }),
    );
    expect(mono!.manifest?.workspaceProjects?.map((p) => `${p.dir} ${p.default ?? false}`)).toEqual([
      'server/apps/api true',
      'server/apps/jobs false',
    ]);
  });

  it('a project.json of another tool is no workspace, and a broken one is one warning naming the file', () => {
    expect(parseManifests('workspace-file', 'project.json', '{"title": "notes"}')[0]!.manifest).toBeUndefined();
    const [broken] = parseManifests('workspace-file', 'apps/api/project.json', '{"name": "api",');
    expect(broken!.manifest).toBeUndefined();
    expect(broken!.warnings).toHaveLength(1);
    expect(broken!.warnings[0]!.file).toBe('apps/api/project.json');
    expect(broken!.warnings[0]!.message).toMatch(/^invalid JSON/);
  });
});

describe('Nx and Nest CLI workspace projects', () => {
  it('an Nx application project is the service, started by its Node.js target and the root script that serves it', async () => {
    const r = await report('nx-nest-workspace');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind} ${s.frameworks.join('+')}`)).toEqual([
      'apps/api node http NestJS',
    ]);
    const entry = r.services[0]!.evidence?.entry.map((e) => `${e.file}: ${e.detail}`) ?? [];
    expect(entry).toContain('apps/api/project.json: serve: @nx/js:node runs api with Node.js');
    expect(entry).toContain('package.json: start:api: nx serve api');
    // the image's exec-form command, read as the line a shell would run
    expect(entry).toContain('Dockerfile: CMD ["npx", "nx", "serve", "api", "--configuration=production"]');
    // the React app (a Vite dev server) and the e2e tests have no server evidence; the library that
    // makes an Express router for the applications is no service
    expect(r.notServices.map((n) => [n.path, n.reason, n.why])).toEqual([
      [
        'libs/http-kit',
        'library',
        'a library project of the Nx workspace (libs/http-kit/project.json:2): its applications import it',
      ],
    ]);
  });

  it('each Nest CLI application is a service: a bare `nest start` runs the default project, a compose command the one it names', async () => {
    const r = await report('nest-cli-monorepo');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind} ${s.frameworks.join('+')}`)).toEqual([
      'apps/billing node http NestJS',
      'apps/gateway node http NestJS',
    ]);
    const entry = (p: string) => r.services.find((s) => s.path === p)!.evidence?.entry.map((e) => e.detail) ?? [];
    expect(entry('apps/gateway')).toContain('start: nest start');
    expect(entry('apps/billing')).toContain('compose service billing builds .');
    expect(entry('apps/billing')).not.toContain('start: nest start');
    // a shared library whose helper boots an app is imported, not run
    expect(r.notServices.map((n) => [n.path, n.reason])).toEqual([['libs/bootstrap', 'library']]);
  });
});

describe('pages-only web apps in a workspace', () => {
  it('a server package’s client import is kept under its own path, not read as the server', () => {
    expect(jsPackageOf('hono/client')).toBe('hono/client');
    expect(jsPackageOf('hono/client/extra')).toBe('hono/client');
    expect(jsPackageOf('hono/cors')).toBe('hono');
  });

  it('a Next.js app with no server routes that lists hono for its API client is a frontend; one with a route handler is a service', async () => {
    const r = await report('turbo-pages-web');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind} ${s.frameworks.join('+')}`)).toEqual([
      'apps/admin node http Next.js',
      'apps/api node http Hono',
    ]);
    expect(r.notServices.map((n) => [n.path, n.reason, n.why])).toEqual([
      [
        'apps/web',
        'frontend',
        'a Next.js app with no server routes: Hono among its dependencies, but none of its code imports one or starts a server; its server only renders its pages',
      ],
    ]);
  });
});

describe('start chains through shell scripts in package.json', () => {
  it('follows a script to the server and the worker its lines start, from the folder its cd lines reach', async () => {
    const r = await report('polyglot-script-starts');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind} ${s.frameworks.join('+')}`)).toEqual([
      'apps/ml python http FastAPI',
      'apps/ml python worker Celery',
    ]);
    const entry = (kind: string) =>
      r.services.find((s) => s.kind === kind)!.evidence?.entry.map((e) => `${e.file}:${e.line}: ${e.detail}`) ?? [];
    // the continued line is read as one command
    expect(entry('http')).toContain(
      'apps/ml/scripts/dev.sh:6: uv run uvicorn app.main:app --reload --port "${PORT:-8000}", run by dev: ./scripts/dev.sh',
    );
    expect(entry('worker')).toEqual([
      'apps/ml/scripts/worker.sh:2: exec uv run celery -A app.tasks worker --loglevel=info, run by worker: sh scripts/worker.sh',
    ]);
    // the setup script only installs
    expect(entry('http').some((e) => e.includes('setup'))).toBe(false);
    expect(r.notServices).toEqual([]);
  });
});

describe('scriptStarts', () => {
  const scripts = (files: Record<string, string>) =>
    shellScripts(
      Object.entries(files).flatMap(([file, text]) =>
        parseManifests('shell-script', file, text).flatMap((p) => p.manifest ?? []),
      ),
    );
  const started = (line: string) => startedBy(line, SERVER_KNOWLEDGE);
  const projects = { node: new Set(['.', 'web']), python: new Set(['backend']) };

  it('moves with cd into the folder a line runs in, and follows a script the script runs', () => {
    const tree = scripts({
      'dev.sh': 'set -e\n./scripts/api.sh &\ncd web && npm run dev\n',
      'scripts/api.sh':
        'cd "$(dirname "$0")/../backend"\npython -m uvicorn app.main:app --reload > ../api.log 2>&1 &\n',
    });
    expect(scriptStarts('.', './dev.sh', tree, started, projects)).toEqual([
      {
        dir: 'backend',
        cwd: 'backend',
        backend: 'python',
        worker: false,
        file: 'scripts/api.sh',
        line: 2,
        // sent to the background, its output redirected: it runs all the same
        command: 'python -m uvicorn app.main:app --reload > ../api.log 2>&1',
      },
    ]);
  });

  it('starts nothing for a command that runs no script of the tree, or a script that starts nothing', () => {
    const tree = scripts({ 'setup.sh': 'pip install -r requirements.txt\n' });
    expect(scriptStarts('.', './setup.sh', tree, started, projects)).toEqual([]);
    expect(scriptStarts('.', 'sh missing.sh', tree, started, projects)).toEqual([]);
    expect(scriptStarts('.', 'next dev', tree, started, projects)).toEqual([]);
  });

  it('stops at a script that runs itself', () => {
    const tree = scripts({ 'loop.sh': './loop.sh\nuvicorn main:app\n' });
    // followed three deep, then left: each level's uvicorn line once
    expect(scriptStarts('.', 'bash loop.sh', tree, started, projects)).toHaveLength(3);
  });
});

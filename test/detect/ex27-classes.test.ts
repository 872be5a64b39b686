import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';
import { examplesDeployingThemselves } from '../../src/detect/deployed-roles.js';
import { servedFolder } from '../../src/detect/served-folders.js';
import { DEV_RUNNER_COMMAND } from '../../src/knowledge/package-scripts.js';
import { servicesFound } from '../support/services-found.js';
import { SERVER_KNOWLEDGE } from '../../src/knowledge/servers/index.js';
import type { Dependency, Manifest } from '../../src/model/facts.js';

// Issue 25, repository conventions tried on new repositories (ex27): examples that ship their own
// deployment, full-stack frameworks whose CLI serves one side of the app, local UIs started by hand.

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures', name);
const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
const report = (name: string) => analyze({ root: fixture(name), settings, now: new Date('2026-12-07') });
const k = SERVER_KNOWLEDGE;

const dep = (name: string, file: string, version?: string): Dependency => ({
  name,
  ecosystem: file.endsWith('.json') ? 'node' : 'python',
  dev: false,
  file,
  ...(version ? { version } : {}),
});
const manifest = (kind: Manifest['kind'], file: string, extra: Partial<Manifest> = {}): Manifest => ({
  kind,
  file,
  dir: file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.',
  dependencies: [],
  ...extra,
});

describe('examples and demos with a deployment file of their own', () => {
  it('deploys an example that is an app of its own; keeps one that tries the repository own package an example, saying why', async () => {
    const r = await report('deployed-examples');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind} ${s.frameworks.join('+')}`)).toEqual([
      'demo python http Streamlit',
      'examples/webhook-relay node http Fastify',
    ]);
    const relay = r.services.find((s) => s.path === 'examples/webhook-relay')!;
    expect(relay.evidence?.entry.map((e) => e.file)).toContain('examples/webhook-relay/Dockerfile');
    const checkout = r.notServices.find((n) => n.path === 'examples/checkout')!;
    expect(checkout.reason).toBe('examples');
    expect(checkout.why).toContain("an example of the repository's own package (@acme/payments file:../..");
  });

  it('reads the own package from any manifest of the tree, by name or by a path into the tree', () => {
    const manifests: Manifest[] = [
      manifest('pyproject', 'pyproject.toml', { name: 'Acme_SDK', ecosystem: 'python' }),
      manifest('pyproject', 'examples/api/pyproject.toml', {
        name: 'acme-sdk-example',
        ecosystem: 'python',
        dependencies: [dep('acme-sdk', 'examples/api/pyproject.toml', '^1.0'), dep('gunicorn', 'x.txt')],
      }),
      manifest('dockerfile', 'examples/api/Dockerfile'),
      manifest('package.json', 'examples/web/package.json', {
        name: 'web',
        ecosystem: 'node',
        dependencies: [dep('acme-ui', 'examples/web/package.json', 'workspace:*')],
      }),
      manifest('compose', 'examples/compose.yml', {
        buildContexts: [
          { path: 'examples/web', file: 'examples/compose.yml', detail: 'compose service web builds examples/web' },
        ],
      }),
      manifest('requirements', 'demo/requirements.txt', {
        ecosystem: 'python',
        dependencies: [dep('flask', 'demo/requirements.txt')],
      }),
      manifest('procfile', 'demo/Procfile'),
    ];
    const projects = new Set(['.', 'examples/api', 'examples/web', 'demo']);
    const found = examplesDeployingThemselves(
      manifests,
      (d) => projects.has(d),
      () => false,
    );
    expect([...found].map(([dir, tries]) => [dir, tries?.name])).toEqual([
      ['examples/api', 'acme-sdk'],
      ['examples/web', 'acme-ui'],
      ['demo', undefined],
    ]);
  });

  it("ties an example to the own package through the example's folders above its image, or the tool's config file it holds", () => {
    const manifests: Manifest[] = [
      manifest('package.json', 'package.json', { name: 'deployer', ecosystem: 'node' }),
      // the example's package.json beside the container folder it builds
      manifest('package.json', 'examples/container/package.json', {
        name: 'container-starter',
        ecosystem: 'node',
        dependencies: [dep('deployer', 'examples/container/package.json', '>=0.4')],
      }),
      manifest('requirements', 'examples/container/app/requirements.txt', { ecosystem: 'python' }),
      manifest('dockerfile', 'examples/container/app/Dockerfile'),
      // an example whose only tie is the tool's config file; and one with neither
      manifest('package.json', 'examples/efs/package.json', {
        name: 'efs',
        ecosystem: 'node',
        dependencies: [dep('express', 'examples/efs/package.json', '^4')],
      }),
      manifest('dockerfile', 'examples/efs/Dockerfile'),
      manifest('package.json', 'examples/shop/package.json', {
        name: 'shop',
        ecosystem: 'node',
        dependencies: [dep('express', 'examples/shop/package.json', '^4')],
      }),
      manifest('dockerfile', 'examples/shop/Dockerfile'),
    ];
    const projects = new Set(['.', 'examples/container', 'examples/container/app', 'examples/efs', 'examples/shop']);
    const files = new Set(['examples/efs/deployer.config.ts', 'examples/shop/vite.config.ts']);
    const found = examplesDeployingThemselves(
      manifests,
      (d) => projects.has(d),
      (f) => files.has(f),
    );
    expect([...found].map(([dir, tries]) => [dir, tries?.name, tries?.file])).toEqual([
      ['examples/container/app', 'deployer', 'examples/container/package.json'],
      ['examples/efs', 'deployer', 'examples/efs/deployer.config.ts'],
      ['examples/shop', undefined, undefined],
    ]);
  });
});

describe('full-stack frameworks whose CLI serves a side of the app', () => {
  it("RedwoodJS's `rw serve api` at the app's root starts the api workspace", async () => {
    const r = await report('redwood-api-side');
    expect(r.services.map((s) => `${s.path} ${s.kind} ${s.frameworks.join('+')}`)).toEqual(['api http RedwoodJS']);
    expect(r.services[0]!.evidence?.entry.map((e) => `${e.file} ${e.detail}`)).toEqual([
      'Dockerfile CMD ["yarn", "rw", "serve", "api", "--port", "8911"]',
    ]);
  });

  it('only beside its marker file, only into a project, and never for the web side alone', () => {
    const files = new Set(['redwood.toml', 'app/redwood.toml']);
    const projects = new Set(['api', 'app/api']);
    const side = (dir: string, command: string) =>
      servedFolder(
        dir,
        command,
        k,
        (f) => files.has(f),
        (d, b) => b === 'node' && projects.has(d),
      );
    expect(side('.', 'yarn rw serve')).toBe('api');
    expect(side('.', 'yarn redwood dev api')).toBe('api');
    expect(side('.', 'node_modules/.bin/rw-server api')).toBe('api');
    expect(side('app', 'yarn rw serve api')).toBe('app/api');
    expect(side('.', 'yarn rw serve web')).toBe('.');
    expect(side('other', 'yarn rw serve')).toBe('other');
    expect(side('.', 'node server.js')).toBe('.');
  });
});

describe('local UIs a person starts by hand', () => {
  it("a distribution's console script running `streamlit run`, a README line or a script's `launch()` is a tool; a Procfile or Dockerfile deploys it", async () => {
    const r = await report('local-ui-tools');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind} ${s.frameworks.join('+')}`)).toEqual([
      'board python http Streamlit',
      'space python http Gradio',
    ]);
    const [board, space] = r.services.map((s) => s.evidence?.entry.map((e) => e.file) ?? []);
    expect(board).toEqual(['board/Procfile']);
    expect(space).toContain('space/Dockerfile');
    for (const path of ['.', 'labeler']) {
      const tool = r.notServices.find((n) => n.path === path)!;
      expect(tool.reason, path).toBe('cli');
      expect(tool.why, path).toMatch(/^a local UI \((?:Streamlit|Gradio)\) a person starts on their own machine/);
    }
  });
});

describe("a library repository's development harness", () => {
  it('a private package started only in development mode on the published package is no service; a built start keeps an app', async () => {
    const r = await report('library-dev-harness');
    expect(r.services.map((s) => `${s.path} ${s.kind} ${s.frameworks.join('+')}`)).toEqual([
      'apps/status http Express',
    ]);
    const harness = r.notServices.find((n) => n.path === 'packages/dev-server')!;
    expect(harness.reason).toBe('playground');
    expect(harness.why).toContain('a development harness of @quill/server, which the repository publishes');
  });

  it('reads development-mode runs, not built ones', () => {
    for (const dev of [
      'dev: tsx watch src/dev.ts',
      'start: ts-node src/index.ts',
      'run:server: node -r ts-node/register index.ts',
      'debug: node --inspect dist/index.js',
      'start: nodemon server.js',
      'dev: node --watch src/index.js',
    ])
      expect(DEV_RUNNER_COMMAND.test(dev), dev).toBe(true);
    for (const built of [
      'start: node dist/index.js',
      'start: node server.js',
      'start: pm2-runtime ecosystem.config.js',
    ])
      expect(DEV_RUNNER_COMMAND.test(built), built).toBe(false);
  });
});

describe('a compose service whose command runs the tests', () => {
  it("is no entry of the folder it builds: a distribution's test app stays its library", () => {
    const files = {
      'pyproject.toml': '[project]\nname = "acme-sdk"\n\n[build-system]\nbuild-backend = "hatchling.build"\n',
      Pipfile: '[packages]\naiohttp = "*"\n',
      'acme_sdk/__init__.py': '',
      'acme_sdk/main.py': 'from aiohttp import web\n\n\ndef create_app():\n    return web.Application()\n',
      'docker-compose.yml':
        'services:\n  app:\n    build: .\n    command: ["pipenv", "run", "pytest", "--cov", "acme_sdk"]\n',
    };
    expect(servicesFound(files)).toEqual(['.:library']);
    // the same image with a command that serves the distribution's app is its entry
    const served = {
      ...files,
      'docker-compose.yml':
        'services:\n  app:\n    build: .\n    command: ["python", "-m", "aiohttp.web", "acme_sdk.main:create_app"]\n',
    };
    expect(servicesFound(served)[0]).toMatch(/^\.:http:aiohttp/);
  });
});

describe('Wasp', () => {
  const app = {
    'main.wasp':
      'app todo {\n  wasp: { version: "^0.15.0" },\n  title: "todo"\n}\n\nquery getTasks {\n  fn: import { getTasks } from "@src/queries",\n  entities: [Task]\n}\n',
    'src/queries.ts':
      'import type { GetTasks } from "wasp/server/operations";\n\nexport const getTasks: GetTasks = async (_args, context) => context.entities.Task.findMany();\n',
  };
  const manifest = (scripts?: Record<string, string>) =>
    JSON.stringify({
      name: 'todo',
      dependencies: { react: '^18.2.0', wasp: 'file:.wasp/out/sdk/wasp' },
      ...(scripts ? { scripts } : {}),
    });

  it('an app taking the generated SDK as `wasp` is a server candidate; `wasp start` starts it', () => {
    // the package's script and the app file (main.wasp, which the Wasp CLI starts: l32) both say so
    expect(servicesFound({ ...app, 'package.json': manifest({ start: 'wasp start' }) })).toEqual([
      '.:http:Wasp:start: wasp start + start: wasp start',
    ]);
    // l32 (issue 25): the app declared in main.wasp is the server `wasp start` generates and runs, so the
    // folder is started with no script of its own (before: a README's `wasp start` alone left it no-entry)
    expect(servicesFound({ ...app, 'package.json': manifest(), 'README.md': 'Run `wasp start`.\n' })).toEqual([
      '.:http:Wasp:start: wasp start',
    ]);
  });
});

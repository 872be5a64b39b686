import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';
import { publishedLibraries, sdkDemo } from '../../src/detect/sdk-demos.js';
import { adapterPackage } from '../../src/detect/adapter-packages.js';
import { oneOffCommand } from '../../src/detect/one-off-commands.js';
import { strayServerProjects } from '../../src/detect/command-project-strays.js';
import type { CodeFact, ImportRef, Manifest } from '../../src/model/facts.js';

// Issue 25, what is not a service (trap31): an SDK repository's example apps and bots outside an examples folder; a
// framework's published adapter packages; compose services that run a one-off task; a Django
// project nothing runs that holds a server started by hand.
// Each with the real service that looks like it as a control.

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures', name);
const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
const report = (name: string) => analyze({ root: fixture(name), settings, now: new Date('2026-12-07') });

describe("an SDK's example apps and bots outside an examples folder", () => {
  it('takes the apps using its published packages that nothing deploys for examples, and the one compose runs for a service', async () => {
    const r = await report('sdk-demo-apps');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind}`)).toEqual(['demo-store python http']);
    const not = (p: string) => r.notServices.find((n) => n.path === p);
    expect(not('sample-app')?.reason).toBe('examples');
    expect(not('sample-app')?.why).toBe(
      "an example of the repository's own distribution acme-pay (pyproject.toml) in sample-app/, which uses it (sample-app/requirements.txt): no Dockerfile, compose file, Procfile or platform file runs it",
    );
    // a bot that imports the SDK installed from the checkout (`pip install -e ..`): its import says so
    expect(not('demo_bot')?.reason).toBe('demo');
    expect(not('demo_bot')?.why).toContain('which uses it (demo_bot/bot.py:6)');
    expect(not('sdk-examples/express-checkout')?.reason).toBe('examples');
    expect(not('sdk-examples/express-checkout')?.why).toContain(
      'own package @acme/pay (packages/acme-pay-js/package.json)',
    );
  });

  const manifest = (dir: string, extra: Partial<Manifest>): Manifest =>
    ({ dir, file: `${dir === '.' ? '' : `${dir}/`}x`, dependencies: [], ...extra }) as unknown as Manifest;
  const sdk = manifest('.', {
    kind: 'pyproject',
    ecosystem: 'python',
    name: 'acme-pay',
    buildBackend: 'setuptools.build_meta',
    indexMetadata: 'classifiers',
  });
  const libraries = publishedLibraries([sdk], new Set(['acme_pay', 'tests']));
  const app = (dir: string, deployed = false) => ({ dir, backend: 'python' as const, manifests: [], deployed });
  const importing = (dir: string): ImportRef[] => [
    { module: 'acme_pay', ecosystem: 'python', file: `${dir}/app.py`, line: 3 },
  ];

  it('names the distribution by its packages and asks for a demo word, a use of it and no deployment', () => {
    expect(libraries.map((l) => [l.name, l.modules])).toEqual([['acme-pay', ['acme_pay', 'tests']]]);
    expect(sdkDemo(app('playground'), libraries, importing)?.reason).toBe('playground');
    expect(sdkDemo(app('sample_bot'), libraries, importing)?.reason).toBe('examples');
    // deployed by a Dockerfile, compose file, Procfile or platform file: a service
    expect(sdkDemo(app('demo-store', true), libraries, importing)).toBeUndefined();
    // no demo word, or no use of the repository's own package: not this rule's
    expect(sdkDemo(app('checkout'), libraries, importing)).toBeUndefined();
    expect(sdkDemo(app('demo-api'), libraries, () => [])).toBeUndefined();
    // a package that is not published (no index metadata) makes no SDK repository
    expect(publishedLibraries([{ ...sdk, indexMetadata: undefined } as Manifest], new Set(['acme_pay']))).toEqual([]);
  });
});

describe("a framework's published adapter packages", () => {
  it('takes adapters nothing in the repository runs for libraries, and the site its netlify.toml deploys for a service', async () => {
    const r = await report('framework-adapters');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind}`)).toEqual(['site node function']);
    const not = (p: string) => r.notServices.find((n) => n.path === p);
    // the platform is a regular dependency: trap30's peer-dependency rule does not see it
    expect(not('packages/adapter-netlify')?.reason).toBe('library');
    expect(not('packages/adapter-netlify')?.why).toBe(
      "a published adapter package (@sprig/adapter-netlify, packages/adapter-netlify/package.json) that fits its users' apps to Netlify Functions: no platform file, deployment file or start script in the repository runs it",
    );
    expect(not('packages/adapter-express')?.reason).toBe('library');
    expect(not('packages/adapter-express')?.why).toContain("fits its users' apps to Express");
  });

  const pkg = (dir: string, name: string, shape: Partial<NonNullable<Manifest['package']>> = {}): Manifest =>
    ({
      kind: 'package.json',
      dir,
      file: `${dir}/package.json`,
      name,
      dependencies: [],
      package: { private: false, publishes: true, bin: false, ...shape },
    }) as Manifest;

  it('asks for an adapter word in its folder or name, a published shape and nothing running it', () => {
    const at = (dir: string, m: Manifest, run = false) => adapterPackage({ dir, manifests: [m], run })?.name;
    expect(at('adapters/vercel', pkg('adapters/vercel', 'sprig-vercel'))).toBe('sprig-vercel');
    expect(at('packages/cf', pkg('packages/cf', '@sprig/integration-cloudflare'))).toBe(
      '@sprig/integration-cloudflare',
    );
    // a start script, a deployment file or an image runs it: not this rule's
    expect(at('packages/adapter-node', pkg('packages/adapter-node', 'a'), true)).toBeUndefined();
    // private, or npm init's lone main: an app, not a published adapter
    expect(at('packages/adapter-node', pkg('packages/adapter-node', 'a', { private: true }))).toBeUndefined();
    expect(at('packages/adapter-node', pkg('packages/adapter-node', 'a', { onlyMain: 'index.js' }))).toBeUndefined();
    // no adapter word: a published package's other rules decide
    expect(at('packages/netlify-site', pkg('packages/netlify-site', 'site'))).toBeUndefined();
  });
});

describe('compose services that run a one-off task', () => {
  it('takes no entry from a migration, a test run, an admin task or a lint run, and keeps the server a migration precedes', async () => {
    const r = await report('compose-one-offs');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind}`)).toEqual([
      'api python http',
      'jobs python worker',
      'reports python http',
      'web node http',
    ]);
    const details = (p: string) =>
      r.services.filter((s) => s.path === p).flatMap((s) => s.evidence!.entry.map((e) => e.detail));
    expect(details('api').filter((d) => /api-(?:migrate|tests|admin)/.test(d))).toEqual([]);
    expect(details('web').filter((d) => d.includes('web-lint'))).toEqual([]);
    // the worker's lint task made it a Flask service beside its worker: now its Flask serves nothing
    expect(r.notServices.find((n) => n.path === 'jobs')?.reason).toBe('no-entry');
    expect(details('reports').some((d) => d.includes('runs uvicorn reports.main:app'))).toBe(true);
  });

  const testRunner = (step: string) => /^(?:pytest|jest)\b/.test(step);
  it('asks every step of the command to be a task or a preparing step', () => {
    for (const command of [
      'alembic upgrade head',
      'python manage.py migrate --noinput',
      '["python", "src/manage.py", "collectstatic", "--noinput"]',
      'sh -c "pip install -r requirements-dev.txt && pytest -q"',
      'make test',
      'npm run lint',
      'yarn typecheck',
      'npx prisma migrate deploy',
      'flask db upgrade',
      'sh -c "sleep 5 && python -m mypy app"',
    ])
      expect(oneOffCommand(command, testRunner), command).toBe(true);
    for (const command of [
      'alembic upgrade head && uvicorn app.main:app',
      'sh -c "python manage.py migrate && gunicorn proj.wsgi"',
      'npm start',
      'npm run start:watch',
      'npm run preview',
      'make run',
      'celery -A app worker',
      'sleep 5',
      'python manage.py runserver 0.0.0.0:8000',
    ])
      expect(oneOffCommand(command, testRunner), command).toBe(false);
  });
});

describe('a Django project nothing runs, holding a server started by hand', () => {
  it('takes neither the project nor its experiment for a service, and keeps the project a Procfile runs', async () => {
    const r = await report('django-stray-servers');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind}`)).toEqual(['store python http']);
    const classroom = r.notServices.find((n) => n.path === 'classroom');
    expect(classroom?.reason).toBe('playground');
    expect(classroom?.why).toBe(
      'a Django-style project (manage.py) that nothing runs (no Dockerfile, compose file, Procfile, script or README), holding a server started by hand (classroom/classroom/live.py:13, serves WebSockets) that nothing runs either',
    );
    expect(r.services.find((s) => s.path === 'store')!.evidence!.entry.map((e) => e.file)).toContain('store/Procfile');
  });

  const start = (file: string, line = 3): CodeFact =>
    ({
      pattern: 'py-websockets-serve',
      kind: 'server-start',
      ecosystem: 'python',
      file,
      line,
      detail: 'serves WebSockets',
    }) as CodeFact;
  const none = () => false;
  it('asks that nothing runs any folder of the project and that the start serves something else than the project', () => {
    const programs = new Set(['shop']);
    const starts = [start('shop/shop/live.py')];
    expect([...strayServerProjects(programs, [{ dir: 'shop', run: false }], starts, none)]).toEqual([
      ['shop', { file: 'shop/shop/live.py', line: 3, detail: 'serves WebSockets' }],
    ]);
    // compose or a Procfile runs the project, or a README runs the experiment's folder: not this rule's
    expect(strayServerProjects(programs, [{ dir: 'shop', run: true }], starts, none).size).toBe(0);
    expect(
      strayServerProjects(
        programs,
        [
          { dir: 'shop', run: false },
          { dir: 'shop/shop', run: true },
        ],
        starts,
        none,
      ).size,
    ).toBe(0);
    // a script serving the project's own WSGI app (waitress) is its runner, not an experiment
    expect(strayServerProjects(programs, [{ dir: 'shop', run: false }], starts, () => true).size).toBe(0);
    // no server started by hand: the lone project is left to the other rules
    expect(strayServerProjects(programs, [{ dir: 'shop', run: false }], [start('other/live.py')], none).size).toBe(0);
  });
});

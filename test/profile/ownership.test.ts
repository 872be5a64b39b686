import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { facts } from '../support/facts.js';

describe('buildProfile: who owns what', () => {
  const f = facts()
    .manifest('package.json', 'node', ['express'])
    .code('src', 'TypeScript', 4, ['express'])
    .manifest('worker/requirements.txt', 'python', ['celery', 'pandas'])
    .code('worker', 'Python', 3, ['celery', 'pandas'])
    .manifest('research/requirements.txt', 'python', ['torch'])
    .code('research', 'Python', 2, ['torch'])
    .code('src/admin', 'TypeScript', 2, ['pg'])
    .service('.', 'node', ['Express'])
    .service('worker', 'python', ['Celery']);
  const profile = buildProfile(f.facts);
  const [root, worker] = profile.services;
  const ids = (signals: { id: string }[]) => signals.map((s) => s.id).sort();

  it('a nested service takes its files and manifests away from the outer one', () => {
    expect(ids(worker!.signals)).toEqual(expect.arrayContaining(['data', 'queue']));
    expect(ids(root!.signals)).not.toContain('queue');
    expect(ids(root!.signals)).not.toContain('data');
  });

  it('code of its own language in its folder is the service’s; another language’s project is not', () => {
    expect(ids(root!.signals)).toContain('concurrency');
    expect(ids(root!.signals)).not.toContain('ml');
    expect(ids(worker!.signals)).not.toContain('ml');
    expect(profile.components).toEqual([
      {
        path: 'research',
        backend: 'python',
        files: 2,
        signals: [expect.objectContaining({ id: 'ml' })],
        reason: 'no-server',
        why: 'no server, worker or function: no framework among its runtime dependencies and no server started in its code',
      },
    ]);
  });

  it('languages are counted per service, from the code it runs', () => {
    expect(root!.languages).toEqual({ TypeScript: 12000 });
    expect(worker!.languages).toEqual({ Python: 6000 });
    expect(profile.languages).toEqual(f.facts.languages);
  });

  it('the repo sees all runtime code', () => {
    expect(ids(profile.signals)).toEqual(expect.arrayContaining(['data', 'ml', 'queue']));
  });

  it('a service keeps its path, backend and frameworks, in the facts order', () => {
    expect(profile.services.map((s) => [s.path, s.current, s.frameworks])).toEqual([
      ['.', 'node', ['Express']],
      ['worker', 'python', ['Celery']],
    ]);
  });

  it('files outside every service raise repo signals only', () => {
    const g = facts()
      .manifest('api/package.json', 'node', ['express'])
      .service('api', 'node', ['Express'])
      .manifest('research/requirements.txt', 'python', ['torch']);
    const p = buildProfile(g.facts);
    expect(ids(p.signals)).toContain('ml');
    expect(ids(p.services[0]!.signals)).not.toContain('ml');
  });

  it('tests, fixtures, examples, demos and docs are nobody’s evidence, not even the repo’s', () => {
    const g = facts()
      .manifest('package.json', 'node', ['express'])
      .code('src', 'TypeScript', 3, ['express'])
      .manifest('tests/fixtures/requirements.txt', 'python', ['torch'])
      .code('tests/fixtures', 'Python', 2, ['torch'])
      .code('examples/ml-demo', 'Python', 2, ['fastapi', 'transformers'])
      .code('demo', 'Python', 2, ['pandas'])
      .code('docs/snippets', 'Python', 1, ['sklearn'])
      .service('.', 'node', ['Express']);
    g.facts.sources.push({ path: 'src/app.test.ts', language: 'TypeScript', size: 900 });
    g.facts.imports.push({ module: 'socket.io', ecosystem: 'node', file: 'src/app.test.ts', line: 1 });
    const p = buildProfile(g.facts);
    for (const signals of [p.signals, p.services[0]!.signals]) {
      expect(ids(signals)).not.toEqual(expect.arrayContaining(['ml']));
      expect(ids(signals)).not.toContain('data');
      expect(ids(signals)).not.toContain('realtime');
    }
    expect(p.components).toEqual([]);
    expect(p.services[0]!.languages).toEqual({ TypeScript: 6000 });
  });

  it('a service runs the workspace packages it depends on, and the scripts it spawns', () => {
    const g = facts()
      .manifest('apps/api/package.json', 'node', ['fastify', '@acme/realtime'])
      .code('apps/api/src', 'TypeScript', 3, ['fastify'])
      .manifest('packages/realtime/package.json', 'node', ['socket.io'])
      .code('packages/realtime/src', 'TypeScript', 1, ['socket.io'])
      .manifest('ml/requirements.txt', 'python', ['torch'])
      .code('ml', 'Python', 2, ['torch'])
      .spawn('apps/api/src/f0.ts', 'ml/f5.py')
      .service('apps/api', 'node', ['Fastify']);
    g.facts.projects.find((p) => p.dir === 'packages/realtime')!.name = '@acme/realtime';
    const p = buildProfile(g.facts);
    const api = p.services[0]!;
    expect(ids(api.signals)).toEqual(expect.arrayContaining(['ml', 'realtime']));
    const ml = api.signals.find((s) => s.id === 'ml')!;
    expect(ml.evidence.map((e) => e.detail).join('\n')).toContain('run by apps/api/src/f0.ts:3');
    expect(p.components).toEqual([]);
  });
});

describe('a script spawned outside every project of its language', () => {
  it('is the spawning service’s, and the other files of its folder are not', () => {
    const g = facts()
      .manifest('apps/api/package.json', 'node', ['fastify'])
      .code('apps/api/src', 'TypeScript', 3, ['fastify'])
      // scoring/f3.py and scoring/f4.py, no Python manifest above them: only f4 is spawned
      .code('scoring', 'Python', 2, ['torch'])
      .spawn('apps/api/src/f0.ts', 'scoring/f4.py')
      .service('apps/api', 'node', ['Fastify']);
    const p = buildProfile(g.facts);
    const ml = p.services[0]!.signals.find((s) => s.id === 'ml')!;
    // the script's own file only (the service starts it: the entry among its Python code)
    expect(ml.evidence.map((e) => `${e.file}: ${e.detail}`)).toEqual([
      'scoring/f4.py: torch imported in 1 of 1 runtime code files, the entry among them (run by apps/api/src/f0.ts:3)',
      'scoring/f4.py: imports torch (run by apps/api/src/f0.ts:3)',
    ]);
    expect(p.services[0]!.languages).toEqual({ TypeScript: 6000, Python: 2000 });
    expect(p.components.map((c) => [c.path, c.backend, c.files])).toEqual([['.', 'python', 1]]);
  });
});

describe('buildProfile is pure', () => {
  it('does not change its input and gives the same answer twice', () => {
    const f = facts()
      .manifest('package.json', 'node', ['express', 'socket.io'])
      .code('src', 'TypeScript', 12, ['socket.io'])
      .code('nb', 'Jupyter Notebook', 2, ['pandas'])
      .service('.', 'node', ['Express']);
    const before = structuredClone(f.facts);
    const a = buildProfile(f.facts);
    expect(f.facts).toEqual(before);
    expect(buildProfile(f.facts)).toEqual(a);
  });

  it('an empty repo has no services and no signals', () => {
    expect(buildProfile(facts().facts)).toEqual({ signals: [], services: [], components: [], languages: {} });
  });
});

describe('what a service spawns', () => {
  it('python-shell’s scriptPath names the folder of the scripts it runs', () => {
    const f = facts()
      .manifest('backend/package.json', 'node', ['express', 'python-shell'])
      .code('backend/routes', 'JavaScript', 2, ['express', 'python-shell'])
      .code('backend/ml', 'Python', 3, ['sklearn', 'pandas'])
      .service('backend', 'node', ['Express']);
    f.facts.codeFacts.push(
      {
        pattern: 'node-python-shell',
        kind: 'spawn',
        ecosystem: 'node',
        file: 'backend/routes/f0.js',
        line: 16,
        detail: 'runs Python through python-shell',
      },
      {
        pattern: 'node-python-shell-path',
        kind: 'script',
        ecosystem: 'node',
        file: 'backend/routes/f0.js',
        line: 11,
        detail: 'names the folder of its Python scripts: ml/',
        target: 'ml/',
      },
    );
    const p = buildProfile(f.facts);
    const ml = p.services[0]!.signals.find((s) => s.id === 'ml');
    expect(ml?.evidence.some((e) => e.detail.includes('run by backend/routes/f0.js:16'))).toBe(true);
    expect(p.services[0]!.languages.Python).toBe(6000);
    expect(p.components).toEqual([]);
  });
});

describe('buildProfile: a project lent to the service below it', () => {
  // a Django site run from manage.py's folder (`src`) under the project's requirements at the root
  const build = (lentTo: string[]) => {
    const f = facts()
      .manifest('requirements.txt', 'python', ['django', 'celery', 'pandas'])
      .code('.', 'Python', 2, ['pandas'])
      .code('src', 'Python', 4, ['django']);
    for (const path of lentTo) f.service(path, 'python', ['Django']);
    for (const s of f.facts.services) s.manifests = ['requirements.txt'];
    return buildProfile(f.facts);
  };
  const ids = (signals: { id: string }[]) => signals.map((s) => s.id);

  it('the project and its files are the one service’s', () => {
    const [site] = build(['src']).services;
    expect(ids(site!.signals)).toEqual(expect.arrayContaining(['data', 'queue']));
    expect(site!.languages).toEqual({ Python: 12000 });
  });

  it('lent to two services, the project is neither’s', () => {
    const [a, b] = build(['src', 'tools']).services;
    expect(ids(a!.signals)).not.toContain('data');
    expect(ids(b!.signals)).not.toContain('data');
  });
});

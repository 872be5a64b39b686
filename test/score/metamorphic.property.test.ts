import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/model/common.js';
import type { Facts, Manifest } from '../../src/model/facts.js';
import type { Signal } from '../../src/model/profile.js';
import type { Assessment } from '../../src/model/verdict.js';
import { buildProfile } from '../../src/profile/index.js';
import { assessRepo, DEFAULT_PARAMS } from '../../src/score/index.js';
import { facts } from '../support/facts.js';

/**
 * Metamorphic properties over generated services, built in memory: the verdict follows what a
 * service does, not its size, its production hardening or its security hygiene, and the same
 * work raises the same signals in either language. `npm run fuzz` sets FUZZ_RUNS; any seed holds.
 */
const RUNS = Number(process.env.FUZZ_RUNS) || 100;

/** One kind of work, as the same library would be written in each ecosystem. */
interface Workload {
  id: string;
  node: { pkg: string; module: string };
  python: { pkg: string; module: string };
  /** Written with the web framework's own API: a handler line per file (code facts), beside every file's route. */
  handler?: { node: string; python: string };
}

const WORKLOADS: Workload[] = [
  {
    id: 'websockets',
    node: { pkg: 'socket.io', module: 'socket.io' },
    python: { pkg: 'python-socketio', module: 'socketio' },
  },
  {
    id: 'sse',
    node: { pkg: 'better-sse', module: 'better-sse' },
    python: { pkg: 'sse-starlette', module: 'sse_starlette' },
  },
  {
    id: 'ml',
    node: { pkg: '@tensorflow/tfjs-node', module: '@tensorflow/tfjs-node' },
    python: { pkg: 'torch', module: 'torch' },
  },
  { id: 'llm', node: { pkg: 'openai', module: 'openai' }, python: { pkg: 'openai', module: 'openai' } },
  { id: 'data', node: { pkg: 'danfojs-node', module: 'danfojs-node' }, python: { pkg: 'pandas', module: 'pandas' } },
  { id: 'formats', node: { pkg: 'xlsx', module: 'xlsx' }, python: { pkg: 'openpyxl', module: 'openpyxl' } },
  { id: 'queue', node: { pkg: 'bullmq', module: 'bullmq' }, python: { pkg: 'celery', module: 'celery' } },
  { id: 'http', node: { pkg: 'axios', module: 'axios' }, python: { pkg: 'httpx', module: 'httpx' } },
  {
    id: 'stream',
    node: { pkg: '@confluentinc/kafka-javascript', module: '@confluentinc/kafka-javascript' },
    python: { pkg: 'confluent-kafka', module: 'confluent_kafka' },
  },
  { id: 'images', node: { pkg: 'sharp', module: 'sharp' }, python: { pkg: 'pillow', module: 'PIL' } },
  { id: 'auth', node: { pkg: 'jsonwebtoken', module: 'jsonwebtoken' }, python: { pkg: 'pyjwt', module: 'jwt' } },
  {
    id: 'framework websockets',
    node: { pkg: 'express', module: 'express' },
    python: { pkg: 'flask', module: 'flask' },
    handler: { node: 'node-bun-websocket', python: 'py-fastapi-websocket' },
  },
];

const FRAMEWORK: Record<Backend, { pkg: string; name: string }> = {
  node: { pkg: 'express', name: 'Express' },
  python: { pkg: 'flask', name: 'Flask' },
};

interface Feature {
  workload: number;
  /** Imported by the service's code, or only declared. */
  imported: boolean;
  files: number;
}

interface Spec {
  backend: Backend;
  features: Feature[];
  plain: number;
  size: number;
  /** Browser scripts beside a Python service (templates' JavaScript). */
  browserFiles: number;
}

const feature = fc.record({
  workload: fc.nat({ max: WORKLOADS.length - 1 }),
  imported: fc.boolean(),
  files: fc.integer({ min: 1, max: 3 }),
});
const spec = (backend?: Backend, features = fc.array(feature, { maxLength: 4 })): fc.Arbitrary<Spec> =>
  fc.record({
    backend: backend ? fc.constant(backend) : fc.constantFrom<Backend>('node', 'python'),
    features,
    plain: fc.integer({ min: 1, max: 8 }),
    size: fc.integer({ min: 300, max: 5000 }),
    browserFiles: fc.integer({ min: 0, max: 2 }),
  });

const LANGUAGE: Record<Backend, { name: string; ext: string }> = {
  node: { name: 'TypeScript', ext: 'ts' },
  python: { name: 'Python', ext: 'py' },
};

/** The service as Facts; every module written `repeat` times. */
function build(s: Spec, repeat = 1): Facts {
  const f: Facts = facts().facts;
  const { name, ext } = LANGUAGE[s.backend];
  const framework = FRAMEWORK[s.backend];
  const deps = [framework.pkg, ...s.features.map((x) => WORKLOADS[x.workload]![s.backend].pkg)];
  const manifest: Manifest = {
    kind: s.backend === 'node' ? 'package.json' : 'requirements',
    file: s.backend === 'node' ? 'package.json' : 'requirements.txt',
    dir: '.',
    ecosystem: s.backend,
    dependencies: [...new Set(deps)].map((d, i) => ({
      name: d,
      ecosystem: s.backend,
      dev: false,
      file: 'x',
      line: i + 1,
    })),
  };
  manifest.dependencies.forEach((d) => (d.file = manifest.file));
  f.manifests.push(manifest);
  const file = (path: string, language: string, size: number, modules: string[], ecosystem: Backend) => {
    f.sources.push({ path, language, size });
    f.languages[language] = (f.languages[language] ?? 0) + size;
    modules.forEach((module, line) => f.imports.push({ module, ecosystem, file: path, line: line + 1 }));
  };
  let n = 0;
  /** Every service file holds a route; a framework-native handler adds its line. */
  const route = (path: string, handler?: string) => {
    const at = { ecosystem: s.backend, file: path, detail: 'x' };
    f.codeFacts.push({ ...at, pattern: 'route', kind: 'route', line: 5 });
    if (handler)
      f.codeFacts.push({ ...at, pattern: handler, kind: 'handler', line: 9, signal: 'realtime', ceiling: 1 });
  };
  for (let r = 0; r < repeat; r++) {
    for (const x of s.features) {
      const workload = WORKLOADS[x.workload]!;
      const module = workload[s.backend].module;
      for (let i = 0; i < x.files; i++) {
        const path = `src/m${n++}.${ext}`;
        file(path, name, s.size, x.imported ? [framework.pkg, module] : [framework.pkg], s.backend);
        route(path, x.imported ? workload.handler?.[s.backend] : undefined);
      }
    }
    for (let i = 0; i < s.plain; i++) {
      const path = `src/m${n++}.${ext}`;
      file(path, name, s.size, [framework.pkg], s.backend);
      route(path);
    }
    for (let i = 0; i < s.browserFiles; i++) file(`static/b${n++}.js`, 'JavaScript', 800, [], 'node');
  }
  f.services.push({
    path: '.',
    current: s.backend,
    kind: 'http',
    frameworks: [framework.name],
    manifests: [manifest.file],
    evidence: [{ file: manifest.file, detail: framework.pkg }],
    entry: [{ file: manifest.file, detail: 'start script' }],
  });
  return f;
}

const assess = (f: Facts): Assessment => assessRepo(buildProfile(f), DEFAULT_PARAMS).repo;
const other = (b: Backend): Backend => (b === 'node' ? 'python' : 'node');
/** How far the other backend is ahead of the one in use (negative when behind). */
const lead = (a: Assessment, current: Backend) => a.scores[other(current)] - a.scores[current];

/** Production hardening of a service, on its own backend or with no ecosystem of its own. */
type Hardening = (f: Facts, backend: Backend) => void;
const dep = (f: Facts, name: string) => {
  const m = f.manifests[0]!;
  m.dependencies.push({ name, ecosystem: m.ecosystem!, dev: false, file: m.file, line: m.dependencies.length + 1 });
};
const importEverywhere = (f: Facts, module: string, ecosystem: Backend) => {
  for (const s of f.sources.filter((x) => x.language === LANGUAGE[ecosystem].name))
    f.imports.push({ module, ecosystem, file: s.path, line: 99 });
};
const deploy = (f: Facts, m: Omit<Manifest, 'dir' | 'dependencies'>) =>
  f.manifests.push({
    dir: m.file.includes('/') ? m.file.slice(0, m.file.lastIndexOf('/')) : '.',
    dependencies: [],
    ...m,
  });

const HARDENING: Record<string, Hardening> = {
  'gunicorn workers': (f, b) => {
    if (b === 'python') dep(f, 'gunicorn');
    deploy(f, {
      kind: 'procfile',
      file: 'Procfile',
      scripts: { web: b === 'python' ? 'gunicorn app:app -w 4' : 'node dist/server.js' },
    });
  },
  'uvicorn workers': (f, b) =>
    deploy(f, {
      kind: 'dockerfile',
      file: 'Dockerfile',
      scripts: { cmd: b === 'python' ? '["uvicorn", "app:app", "--workers", "4"]' : '["node", "server.js"]' },
    }),
  pm2: (f, b) => {
    if (b === 'node') {
      dep(f, 'pm2');
      deploy(f, { kind: 'procfile', file: 'Procfile', scripts: { web: 'pm2-runtime start server.js -i max' } });
    }
  },
  redis: (f, b) => {
    dep(f, b === 'node' ? 'ioredis' : 'redis');
    importEverywhere(f, b === 'node' ? 'ioredis' : 'redis', b);
  },
  autoscaler: (f) =>
    deploy(f, {
      kind: 'kubernetes',
      file: 'k8s/hpa.yaml',
      scaleOut: [
        { file: 'k8s/hpa.yaml', line: 3, detail: 'HorizontalPodAutoscaler' },
        { file: 'k8s/deploy.yaml', line: 9, detail: 'replicas: 3' },
      ],
    }),
  serverless: (f) => deploy(f, { kind: 'serverless', file: 'serverless.yml' }),
};

const SECURITY: Record<string, (f: Facts, b: Backend) => void> = {
  'security libraries': (f, b) => {
    for (const name of b === 'node' ? ['helmet', 'zod', 'jsonwebtoken'] : ['flask-talisman', 'pydantic', 'pyjwt'])
      dep(f, name);
    importEverywhere(f, b === 'node' ? 'helmet' : 'pydantic', b);
  },
  'a lockfile': (f, b) =>
    deploy(f, {
      kind: b === 'node' ? 'package-lock' : 'poetry-lock',
      file: b === 'node' ? 'package-lock.json' : 'poetry.lock',
      lockfile: true,
    }),
  "the other side's lockfile": (f, b) =>
    deploy(f, {
      kind: b === 'node' ? 'poetry-lock' : 'package-lock',
      file: b === 'node' ? 'poetry.lock' : 'package-lock.json',
      lockfile: true,
    }),
};

describe('metamorphic properties of the score', () => {
  it('growing a service by repeating its modules keeps its verdict and recommendation', () => {
    fc.assert(
      fc.property(spec(), fc.integer({ min: 2, max: 6 }), (s, times) => {
        const small = assess(build(s));
        const large = assess(build(s, times));
        expect({ verdict: large.verdict, recommended: large.recommended }).toEqual({
          verdict: small.verdict,
          recommended: small.recommended,
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('production hardening never increases the other backend’s lead', () => {
    const names = Object.keys(HARDENING);
    fc.assert(
      fc.property(spec(), fc.subarray(names, { minLength: 1 }), (s, picked) => {
        const before = assess(build(s));
        const f = build(s);
        for (const name of picked) HARDENING[name]!(f, s.backend);
        expect(lead(assess(f), s.backend), picked.join(', ')).toBeLessThanOrEqual(lead(before, s.backend));
      }),
      { numRuns: RUNS },
    );
  });

  it('security libraries or a lockfile move the gap by at most 1', () => {
    const names = Object.keys(SECURITY);
    fc.assert(
      fc.property(spec(), fc.subarray(names, { minLength: 1 }), (s, picked) => {
        const before = assess(build(s));
        const f = build(s);
        for (const name of picked) SECURITY[name]!(f, s.backend);
        expect(Math.abs(assess(f).gap - before.gap), picked.join(', ')).toBeLessThanOrEqual(1);
      }),
      { numRuns: RUNS },
    );
  });

  it('the same workload written in Node.js and in Python raises the same signals with the same strengths', () => {
    const workload = (signals: Signal[]) =>
      Object.fromEntries(
        signals
          .filter((x) => !['team-js', 'team-python', 'web-framework'].includes(x.id))
          .map((x) => [x.id, x.strength]),
      );
    fc.assert(
      // browser scripts are the Node.js service's own JavaScript but beside a Python one: none here,
      // so both services hold the same code
      fc.property(spec('node'), (generated) => {
        const s = { ...generated, browserFiles: 0 };
        const node = buildProfile(build(s)).services[0]!.signals;
        const python = buildProfile(build({ ...s, backend: 'python' })).services[0]!.signals;
        expect(workload(node)).toEqual(workload(python));
      }),
      { numRuns: RUNS },
    );
  });

  // Central work of the other kind is the drift to catch, whatever the team writes and however
  // the service is hardened for production (own-side tooling only: no opposing workload).
  const ownSide = ['queue', 'http', 'images', 'auth'].map((id) => WORKLOADS.findIndex((w) => w.id === id));
  const withCentral = (central: string) =>
    fc
      .tuple(
        fc.array(
          fc.record({
            workload: fc.constantFrom(...ownSide),
            imported: fc.boolean(),
            files: fc.integer({ min: 1, max: 3 }),
          }),
          {
            maxLength: 4,
          },
        ),
        fc.integer({ min: 1, max: 3 }),
      )
      .map(([rest, files]) => [
        { workload: WORKLOADS.findIndex((w) => w.id === central), imported: true, files },
        ...rest,
      ]);
  /** Central: the work of at least half the service's files (one import is not a workload). */
  const centralIn = (s: Spec): Spec => {
    const browser = s.backend === 'node' ? s.browserFiles : 0; // the Node.js service's own JavaScript
    const others = s.plain + browser + s.features.slice(1).reduce((n, x) => n + x.files, 0);
    return { ...s, features: s.features.map((x, i) => (i === 0 ? { ...x, files: Math.max(x.files, others) } : x)) };
  };

  it('ML run in-process in a Node.js service is review or mismatch, Python recommended', () => {
    fc.assert(
      fc.property(spec('node', withCentral('ml')), fc.subarray(Object.keys(HARDENING)), (s, picked) => {
        const f = build(centralIn(s));
        for (const name of picked) HARDENING[name]!(f, 'node');
        const a = assess(f);
        expect(['review', 'mismatch']).toContain(a.verdict);
        expect(a.recommended).toBe('python');
      }),
      { numRuns: RUNS },
    );
  });

  it('WebSockets at the core of a Python service, by library or by the framework’s own API, are review or mismatch, Node.js recommended', () => {
    const central = fc
      .constantFrom('websockets', 'framework websockets')
      .chain((id) => spec('python', withCentral(id)));
    fc.assert(
      fc.property(central, fc.subarray(Object.keys(HARDENING)), (s, picked) => {
        const f = build(centralIn(s));
        for (const name of picked) HARDENING[name]!(f, 'python');
        const a = assess(f);
        expect(['review', 'mismatch']).toContain(a.verdict);
        expect(a.recommended).toBe('node');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('one import is not a workload (issue 26)', () => {
  /** Libraries of CPU, data, ML and real-time work, with the signal each raises. */
  const WORK = [
    { signal: 'cpu', workload: 'images' },
    { signal: 'data', workload: 'data' },
    { signal: 'ml', workload: 'ml' },
    { signal: 'realtime', workload: 'websockets' },
  ].map((w) => ({ ...w, index: WORKLOADS.findIndex((x) => x.id === w.workload) }));
  const large = (backend?: Backend) =>
    spec(backend).chain((s) => fc.integer({ min: 50, max: 120 }).map((plain) => ({ ...s, plain })));
  const strengthOf = (f: Facts, id: string) =>
    buildProfile(f).services[0]!.signals.find((x) => x.id === id)?.strength ?? 0;
  /** One more file of the service, of any size a file of it has, importing the library. */
  const addFile = (f: Facts, s: Spec, module: string, size: number) => {
    const { name, ext } = LANGUAGE[s.backend];
    const path = `src/added.${ext}`;
    f.sources.push({ path, language: name, size });
    f.imports.push({ module, ecosystem: s.backend, file: path, line: 1 });
  };

  it('one more file that imports the library moves its signal by at most 0.3 and keeps a fits verdict', () => {
    fc.assert(
      fc.property(large(), fc.constantFrom(...WORK), fc.integer({ min: 300, max: 5000 }), (s, work, size) => {
        const before = build(s);
        const after = build(s);
        addFile(after, s, WORKLOADS[work.index]![s.backend].module, size);
        const moved = strengthOf(after, work.signal) - strengthOf(before, work.signal);
        expect(moved, work.signal).toBeLessThanOrEqual(0.3);
        if (assess(before).verdict === 'fits') expect(assess(after).verdict).toBe('fits');
      }),
      { numRuns: RUNS },
    );
  });

  it('the library as the work of most files is full strength', () => {
    fc.assert(
      fc.property(large(), fc.constantFrom(...WORK), (s, work) => {
        const most = { ...s, features: [{ workload: work.index, imported: true, files: s.plain + 1 }] };
        expect(strengthOf(build(most), work.signal), work.signal).toBe(1);
      }),
      { numRuns: RUNS },
    );
  });
});

import type { NotService } from '../../src/model/facts.js';
import type { Report, ServiceReport } from '../../src/model/report.js';
import type { Signal } from '../../src/model/profile.js';
import { CRITERIA } from '../../src/model/profile.js';
import type { Move, VerdictKind } from '../../src/model/verdict.js';

/** Effects in the score's reason shape, with the guide's sentences the knowledge cites. */
const EFFECTS = [
  ['realtime', 'node', 'a dynamic, real-time application that many simultaneous users keep open', 'guide L12'],
  ['concurrency', 'node', 'many simultaneous requests on a non-blocking, event-driven architecture', 'own reading'],
  ['ml', 'python', 'AI and machine learning work in the service itself', 'guide L13'],
  ['data', 'python', 'a data-centred application that leans on the data science ecosystem', 'guide L21'],
  ['team-js', 'node', 'a team already well-versed in JavaScript keeps its speed', 'guide L19'],
  ['django', 'python', 'out-of-the-box security features in the framework', 'guide L24b'],
] as const;
const NAMES = { node: 'Node.js', python: 'Python' } as const;

function signal(id: string, path: string, n: number): Signal {
  return {
    id,
    strength: 0.5 + (n % 5) / 10,
    ecosystem: n % 2 ? 'node' : 'python',
    evidence: Array.from({ length: 6 }, (_, i) => ({
      file: `${path}/src/${id}/module-${i}.${n % 2 ? 'ts' : 'py'}`,
      line: i + 1,
      detail: `imports ${id}-library-${i} for the ${id} work of this service`,
    })),
  };
}

function move(i: number, k: number): Move {
  const [signal, backend, why, cites] = EFFECTS[(i + k) % EFFECTS.length]!;
  return { signal, strength: (8 - k) / 10, points: 25 - k * 3, backend, why, cites };
}

function reason(i: number, path: string, k: number): string {
  const m = move(i, k);
  return `${m.signal} ${m.strength!.toFixed(2)} (${m.signal}-package ^4.7.2, ${path}/package.json:12; ${m.signal}-package imported in 3 of 40 code files, e.g. ${path}/src/${m.signal}/handlers/simultaneous-connections.ts): +${m.points} ${NAMES[m.backend]}: ${m.why} (${m.cites})`;
}

function service(i: number, verdict: VerdictKind): ServiceReport {
  const path = `services/${['payments', 'search', 'notifications', 'gateway', 'recommender', 'billing', 'accounts', 'media', 'analytics', 'chat'][i]}-service`;
  const gap = verdict === 'mismatch' ? 24 : verdict === 'review' ? 9 : 0;
  return {
    path,
    current: i % 3 === 2 ? 'python' : 'node',
    kind: 'http',
    frameworks: i % 3 === 2 ? ['FastAPI'] : ['Express', 'Socket.IO'],
    verdict,
    fitScore: 70 - gap,
    gap,
    scores: { node: 70 - gap, python: 70 },
    recommended: verdict === 'fits' ? 'either' : 'python',
    criteria: CRITERIA.map((id, c) => ({
      id,
      weight: c === 2 ? 3 : 1,
      node: 60 + c,
      python: 55 - c,
      reasons: [0, 1, 2, 3].map((k) => reason(c, path, k)),
      moves: [0, 1, 2, 3].map((k) => move(c, k)),
    })),
    evidence: {
      server: [{ file: `${path}/package.json`, line: 9, detail: 'Express: express ^4.21.1' }],
      entry: [{ file: `${path}/Dockerfile`, line: 12, detail: 'CMD ["node", "dist/server.js"]' }],
    },
    signals: ['realtime', 'ml', 'data', 'concurrency', 'team-js', 'security'].map((id, n) => signal(id, path, n + i)),
    ...(verdict !== 'fits'
      ? {
          plan: {
            towards: 'python',
            shape: 'split',
            areas: [
              {
                path: `${path}/src/ml`,
                folder: true,
                kinds: ['ml'],
                files: 31,
                bytes: 96_000,
                driftFiles: 29,
                libraries: ['torch', 'transformers'],
                reach: 'imports',
                evidence: [{ file: `${path}/src/ml/rank.py`, line: 1, detail: 'imports torch' }],
              },
            ],
            service: { files: 43, bytes: 130_000 },
            moves: { files: 31, bytes: 96_000, paths: [`${path}/src/ml`] },
            stays: { files: 12, bytes: 34_000, parts: ['routes', 'db'] },
            suggestion: `Serve ${path}/src/ml (31 files, 96 KB; torch, transformers) from a Python service and call it over HTTP; the other 12 files (routes, db) fit Node.js and stay.`,
            guide: 'Choose Python for AI, ML, or data-centered applications',
            stayingCost: 'Python leads in AI and data science',
            waiver: {
              service: path,
              reason: 'ML stays in Node.js until the Python service exists',
              expires: '2027-02-22',
              snippet: `waivers:\n  - service: ${path}\n    reason: ML stays in Node.js until the Python service exists\n    expires: 2027-02-22`,
            },
          },
        }
      : {}),
  } as ServiceReport;
}

function notService(path: string, reason: NotService['reason'], why: string): NotService {
  return {
    path,
    backend: 'node',
    reason,
    why,
    evidence: [{ file: `${path}/package.json`, line: 8, detail: 'Express: express ^4.21.1' }],
  };
}

/** A 10-service monorepo: 1 mismatch, 2 review, 7 fit; long reasons and evidence, warnings, a delta, non-services. */
export function monorepoReport(): Report {
  const verdicts: VerdictKind[] = [
    'fits',
    'review',
    'fits',
    'mismatch',
    'fits',
    'fits',
    'review',
    'fits',
    'fits',
    'fits',
  ];
  const services = verdicts.map((v, i) => service(i, v));
  const deciding = services[3]!;
  return {
    schemaVersion: 1,
    tool: { name: 'backend-fit', version: '0.1.0' },
    root: 'commerce',
    verdict: 'mismatch',
    current: 'both',
    recommended: 'python',
    fitScore: deciding.fitScore,
    gap: deciding.gap,
    scores: deciding.scores,
    criteria: deciding.criteria,
    signals: services.flatMap((s) => s.signals),
    services,
    languages: { TypeScript: 400_000, Python: 300_000 },
    policy: {
      failOn: 'mismatch',
      failed: true,
      reasons: [
        'services/gateway-service: mismatch: python scores 24 points above node (threshold 15, fail-on: mismatch)',
      ],
      waived: [],
      thresholds: { review: 5, mismatch: 15 },
    },
    delta: {
      baseRef: 'main',
      base: { verdict: 'review', fitScore: 55, scores: { node: 55, python: 70 } },
      changes: [
        {
          id: 'signal.ml',
          from: 0.2,
          to: 0.9,
          files: ['services/gateway-service/src/ml/embed.ts', 'services/gateway-service/package.json'],
        },
      ],
    },
    warnings: Array.from({ length: 12 }, (_, i) => ({
      file: `packages/legacy-${i}/package.json`,
      message: 'invalid JSON at line 4, column 3',
    })),
    stats: { files: 5_432, bytesRead: 12_000_000, durationMs: 2_100 },
    components: [{ path: 'research', backend: 'python', files: 22, signals: [{ id: 'ml', strength: 0.9 }] }],
    notServices: [
      ...['integration-tests', 'e2e', 'packages/test-utils'].map((path) =>
        notService(path, 'tests', 'inside a folder of tests'),
      ),
      ...['packages/sdk', 'packages/ui'].map((path) =>
        notService(path, 'library', 'a published package: not private, with main, and nothing that starts it'),
      ),
      notService('docs', 'docs', 'a documentation site'),
    ],
  } as Report;
}

import type { Report, ServiceReport } from '../../src/model/report.js';
import type { CriterionScore } from '../../src/model/verdict.js';
import { CRITERIA } from '../../src/model/profile.js';

export function criteria(node = 60, python = 55): CriterionScore[] {
  return CRITERIA.map((id, i) => ({
    id,
    weight: i === 2 ? 3 : 1,
    node: node + i,
    python: python - i,
    reasons: [`realtime 0.80 (socket.io ^4.7.2, package.json:12): +${i} Node.js: a real-time application (guide L12)`],
    moves: [
      {
        signal: 'realtime',
        strength: 0.8,
        points: i,
        backend: 'node',
        why: 'a real-time application',
        cites: 'guide L12',
      },
    ],
  }));
}

export function service(path: string, overrides: Partial<ServiceReport> = {}): ServiceReport {
  return {
    path,
    current: 'node',
    kind: 'http',
    frameworks: ['Express'],
    verdict: 'fits',
    fitScore: 70,
    gap: 0,
    scores: { node: 70, python: 52 },
    recommended: 'node',
    criteria: criteria(),
    signals: [
      {
        id: 'realtime',
        strength: 0.8,
        ecosystem: 'node',
        evidence: [{ file: `${path}/package.json`, line: 12, detail: 'socket.io ^4.7.2' }],
      },
    ],
    evidence: {
      server: [{ file: `${path}/package.json`, line: 9, detail: 'Express: express ^4.21.1' }],
      entry: [{ file: `${path}/package.json`, line: 5, detail: 'start: node dist/server.js' }],
    },
    ...overrides,
  };
}

/** A realistic monorepo report: three services, evidence, warnings, a policy block. */
export function sampleReport(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'backend-fit', version: '0.1.0' },
    root: 'shop',
    verdict: 'mismatch',
    current: 'both',
    recommended: 'python',
    fitScore: 41,
    gap: 24,
    scores: { node: 41, python: 65 },
    criteria: criteria(41, 65),
    signals: [
      {
        id: 'ml',
        strength: 0.86,
        ecosystem: 'python',
        evidence: [
          { file: 'services/api/ml/requirements.txt', line: 2, detail: 'torch==2.5.1' },
          { file: 'services/api/ml/train.py', line: 1, detail: 'imports torch' },
        ],
      },
      {
        id: 'realtime',
        strength: 0.4,
        ecosystem: 'node',
        evidence: [{ file: 'services/gateway/package.json', line: 9, detail: 'ws ^8.18.0' }],
      },
    ],
    services: [
      service('services/gateway'),
      service('services/api', {
        verdict: 'mismatch',
        fitScore: 41,
        gap: 24,
        scores: { node: 41, python: 65 },
        recommended: 'python',
        signals: [
          {
            id: 'ml',
            strength: 0.86,
            ecosystem: 'python',
            evidence: [{ file: 'services/api/ml/train.py', line: 1, detail: 'imports torch' }],
          },
        ],
      }),
      service('services/recommender', {
        current: 'python',
        frameworks: ['FastAPI'],
        scores: { node: 40, python: 77 },
        fitScore: 77,
        recommended: 'python',
      }),
    ],
    components: [{ path: 'research', backend: 'python', files: 14, signals: [{ id: 'ml', strength: 0.9 }] }],
    notServices: [
      {
        path: 'integration-tests/http',
        backend: 'node',
        reason: 'tests',
        why: 'inside a folder of tests',
        evidence: [{ file: 'integration-tests/http/package.json', line: 8, detail: 'Express: express ^4.21.1' }],
      },
    ],
    languages: { TypeScript: 120_000, Python: 80_000 },
    policy: {
      failOn: 'mismatch',
      failed: true,
      reasons: ['services/api: mismatch (gap 24 > 15)'],
      waived: [],
      thresholds: { review: 5, mismatch: 15 },
    },
    warnings: [{ file: 'services/legacy/package.json', message: 'invalid JSON at line 4, column 3' }],
    stats: { files: 1234, bytesRead: 3_200_000, durationMs: 840 },
    ...overrides,
  };
}

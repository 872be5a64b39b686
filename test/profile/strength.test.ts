import { describe, expect, it } from 'vitest';
import {
  CENTRALITY,
  DEV_DEPENDENCY_FACTOR,
  FILE_SIGNALS,
  SIGNAL_RULES,
  ceilingOf,
} from '../../src/knowledge/signals.js';
import { buildProfile, centrality, combine, notebookStrength, packageStrength } from '../../src/profile/index.js';
import { facts } from '../support/facts.js';

const baseOf = (signal: string, ecosystem: 'node' | 'python', pkg: string) =>
  SIGNAL_RULES.find((r) => r.signal === signal && r.ecosystem === ecosystem && r.packages.includes(pkg))!.base;
const strength = (f: ReturnType<typeof facts>, id: string, where: 'repo' | number = 'repo') => {
  const p = buildProfile(f.facts);
  const signals = where === 'repo' ? p.signals : p.services[where]!.signals;
  return signals.find((s) => s.id === id)?.strength;
};
const r2 = (n: number) => Math.round(n * 100) / 100;

describe('packageStrength', () => {
  it('is the base while nothing imports it, and the ceiling times how central the work is once code does', () => {
    expect(packageStrength(0.4, 1, 0)).toBe(0.4);
    expect(packageStrength(0.4, 1, 1)).toBe(1);
    expect(packageStrength(0.15, 0.3, 1)).toBe(0.3);
    expect(packageStrength(0, 1, 0.2)).toBe(0.2);
    // neither a ceiling nor a peripheral use takes a declared dependency below its base
    expect(packageStrength(0.4, 0.3, 1)).toBe(0.4);
    expect(packageStrength(0.4, 1, 0.1)).toBe(0.4);
  });
});

describe('centrality', () => {
  const reach = (files: number, codeFiles: number, entry = false, bytes = files, codeBytes = codeFiles) => ({
    files,
    codeFiles,
    bytes,
    codeBytes,
    entry,
  });
  it('grows with the share of files and bytes that use the work, full at CENTRALITY.fullShare', () => {
    expect(centrality(reach(0, 10))).toBe(0);
    expect(centrality(reach(1, 387))).toBeLessThan(0.05);
    expect(centrality(reach(1, 20))).toBeCloseTo(0.05 / CENTRALITY.fullShare);
    expect(centrality(reach(5, 20))).toBe(1);
    expect(centrality(reach(20, 20))).toBe(1);
  });
  it('one large file among many small ones, or many tiny ones, is not the workload alone', () => {
    expect(centrality(reach(1, 50, false, 5000, 5000 + 49 * 300))).toBeCloseTo(0.02 / CENTRALITY.fullShare);
    expect(centrality(reach(10, 40, false, 10 * 50, 40 * 3000))).toBeLessThan(0.1);
  });
  it('the entry file (or a script the service starts) using it puts it on every path: at least CENTRALITY.entry', () => {
    expect(centrality(reach(1, 387, true))).toBe(CENTRALITY.entry);
    expect(centrality(reach(20, 20, true))).toBe(1);
  });
});

describe('combine', () => {
  it('joins independent sources like probabilities, never above 1', () => {
    expect(combine()).toBe(0);
    expect(combine(0.3)).toBeCloseTo(0.3);
    expect(combine(0.3, 0.3)).toBeCloseTo(0.51);
    expect(combine(1, 0.2)).toBe(1);
    expect(combine(2, -1)).toBe(1);
  });
});

describe('signal strength in a profile', () => {
  const socketBase = baseOf('realtime', 'node', 'socket.io');

  it('a declared dependency alone gives its base', () => {
    const f = facts().manifest('package.json', 'node', ['socket.io']).code('src', 'TypeScript', 10);
    expect(strength(f, 'realtime')).toBe(socketBase);
  });

  it('imported by the runtime code, it is as strong as the work is central: one import is not a workload', () => {
    const withOthers = (others: number) =>
      strength(
        facts()
          .manifest('package.json', 'node', ['socket.io'])
          .code('src', 'TypeScript', 1, ['socket.io'])
          .code('src', 'TypeScript', others),
        'realtime',
      );
    expect(withOthers(0)).toBe(1);
    expect(withOthers(3)).toBe(1);
    expect(withOthers(19)).toBeLessThan(1);
    // declared and barely used: the declaration's base
    expect(withOthers(500)).toBe(socketBase);
    const undeclared = facts().code('app', 'Python', 1, ['PIL']).code('app', 'Python', 214);
    expect(strength(undeclared, 'cpu')).toBeLessThan(0.05);
  });

  it('a gRPC server’s thread pool is I/O plumbing, not CPU work', () => {
    const f = facts().code('app', 'Python', 1, ['grpc', 'concurrent']).code('app', 'Python', 2);
    expect(strength(f, 'cpu')).toBeUndefined();
  });

  it('file-format helpers stay at their lower ceiling: a CSV upload is not a data-centred application', () => {
    const rule = SIGNAL_RULES.find((r) => r.signal === 'data' && r.packages.includes('papaparse'))!;
    expect(ceilingOf(rule)).toBeLessThan(0.5);
    const f = facts().manifest('package.json', 'node', ['papaparse']).code('src', 'JavaScript', 3, ['papaparse']);
    expect(strength(f, 'data')).toBe(ceilingOf(rule));
    const py = facts().manifest('requirements.txt', 'python', ['openpyxl']).code('app', 'Python', 3, ['openpyxl']);
    expect(strength(py, 'data')).toBe(ceilingOf(rule));
  });

  it('a dev-only dependency counts much less', () => {
    const f = facts().manifest('package.json', 'node', ['dev:socket.io']).code('src', 'TypeScript', 10);
    expect(strength(f, 'realtime')).toBeCloseTo(socketBase * DEV_DEPENDENCY_FACTOR, 2);
  });

  it('a runtime declaration wins over a dev one of the same package', () => {
    const f = facts()
      .manifest('package.json', 'node', ['dev:socket.io'])
      .manifest('server/package.json', 'node', ['socket.io']);
    expect(strength(f, 'realtime')).toBe(socketBase);
  });

  it('audit tooling counts in full as a dev dependency: that is where it belongs', () => {
    const tool = facts().manifest('requirements-dev.txt', 'python', ['dev:bandit']);
    const lib = facts().manifest('requirements-dev.txt', 'python', ['dev:flask-talisman']);
    expect(strength(tool, 'security')).toBe(baseOf('security', 'python', 'bandit'));
    expect(strength(lib, 'security')).toBe(r2(baseOf('security', 'python', 'flask-talisman') * DEV_DEPENDENCY_FACTOR));
  });

  it('imports of an undeclared package count like declared ones: the code runs it', () => {
    const f = facts().code('app', 'Python', 1, ['torch']).code('app', 'Python', 3);
    expect(strength(f, 'ml')).toBe(1);
  });

  it('Python import names that differ from the package name are recognised', () => {
    for (const module of ['sklearn', 'cv2', 'PIL']) {
      const f = facts().code('app', 'Python', 2, [module]);
      const p = buildProfile(f.facts);
      expect(p.signals.length, module).toBeGreaterThan(0);
    }
    const f = facts().code('app', 'Python', 2, ['sklearn']);
    expect(strength(f, 'ml')).toBeGreaterThan(0);
  });

  it('lockfiles do not declare what the project uses, but pin it: security, not realtime', () => {
    const f = facts()
      .manifest('package.json', 'node', ['express'])
      .manifest('package-lock.json', 'node', ['ws', 'socket.io'], { kind: 'package-lock', lockfile: true });
    const p = buildProfile(f.facts);
    expect(p.signals.find((s) => s.id === 'realtime')).toBeUndefined();
    expect(p.signals.find((s) => s.id === 'security')).toMatchObject({
      strength: FILE_SIGNALS.lockfileStrength,
      ecosystem: 'node',
      evidence: [{ file: 'package-lock.json', detail: 'lockfile package-lock.json', kind: 'setting' }],
    });
  });

  it('notebooks raise data whatever their number, Python-side', () => {
    expect(notebookStrength(0)).toBe(0);
    expect(notebookStrength(1)).toBe(FILE_SIGNALS.notebookStrength);
    expect(notebookStrength(100)).toBe(FILE_SIGNALS.notebookStrength);
    const f = facts().code('nb', 'Jupyter Notebook', 2);
    const p = buildProfile(f.facts);
    expect(p.signals.find((s) => s.id === 'data')).toMatchObject({
      strength: FILE_SIGNALS.notebookStrength,
      ecosystem: 'python',
    });
  });

  it('a signal speaks for its stronger ecosystem: the other side neither adds to it nor is its evidence', () => {
    const f = facts()
      .manifest('package.json', 'node', ['better-sse'])
      .manifest('requirements.txt', 'python', ['channels', 'celery'])
      .code('app', 'Python', 5, ['channels'])
      .manifest('web/package.json', 'node', ['bullmq']);
    const p = buildProfile(f.facts);
    const realtime = p.signals.find((s) => s.id === 'realtime')!;
    expect(realtime).toMatchObject({ ecosystem: 'python', strength: 1 });
    expect(realtime.evidence.map((e) => e.file)).not.toContain('package.json');
    // equal strengths: a tie goes to Node.js, and the Python queue is not its evidence
    const queue = p.signals.find((s) => s.id === 'queue')!;
    expect(queue.strength).toBe(baseOf('queue', 'node', 'bullmq'));
    expect(queue.evidence.every((e) => e.file === 'web/package.json')).toBe(true);
  });

  it('in a service, practices and production tooling count only from its own backend', () => {
    const f = facts()
      .manifest('requirements.txt', 'python', ['flask', 'celery'])
      .code('app', 'Python', 3, ['flask', 'celery'])
      .manifest('web/package.json', 'node', ['axios', 'zod', 'pm2', 'bullmq', 'react'])
      .code('web/src', 'TypeScript', 6, ['axios', 'zod', 'react'])
      .manifest('web/package-lock.json', 'node', [], { kind: 'package-lock', lockfile: true })
      .service('.', 'python', ['Flask']);
    const signals = buildProfile(f.facts).services[0]!.signals;
    const byId = new Map(signals.map((s) => [s.id, s]));
    for (const id of ['concurrency', 'security', 'scale-out']) expect(byId.get(id), id).toBeUndefined();
    expect(byId.get('queue')).toMatchObject({ ecosystem: 'python', strength: 1 });
    expect(byId.get('queue')!.evidence.every((e) => !e.file.startsWith('web/'))).toBe(true);
    // the frontend is code the service does not run: the repo's, listed apart
    expect(byId.get('frontend')).toBeUndefined();
    expect(buildProfile(f.facts).components.map((c) => c.path)).toEqual(['web']);
  });

  it('signals are sorted strongest first', () => {
    const f = facts()
      .manifest('package.json', 'node', ['socket.io', 'helmet', 'bullmq'])
      .code('src', 'TypeScript', 5, ['socket.io']);
    const list = buildProfile(f.facts).signals.map((s) => s.strength);
    expect(list).toEqual([...list].sort((a, b) => b - a));
  });
});

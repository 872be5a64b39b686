import { describe, expect, it } from 'vitest';
import {
  DEV_DEPENDENCY_FACTOR,
  FILE_SIGNALS,
  SATURATION_SHARE,
  SIGNAL_RULES,
  UNDECLARED_IMPORT_BASE_FACTOR,
} from '../../src/knowledge/signals.js';
import { buildProfile, combine, notebookStrength, packageStrength } from '../../src/profile/index.js';
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
  it('is the base alone without imports, and full at the saturation share', () => {
    expect(packageStrength(0.4, 0, 10)).toBe(0.4);
    expect(packageStrength(0.4, 0, 0)).toBe(0.4);
    expect(packageStrength(0.4, 100 * SATURATION_SHARE, 100)).toBe(1);
    expect(packageStrength(0.4, 100, 100)).toBe(1);
  });

  it('grows linearly with the share of importing files up to saturation', () => {
    // share 0.1 of saturation 0.2: half the way from the base to 1
    expect(packageStrength(0.4, 10, 100)).toBeCloseTo(0.4 + 0.6 * (0.1 / SATURATION_SHARE));
    expect(packageStrength(0.4, 5, 100)).toBeLessThan(packageStrength(0.4, 10, 100));
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

  it('grows with the share of the code that imports it, and saturates', () => {
    const few = facts()
      .manifest('package.json', 'node', ['socket.io'])
      .code('src', 'TypeScript', 1, ['socket.io'])
      .code('src', 'TypeScript', 19);
    expect(strength(few, 'realtime')).toBe(r2(packageStrength(socketBase, 1, 20)));
    const many = facts()
      .manifest('package.json', 'node', ['socket.io'])
      .code('src', 'TypeScript', 14, ['socket.io'])
      .code('src', 'TypeScript', 6);
    expect(strength(many, 'realtime')).toBe(1);
    expect(strength(few, 'realtime')!).toBeGreaterThan(socketBase);
  });

  it('a dev-only dependency counts much less', () => {
    const f = facts().manifest('package.json', 'node', ['dev:socket.io']).code('src', 'TypeScript', 10);
    expect(strength(f, 'realtime')).toBe(r2(socketBase * DEV_DEPENDENCY_FACTOR));
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

  it('imports of an undeclared package still count, from a lower base', () => {
    const f = facts().code('app', 'Python', 1, ['torch']).code('app', 'Python', 99);
    const base = baseOf('ml', 'python', 'torch') * UNDECLARED_IMPORT_BASE_FACTOR;
    expect(strength(f, 'ml')).toBe(r2(packageStrength(base, 1, 100)));
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
      evidence: [{ file: 'package-lock.json', detail: 'lockfile package-lock.json' }],
    });
  });

  it('notebooks raise data with their number, Python-side', () => {
    expect(notebookStrength(0)).toBe(0);
    expect(notebookStrength(1)).toBeCloseTo(
      FILE_SIGNALS.notebookBase + (1 - FILE_SIGNALS.notebookBase) / FILE_SIGNALS.notebooksForFullData,
    );
    expect(notebookStrength(FILE_SIGNALS.notebooksForFullData)).toBe(1);
    expect(notebookStrength(100)).toBe(1);
    const f = facts().code('nb', 'Jupyter Notebook', 2);
    const p = buildProfile(f.facts);
    expect(p.signals.find((s) => s.id === 'data')).toMatchObject({
      strength: r2(notebookStrength(2)),
      ecosystem: 'python',
    });
  });

  it('signals from both ecosystems combine, and the stronger side names the ecosystem', () => {
    const f = facts()
      .manifest('package.json', 'node', ['better-sse'])
      .manifest('requirements.txt', 'python', ['channels'])
      .code('app', 'Python', 5, ['channels']);
    const p = buildProfile(f.facts);
    const realtime = p.signals.find((s) => s.id === 'realtime')!;
    expect(realtime.ecosystem).toBe('python');
    expect(realtime.strength).toBe(
      r2(
        combine(
          baseOf('realtime', 'node', 'better-sse'),
          packageStrength(baseOf('realtime', 'python', 'channels'), 5, 5),
        ),
      ),
    );
  });

  it('signals are sorted strongest first', () => {
    const f = facts()
      .manifest('package.json', 'node', ['socket.io', 'helmet', 'bullmq'])
      .code('src', 'TypeScript', 5, ['socket.io']);
    const list = buildProfile(f.facts).signals.map((s) => s.strength);
    expect(list).toEqual([...list].sort((a, b) => b - a));
  });
});

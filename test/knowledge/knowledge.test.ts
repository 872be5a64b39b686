import { describe, expect, it } from 'vitest';
import { EFFECTS, pullsTowards } from '../../src/knowledge/effects.js';
import { SERVERS } from '../../src/knowledge/servers/index.js';
import { GUIDE, OWN_READING } from '../../src/knowledge/guide.js';
import { SIGNALS, SIGNAL_IDS, SIGNAL_RULES, ceilingOf, type SignalId } from '../../src/knowledge/signals.js';
import { CRITERIA, FIXED_SIGNALS } from '../../src/model/profile.js';
import { buildProfile } from '../../src/profile/index.js';
import { facts } from '../support/facts.js';

describe('signal records', () => {
  for (const rule of SIGNAL_RULES) {
    it(`${rule.signal} (${rule.ecosystem}, ${rule.why}): every package raises it, and so does every import`, () => {
      expect(rule.base).toBeGreaterThan(0);
      expect(rule.base).toBeLessThanOrEqual(ceilingOf(rule));
      expect(ceilingOf(rule)).toBeLessThanOrEqual(1);
      for (const name of rule.packages) {
        const f = facts().manifest(rule.ecosystem === 'node' ? 'package.json' : 'requirements.txt', rule.ecosystem, [
          name,
        ]);
        const signal = buildProfile(f.facts).signals.find((s) => s.id === rule.signal);
        expect(signal, name).toBeDefined();
        expect(signal!.evidence[0]!.detail, name).toContain(name);
      }
      for (const module of rule.imports ?? rule.packages) {
        const f = facts().code('.', rule.ecosystem === 'node' ? 'TypeScript' : 'Python', 4, [module]);
        expect(buildProfile(f.facts).signals.find((s) => s.id === rule.signal)?.strength, module).toBe(ceilingOf(rule));
      }
    });
  }

  it('each record is filed under its own id', () => {
    for (const id of SIGNAL_IDS) expect(SIGNALS[id].id).toBe(id);
  });

  it('every effect moves a criterion of the article and cites a sentence of the guide or says it is its own reading', () => {
    for (const e of EFFECTS) {
      expect(CRITERIA).toContain(e.criterion);
      expect(e.guide === OWN_READING || e.guide in GUIDE, `${e.signal} ${e.criterion}`).toBe(true);
      expect(e.why.length).toBeGreaterThan(0);
    }
  });

  it('own readings stay small: at most 5 points each', () => {
    for (const e of EFFECTS.filter((x) => x.guide === OWN_READING))
      expect(e.points, `${e.signal} ${e.criterion}`).toBeLessThanOrEqual(5);
  });

  it('security practices move no score; only Django’s built-in security does', () => {
    const scored = EFFECTS.filter((e) => e.criterion === 'security' && e.points > 0);
    expect(scored.map((e) => e.signal)).toEqual(['django']);
    expect(scored[0]!.guide).toBe('L24b');
    expect(EFFECTS.filter((e) => e.signal === 'security').every((e) => e.points === 0)).toBe(true);
  });

  it('practices and production tooling count for the side that has them, never for the other', () => {
    const ownSide: SignalId[] = ['security', 'scale-out', 'concurrency', 'queue'];
    for (const id of ownSide) {
      for (const e of EFFECTS.filter((x) => x.signal === id)) expect(e.favours, `${id} ${e.criterion}`).toBe('own');
      expect(pullsTowards({ id, ecosystem: 'python' }, 'node')).toBe(false);
      expect(pullsTowards({ id, ecosystem: 'node' }, 'python')).toBe(false);
    }
  });

  it('the same work raises the same base and ceiling in both ecosystems', () => {
    for (const id of SIGNAL_IDS) {
      const sources = SIGNALS[id].packages;
      for (const why of new Set(sources.map((p) => p.why))) {
        const same = sources.filter((p) => p.why === why);
        if (new Set(same.map((p) => p.ecosystem)).size < 2) continue;
        expect(new Set(same.map((p) => `${p.base}/${ceilingOf(p)}`)).size, `${id}: ${why}`).toBe(1);
      }
    }
  });

  it('the fixed signal ids exist', () => {
    for (const id of FIXED_SIGNALS) expect(SIGNAL_IDS).toContain(id);
  });

  it('server records: unique ids and names, full-stack ones carry their server routes', () => {
    expect(new Set(SERVERS.map((r) => r.id)).size).toBe(SERVERS.length);
    expect(new Set(SERVERS.map((r) => r.name)).size).toBe(SERVERS.length);
    for (const r of SERVERS.filter((x) => x.role === 'fullstack')) expect(r.routes?.length, r.name).toBeGreaterThan(0);
  });

  it('server records: a package belongs to one record per ecosystem', () => {
    for (const ecosystem of ['node', 'python'] as const) {
      const packages = SERVERS.flatMap((r) => r[ecosystem]?.packages ?? []);
      expect(new Set(packages).size, ecosystem).toBe(packages.length);
    }
  });
});

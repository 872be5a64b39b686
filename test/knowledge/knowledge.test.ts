import { describe, expect, it } from 'vitest';
import { EFFECTS } from '../../src/knowledge/effects.js';
import { FRAMEWORKS } from '../../src/knowledge/frameworks.js';
import { SIGNAL_RULES } from '../../src/knowledge/signals.js';
import { CRITERIA, FIXED_SIGNALS } from '../../src/model/profile.js';
import { buildProfile } from '../../src/profile/index.js';
import { facts } from '../support/facts.js';

/** Signals that come from files, languages or services rather than from the package table. */
const DERIVED = new Set(['team-js', 'team-python', 'web-framework', 'django']);

describe('signal knowledge', () => {
  for (const rule of SIGNAL_RULES) {
    it(`${rule.signal} (${rule.ecosystem}): every package raises it, and so does every import`, () => {
      expect(CRITERIA).toContain(rule.criterion);
      expect(rule.base).toBeGreaterThan(0);
      expect(rule.base).toBeLessThanOrEqual(1);
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
        expect(buildProfile(f.facts).signals.find((s) => s.id === rule.signal)?.strength, module).toBeGreaterThan(0);
      }
    });
  }

  it('every effect names a signal that something raises, and a criterion of the article', () => {
    const raised = new Set([...SIGNAL_RULES.map((r) => r.signal), ...DERIVED, 'data', 'security', 'scale-out']);
    for (const e of EFFECTS) {
      expect(raised, e.signal).toContain(e.signal);
      expect(CRITERIA).toContain(e.criterion);
      expect(e.article).toMatch(/^[a-z -]+: /);
    }
  });

  it('the fixed signal ids exist', () => {
    const ids = new Set(SIGNAL_RULES.map((r) => r.signal));
    for (const id of FIXED_SIGNALS) expect(ids).toContain(id);
  });

  it('frameworks: unique names, full-stack ones carry their server routes', () => {
    expect(new Set(FRAMEWORKS.map((f) => f.name)).size).toBe(FRAMEWORKS.length);
    for (const f of FRAMEWORKS.filter((x) => x.role === 'fullstack'))
      expect(f.routes?.length, f.name).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { EFFECTS } from '../../src/knowledge/effects.js';
import { FILE_SIGNAL_RULES, type FileSignalRule } from '../../src/knowledge/signals.js';
import type { Facts, Manifest } from '../../src/model/facts.js';
import { buildProfile } from '../../src/profile/index.js';
import { facts } from '../support/facts.js';

/** The smallest Facts that hold the fact a rule looks at. */
function minimalFacts(rule: FileSignalRule): Facts[] {
  const f = () => facts().facts;
  const withManifest = (m: Partial<Manifest> & Pick<Manifest, 'kind' | 'file'>): Facts => {
    const x = f();
    x.manifests.push({ dir: '.', dependencies: [], ...m });
    return x;
  };
  switch (rule.fact.kind) {
    case 'notebooks':
      return [facts().code('.', 'Jupyter Notebook', 1).facts];
    case 'manifest':
      return rule.fact.manifests.map((kind) => withManifest({ kind, file: `x.${kind}` }));
    case 'scale-setting':
      return [
        withManifest({ kind: 'compose', file: 'compose.yaml', scaleOut: [{ file: 'compose.yaml', detail: 'x' }] }),
      ];
    case 'command': {
      const label = rule.fact.label;
      const command = /pm2/.test(label)
        ? 'pm2 start a.js -i 4'
        : /Celery/.test(label)
          ? 'celery -A t worker -c 4'
          : 'gunicorn a:b -w 4';
      return [withManifest({ kind: 'procfile', file: 'Procfile', scripts: { web: command } })];
    }
  }
}

describe('file and deployment knowledge', () => {
  for (const rule of FILE_SIGNAL_RULES) {
    it(`${rule.fact.kind} -> ${rule.signal}: ${rule.why}`, () => {
      expect(rule.strength).toBeGreaterThan(0);
      expect(rule.strength).toBeLessThanOrEqual(1);
      expect(EFFECTS.some((e) => e.signal === rule.signal)).toBe(true);
      for (const f of minimalFacts(rule)) {
        const signal = buildProfile(f).signals.find((s) => s.id === rule.signal);
        expect(signal, JSON.stringify(f.manifests)).toBeDefined();
        expect(signal!.strength).toBeGreaterThanOrEqual(rule.strength);
        if (rule.ecosystem) expect(signal!.ecosystem).toBe(rule.ecosystem);
        // a fact with no ecosystem of its own belongs to the service it deploys
        const svc = structuredClone(f);
        const current = rule.ecosystem ?? 'python';
        svc.services.push({ path: '.', current, kind: 'http', frameworks: [], manifests: [], evidence: [], entry: [] });
        const inService = buildProfile(svc).services[0]!.signals.find((s) => s.id === rule.signal);
        expect(inService!.ecosystem).toBe(current);
      }
    });
  }
});

import { describe, expect, it } from 'vitest';
import { planServices } from '../../src/plan/index.js';
import { buildProfile } from '../../src/profile/index.js';
import { assessRepo, DEFAULT_PARAMS } from '../../src/score/index.js';
import { facts } from '../support/facts.js';

/** A service of `folders` × 50 files, 5 per folder importing an ML library: one area per folder. */
function timePlan(folders: number): { ms: number; areas: number } {
  const f = facts().manifest('package.json', 'node', ['express', '@tensorflow/tfjs-node']);
  for (let d = 0; d < folders; d++) {
    f.code(`src/m${d}`, 'TypeScript', 45, ['express'], 500);
    f.code(`src/m${d}`, 'TypeScript', 5, ['@tensorflow/tfjs-node'], 500);
  }
  f.service('.', 'node', ['Express']);
  const profile = buildProfile(f.facts);
  const assessments = assessRepo(profile, DEFAULT_PARAMS).services.map((a) => ({ ...a, verdict: 'review' as const }));
  const started = performance.now();
  const [plan] = planServices(profile, assessments, f.facts, new Date('2026-11-24'));
  return { ms: performance.now() - started, areas: plan!.areas.length };
}

describe('plan: scale', () => {
  it('grows about linearly with the files of a service (8x the files: far under the 64x of a quadratic pass)', () => {
    timePlan(50); // warm up
    const small = timePlan(100);
    const large = timePlan(800);
    expect(small.areas).toBe(500);
    expect(large.areas).toBe(4000);
    // linear is ~8x, a quadratic pass (areas × files) ~64x; the margin absorbs a shared machine's noise
    expect(large.ms / Math.max(small.ms, 1)).toBeLessThan(30);
  }, 60_000);
});

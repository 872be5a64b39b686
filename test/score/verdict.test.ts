import { describe, expect, it } from 'vitest';
import {
  assessment,
  DEFAULT_PARAMS,
  recommend,
  scoreCriteria,
  verdictOf,
  weightedScores,
  worst,
} from '../../src/score/index.js';
import type { CriterionScore } from '../../src/model/verdict.js';

const crit = (id: CriterionScore['id'], weight: number, node: number, python: number): CriterionScore => ({
  id,
  weight,
  node,
  python,
  reasons: [],
  moves: [],
});

describe('verdict arithmetic', () => {
  it('weighted mean, rounded', () => {
    // (3*80 + 1*40) / 4 = 70 ; (3*50 + 1*61) / 4 = 52.75 -> 53
    expect(weightedScores([crit('use-case', 3, 80, 50), crit('security', 1, 40, 61)])).toEqual({
      node: 70,
      python: 53,
    });
    expect(weightedScores([crit('use-case', 0, 80, 50)])).toEqual({ node: 50, python: 50 });
  });

  it('thresholds: gap 5 fits, 6 and 15 review, 16 mismatch', () => {
    expect(verdictOf(0, DEFAULT_PARAMS)).toBe('fits');
    expect(verdictOf(5, DEFAULT_PARAMS)).toBe('fits');
    expect(verdictOf(6, DEFAULT_PARAMS)).toBe('review');
    expect(verdictOf(15, DEFAULT_PARAMS)).toBe('review');
    expect(verdictOf(16, DEFAULT_PARAMS)).toBe('mismatch');
    expect(verdictOf(16, { ...DEFAULT_PARAMS, thresholds: { review: 10, mismatch: 20 } })).toBe('review');
  });

  it('recommended is either within the margin', () => {
    expect(recommend({ node: 60, python: 55 }, DEFAULT_PARAMS)).toBe('either');
    expect(recommend({ node: 60, python: 54 }, DEFAULT_PARAMS)).toBe('node');
    expect(recommend({ node: 40, python: 54 }, DEFAULT_PARAMS)).toBe('python');
  });

  it('fitScore is the current backend score and gap the best other minus it', () => {
    const a = assessment([crit('use-case', 1, 40, 62)], 'node', DEFAULT_PARAMS);
    expect(a).toMatchObject({
      fitScore: 40,
      gap: 22,
      verdict: 'mismatch',
      recommended: 'python',
      scores: { node: 40, python: 62 },
    });
    const b = assessment([crit('use-case', 1, 70, 62)], 'node', DEFAULT_PARAMS);
    expect(b).toMatchObject({ fitScore: 70, gap: 0, verdict: 'fits', recommended: 'node' });
    expect(assessment([crit('use-case', 1, 70, 62)], 'none', DEFAULT_PARAMS)).toMatchObject({
      verdict: 'unknown',
      fitScore: 0,
      gap: 0,
    });
  });

  it('worst: mismatch over review over fits, then larger gap', () => {
    const fits = assessment([crit('use-case', 1, 70, 70)], 'node', DEFAULT_PARAMS);
    const review = assessment([crit('use-case', 1, 60, 70)], 'node', DEFAULT_PARAMS);
    const review2 = assessment([crit('use-case', 1, 56, 70)], 'node', DEFAULT_PARAMS);
    expect(worst([fits, review, review2])).toBe(review2);
    expect(worst([])).toBeUndefined();
  });

  it('criteria reasons add up to the numbers', () => {
    const criteria = scoreCriteria(
      [
        {
          id: 'realtime',
          strength: 0.5,
          ecosystem: 'node',
          evidence: [{ file: 'package.json', line: 3, detail: 'socket.io ^4' }],
        },
      ],
      DEFAULT_PARAMS.weights,
    );
    const useCase = criteria.find((c) => c.id === 'use-case')!;
    // realtime -> use-case favours node by 40 points at full strength: 50 + 40 * 0.5
    expect(useCase).toMatchObject({ node: 70, python: 50, weight: 3 });
    expect(useCase.reasons).toEqual([
      'realtime 0.50 (socket.io ^4, package.json:3): +20 Node.js: a real-time application (guide L12)',
    ]);
    const team = criteria.find((c) => c.id === 'team-skills')!;
    expect(team).toMatchObject({ node: 50, python: 55 });
    for (const c of criteria) {
      const sum = (b: 'Node.js' | 'Python') =>
        50 +
        c.reasons.map((r) => new RegExp(`\\+([\\d.]+) ${b}`).exec(r)).reduce((s, m) => s + (m ? Number(m[1]) : 0), 0);
      expect(c.node).toBe(Math.min(100, Math.round(sum('Node.js'))));
      expect(c.python).toBe(Math.min(100, Math.round(sum('Python'))));
    }
  });
});

describe('verdicts a build depends on', () => {
  const scores = [crit('use-case', 1, 30, 80)];

  it('a folder with both a Node.js and a Python backend is unknown, never a mismatch', () => {
    expect(assessment(scores, 'both', DEFAULT_PARAMS)).toMatchObject({
      verdict: 'unknown',
      current: 'both',
      recommended: 'python',
      fitScore: 0,
      gap: 0,
      scores: { node: 30, python: 80 },
    });
    expect(assessment(scores, 'none', DEFAULT_PARAMS)).toMatchObject({ verdict: 'unknown', current: 'none' });
  });

  it('the repository verdict: a fitting service outweighs one whose backend is unknown', () => {
    const fits = assessment([crit('use-case', 1, 70, 70)], 'node', DEFAULT_PARAMS);
    const unknown = assessment(scores, 'both', DEFAULT_PARAMS);
    expect(worst([unknown, fits])).toBe(fits);
    expect(worst([fits, unknown])).toBe(fits);
  });

  it('the repository verdict: the verdict decides before the gap', () => {
    // its contract: the verdict orders first, whatever the gaps say
    const mismatch = { ...assessment(scores, 'node', DEFAULT_PARAMS), verdict: 'mismatch' as const, gap: 16 };
    const review = { ...mismatch, verdict: 'review' as const, gap: 20 };
    expect(worst([mismatch, review])).toBe(mismatch);
    expect(worst([review, mismatch])).toBe(mismatch);
  });
});

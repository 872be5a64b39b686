import type { Backend } from '../model/common.js';
import type {
  Assessment,
  CriterionScore,
  Current,
  Recommended,
  ScoreParams,
  Scores,
  VerdictKind,
} from '../model/verdict.js';

/** `scores.X` = Σ(weight × criterion.X) / Σ weight, rounded (BRIEF, "The model", step 5). */
export function weightedScores(criteria: CriterionScore[]): Scores {
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  const mean = (backend: Backend) =>
    total > 0 ? Math.round(criteria.reduce((sum, c) => sum + c.weight * c[backend], 0) / total) : 50;
  return { node: mean('node'), python: mean('python') };
}

export function recommend(scores: Scores, params: ScoreParams): Recommended {
  if (Math.abs(scores.node - scores.python) <= params.eitherMargin) return 'either';
  return scores.node > scores.python ? 'node' : 'python';
}

/** fits when gap <= review; review when review < gap <= mismatch; mismatch above. */
export function verdictOf(gap: number, params: ScoreParams): VerdictKind {
  if (gap <= params.thresholds.review) return 'fits';
  return gap <= params.thresholds.mismatch ? 'review' : 'mismatch';
}

export function assessment(criteria: CriterionScore[], current: Current, params: ScoreParams): Assessment {
  const scores = weightedScores(criteria);
  const recommended = recommend(scores, params);
  if (current === 'none' || current === 'both') {
    return { verdict: 'unknown', current, recommended, fitScore: 0, gap: 0, scores, criteria };
  }
  const fitScore = scores[current];
  const gap = Math.max(0, scores[current === 'node' ? 'python' : 'node'] - fitScore);
  return { verdict: verdictOf(gap, params), current, recommended, fitScore, gap, scores, criteria };
}

const SEVERITY: Record<VerdictKind, number> = { unknown: 0, fits: 1, review: 2, mismatch: 3 };

/** The worst of several assessments: mismatch > review > fits, then the larger gap. */
export function worst(list: Assessment[]): Assessment | undefined {
  return list.reduce<Assessment | undefined>(
    (w, a) =>
      !w || SEVERITY[a.verdict] > SEVERITY[w.verdict] || (SEVERITY[a.verdict] === SEVERITY[w.verdict] && a.gap > w.gap)
        ? a
        : w,
    undefined,
  );
}

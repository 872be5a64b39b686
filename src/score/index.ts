/**
 * Score: the article's six criteria from the profile's signals, then the verdict.
 *
 * 0. Signals (src/profile) have a strength in 0..1 that grows with how much of the code uses
 *    them; the knowledge tables (src/knowledge/signals.ts) say which package or file raises which.
 * 1. Each criterion (one module per criterion in ./criteria/) starts at 50 for Node.js and for
 *    Python. The effects table (src/knowledge/effects.ts) says, for each signal, which criterion
 *    it moves, towards which backend (`own`: the ecosystem that raised it) and by how many points
 *    at full strength; a signal of strength s adds `round1(points × s)`. The article's
 *    unconditional leanings are baselines. Sums are clamped to 0..100 and rounded; each
 *    addition is one reason line, so the number can be recomputed from the reasons.
 * 2. `scores.X` = Σ(weight × criterion.X) / Σ weight, rounded (weights below, configurable).
 * 3. `fitScore = scores[current]`, `gap = best other - fitScore` (0 when current is best);
 *    fits <= 5 < review <= 15 < mismatch (configurable); `recommended` is the higher score, or
 *    `either` within 5 points.
 * 4. The repo's verdict, fitScore, gap, scores and criteria are its worst service's (mismatch >
 *    review > fits, then the larger gap); `current` is `both` when services differ. With no
 *    service it is `unknown` with fitScore and gap 0, and the repo-wide scores still say what
 *    would fit.
 */
import type { CriterionId, Profile, ServiceProfile } from '../model/profile.js';
import type { Assessment, ScoreParams } from '../model/verdict.js';
import { CRITERION_MODELS, scoreCriteria } from './criteria/index.js';
import { assessment, worst } from './verdict.js';

export { CRITERION_MODELS, scoreCriteria, scoreCriterion, type CriterionModel } from './criteria/index.js';
export { assessment, recommend, verdictOf, weightedScores, worst } from './verdict.js';

/**
 * Weights come from the criteria modules (src/score/criteria/*.ts), each with its reason from
 * the article: the use case weighs most (3, the answer "depends entirely on your project
 * requirements"), then team skills (2) and performance needs (1.5), which the article's last
 * question names; scalability, ecosystem and security, where it finds both strong, weigh 1.
 * Thresholds and the either margin are the BRIEF's.
 */
export const DEFAULT_PARAMS: ScoreParams = {
  weights: Object.fromEntries(CRITERION_MODELS.map((c) => [c.id, c.weight])) as Record<CriterionId, number>,
  thresholds: { review: 5, mismatch: 15 },
  eitherMargin: 5,
};

/**
 * One service's assessment. Repo-wide context reaches it through its signals (the profile
 * blends the repo's team share into each service's), so `profile` is not read here.
 */
export function assessService(service: ServiceProfile, _profile: Profile, params: ScoreParams): Assessment {
  return {
    path: service.path,
    kind: service.kind,
    ...assessment(scoreCriteria(service.signals, params.weights), service.current, params),
  };
}

export function assessRepo(profile: Profile, params: ScoreParams): { repo: Assessment; services: Assessment[] } {
  const services = profile.services.map((s) => assessService(s, profile, params));
  const decisive = worst(services);
  if (!decisive) {
    return { repo: assessment(scoreCriteria(profile.signals, params.weights), 'none', params), services };
  }
  const backends = new Set(profile.services.map((s) => s.current));
  const current = backends.size > 1 ? 'both' : decisive.current;
  return { repo: { ...decisive, current }, services };
}

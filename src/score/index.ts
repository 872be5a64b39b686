/**
 * Score: the article's six criteria from the profile's signals, then the verdict.
 *
 * 1. Each criterion starts at 50 for Node.js and for Python. The effects table
 *    (src/knowledge/effects.ts) says, for each signal, which criterion it moves, towards which
 *    backend and by how many points at full strength; a signal of strength s adds points × s.
 *    The article's own leanings are baselines. Sums are capped to 0..100 and rounded.
 * 2. `scores.X` is the weighted mean of the criteria (weights below, configurable).
 * 3. `fitScore = scores[current]`, `gap = best other - fitScore` (0 when current is best);
 *    fits <= 5 < review <= 15 < mismatch (configurable); `recommended` is the higher score, or
 *    `either` within 5 points.
 * 4. The repo's verdict is its worst service's; with no service it is `unknown`, and the
 *    repo-wide scores still say what would fit.
 */
import type { Profile, ServiceProfile } from '../model/profile.js';
import type { Assessment, ScoreParams } from '../model/verdict.js';
import { scoreCriteria } from './criteria.js';
import { assessment, worst } from './verdict.js';

export { scoreCriteria } from './criteria.js';
export { assessment, recommend, verdictOf, weightedScores, worst } from './verdict.js';

/**
 * Weights: the article answers "it depends entirely on your project requirements", so the use
 * case weighs most (3); it then names "team skills" and "performance needs" as what the choice
 * must align with (2 and 1.5); scalability, ecosystem and security are "both are strong" (1).
 */
export const DEFAULT_PARAMS: ScoreParams = {
  weights: { performance: 1.5, scalability: 1, 'use-case': 3, 'team-skills': 2, ecosystem: 1, security: 1 },
  thresholds: { review: 5, mismatch: 15 },
  eitherMargin: 5,
};

export function assessService(service: ServiceProfile, _profile: Profile, params: ScoreParams): Assessment {
  return assessment(scoreCriteria(service.signals, params.weights), service.current, params);
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

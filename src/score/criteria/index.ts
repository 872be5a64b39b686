import type { CriterionId, Signal } from '../../model/profile.js';
import type { CriterionScore } from '../../model/verdict.js';
import { ecosystem } from './ecosystem.js';
import type { CriterionModel } from './model.js';
import { performance } from './performance.js';
import { scalability } from './scalability.js';
import { scoreCriterion } from './score.js';
import { security } from './security.js';
import { teamSkills } from './team-skills.js';
import { useCase } from './use-case.js';

export type { CriterionModel } from './model.js';
export { scoreCriterion } from './score.js';

/** The article's six criteria, in its order (CRITERIA). */
export const CRITERION_MODELS: readonly CriterionModel[] = [
  performance,
  scalability,
  useCase,
  teamSkills,
  ecosystem,
  security,
];

/** Every criterion from one scope's signals, in CRITERIA order, with the given weights. */
export function scoreCriteria(signals: Signal[], weights: Record<CriterionId, number>): CriterionScore[] {
  return CRITERION_MODELS.map((model) => scoreCriterion(model, signals, weights[model.id]));
}

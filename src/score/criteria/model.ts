import { BASELINES, EFFECTS, type Effect } from '../../knowledge/effects.js';
import type { Citation, GuideId } from '../../knowledge/guide.js';
import type { Backend } from '../../model/common.js';
import type { CriterionId } from '../../model/profile.js';

/** One of the article's six criteria: what the article says about it, and how much it weighs by default. */
export interface CriterionModel {
  id: CriterionId;
  /** The article's stance on this criterion, in brief. */
  article: string;
  /** Default weight in the weighted mean (ScoreParams.weights). */
  weight: number;
  /** Why this weight, from the article. */
  weightWhy: string;
  /** The guide's sentence the weight follows. */
  guide: GuideId;
  /** The rows of the effects table that move this criterion. */
  effects: readonly Effect[];
  /** The article's unconditional leanings on this criterion, before any signal. */
  baselines: readonly { favours: Backend; points: number; guide: Citation; why: string }[];
}

/** A criterion's model, with its rows of the shared effects and baselines tables. */
export function criterionModel(
  id: CriterionId,
  about: { article: string; weight: number; weightWhy: string; guide: GuideId },
): CriterionModel {
  return {
    id,
    ...about,
    effects: EFFECTS.filter((e) => e.criterion === id),
    baselines: BASELINES.filter((b) => b.criterion === id),
  };
}

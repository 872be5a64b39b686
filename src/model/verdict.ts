import type { Backend } from './common.js';
import type { CriterionId } from './profile.js';

export type VerdictKind = 'fits' | 'review' | 'mismatch' | 'unknown';
export type Recommended = Backend | 'either';
export type Current = Backend | 'both' | 'none';

export interface Scores {
  node: number;
  python: number;
}

export interface CriterionScore {
  id: CriterionId;
  weight: number;
  node: number;
  python: number;
  /** One line each, naming the signals (and files) behind the numbers. */
  reasons: string[];
}

/** Scoring parameters; the config file can set them. */
export interface ScoreParams {
  weights: Record<CriterionId, number>;
  thresholds: { review: number; mismatch: number };
  /** Scores within this many points recommend `either`. */
  eitherMargin: number;
}

export interface Assessment {
  verdict: VerdictKind;
  current: Current;
  recommended: Recommended;
  fitScore: number;
  /** Best other score minus fitScore. */
  gap: number;
  scores: Scores;
  criteria: CriterionScore[];
}

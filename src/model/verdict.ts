import type { Backend, ServiceKind } from './common.js';
import type { CriterionId } from './profile.js';

export type VerdictKind = 'fits' | 'review' | 'mismatch' | 'unknown';
export type Recommended = Backend | 'either';
export type Current = Backend | 'both' | 'none';

export interface Scores {
  node: number;
  python: number;
}

/** One addition to a criterion's score: a signal's effect or a guide baseline. */
export interface Move {
  /** The signal id, or `baseline` for the guide's own leaning. */
  signal: string;
  strength?: number;
  points: number;
  backend: Backend;
  /** What the guide says, in a few words (`a real-time application`). */
  why: string;
  /** `guide L12`, or `own reading` where the guide is silent. */
  cites: string;
}

export interface CriterionScore {
  id: CriterionId;
  weight: number;
  node: number;
  python: number;
  /** One line each, naming the signals (and files) behind the numbers. */
  reasons: string[];
  /** The same additions as data, biggest first (hygiene lines, which add nothing, left out). */
  moves: Move[];
}

/** Scoring parameters; the config file can set them. */
export interface ScoreParams {
  weights: Record<CriterionId, number>;
  thresholds: { review: number; mismatch: number };
  /** Scores within this many points recommend `either`. */
  eitherMargin: number;
}

export interface Assessment {
  /** The service's folder, for a service's assessment (results of stages are paired by path, backend and kind). */
  path?: string;
  /** The service's kind, for a service's assessment (with path and backend, its key). */
  kind?: ServiceKind;
  verdict: VerdictKind;
  current: Current;
  recommended: Recommended;
  fitScore: number;
  /** Best other score minus fitScore. */
  gap: number;
  scores: Scores;
  criteria: CriterionScore[];
}

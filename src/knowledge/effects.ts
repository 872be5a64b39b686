import type { Backend } from '../model/common.js';
import type { CriterionId } from '../model/profile.js';
import type { Citation } from './guide.js';
import { SIGNALS, SIGNAL_IDS, type SignalEffect, type SignalId } from './signals/index.js';

/**
 * How each signal moves each of the article's criteria, from the signal records: every
 * criterion starts at NEUTRAL_SCORE for both backends; an effect adds `points × strength` to
 * the backend it favours (`own`: the ecosystem that raised the signal). Zero-point effects are
 * hygiene: reported, never scored.
 */
export interface Effect extends SignalEffect {
  signal: SignalId;
}

export const EFFECTS: readonly Effect[] = SIGNAL_IDS.flatMap((id) =>
  SIGNALS[id].effects.map((e) => ({ signal: id, ...e })),
);

/** The guide's own leanings, before any signal. */
export const BASELINES: readonly {
  criterion: CriterionId;
  favours: Backend;
  points: number;
  guide: Citation;
  why: string;
}[] = [
  { criterion: 'team-skills', favours: 'python', points: 5, guide: 'L19', why: 'Python wins for ease of learning' },
];

/** Start of every criterion for both backends. */
export const NEUTRAL_SCORE = 50;

/** Whether a signal pulls towards `backend`: one of its scored effects favours it, directly or as the signal's own ecosystem. */
export function pullsTowards(signal: { id: string; ecosystem?: Backend }, backend: Backend): boolean {
  return EFFECTS.some(
    (e) =>
      e.points > 0 &&
      e.signal === signal.id &&
      (e.favours === backend || (e.favours === 'own' && signal.ecosystem === backend)),
  );
}

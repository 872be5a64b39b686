import { FILE_SIGNALS } from '../knowledge/signals.js';

/**
 * Strength of a signal from packages: what the service does, not how many of its files do it.
 * A library its runtime code imports is at the rule's `ceiling` (1 unless the rule says less);
 * a dependency declared but never imported stays at `base` (dev-only: less, see signals.ts).
 */
export function packageStrength(base: number, ceiling: number, imported: boolean): number {
  return imported ? Math.max(base, ceiling) : base;
}

/** Strength of `data` from notebooks: exploratory work in the scope, whatever their number. */
export function notebookStrength(n: number): number {
  return n > 0 ? FILE_SIGNALS.notebookStrength : 0;
}

/** Independent contributions to one signal combine like probabilities: 1 - Π(1 - s). */
export function combine(...strengths: number[]): number {
  return 1 - strengths.reduce((rest, s) => rest * (1 - Math.max(0, Math.min(1, s))), 1);
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

import { FILE_SIGNALS, SATURATION_SHARE } from '../knowledge/signals.js';

/**
 * Strength of a signal from packages: the declared dependency gives `base`, and the share of
 * the code that imports the signal's modules fills the rest, reaching 1 when `SATURATION_SHARE`
 * of the code files import them: `base + (1 - base) * min(1, share / SATURATION_SHARE)`.
 */
export function packageStrength(base: number, importingFiles: number, codeFiles: number): number {
  const share = codeFiles > 0 ? importingFiles / codeFiles : 0;
  return base + (1 - base) * Math.min(1, share / SATURATION_SHARE);
}

/**
 * Strength of `data` from `n` notebooks: `notebookBase` plus an equal step per notebook up to
 * `notebooksForFullData`: `notebookBase + (1 - notebookBase) * min(1, n / notebooksForFullData)`.
 */
export function notebookStrength(n: number): number {
  if (n <= 0) return 0;
  const { notebookBase, notebooksForFullData } = FILE_SIGNALS;
  return notebookBase + (1 - notebookBase) * Math.min(1, n / notebooksForFullData);
}

/** Independent contributions to one signal combine like probabilities: 1 - Π(1 - s). */
export function combine(...strengths: number[]): number {
  return 1 - strengths.reduce((rest, s) => rest * (1 - Math.max(0, Math.min(1, s))), 1);
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

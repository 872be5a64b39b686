import { CENTRALITY, FILE_SIGNALS } from '../knowledge/signals.js';

/** How much of a scope's runtime code uses a library (or a code pattern), and whether its entry does. */
export interface Reach {
  /** Runtime code files that use it, and their bytes. */
  files: number;
  bytes: number;
  /** Runtime code files in the scope, and their bytes. */
  codeFiles: number;
  codeBytes: number;
  /** The scope's entry file, or a script the service starts, uses it directly. */
  entry: boolean;
}

/**
 * How central the work is, 0..1: one import is not a workload (CENTRALITY in
 * knowledge/signals/constants.ts). Bytes unknown (no size read) count as the file share.
 */
export function centrality(r: Reach): number {
  if (r.files <= 0) return 0;
  const fileShare = Math.min(1, r.files / Math.max(1, r.codeFiles));
  const byteShare = r.codeBytes > 0 && r.bytes > 0 ? Math.min(1, r.bytes / r.codeBytes) : fileShare;
  const share = Math.min(fileShare, byteShare);
  const c = Math.min(1, share / CENTRALITY.fullShare);
  return r.entry ? Math.max(c, CENTRALITY.entry) : c;
}

/**
 * Strength of a signal from packages: how central the work is to the service. A library the
 * runtime code uses reaches `ceiling × centrality` (ceiling 1 unless the rule says less); a
 * dependency declared but never imported stays at `base` (dev-only: less, see signals.ts), and
 * a declaration never makes the code's own use weaker.
 */
export function packageStrength(base: number, ceiling: number, central: number): number {
  return Math.max(base, ceiling * central);
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

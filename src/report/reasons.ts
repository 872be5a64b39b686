import type { Evidence } from '../model/common.js';
import type { Signal } from '../model/profile.js';
import type { CriterionScore, Move } from '../model/verdict.js';
import { BACKEND_NAMES } from './words.js';

/** A move for people: `realtime 1.00: +40 Node.js, a real-time application (guide L12)`. */
export function shortReason(move: Move): string {
  const strength = move.strength === undefined ? '' : ` ${move.strength.toFixed(2)}`;
  return `${move.signal}${strength}: +${move.points} ${BACKEND_NAMES[move.backend]}, ${move.why} (${move.cites})`;
}

/** A move reduced to its size: `realtime +40 Node.js`. */
export function moveOf(move: Move): string {
  return `${move.signal} +${move.points} ${BACKEND_NAMES[move.backend]}`;
}

/**
 * Cuts text to at most `max` characters at a word boundary, with an ellipsis. A single word
 * longer than `max` (a path) is the one case cut inside a word.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.search(/\s\S*$/);
  const cut = space > 0 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:(–-]+$/, '')}…`;
}

export interface BigReason {
  label: string;
  strength?: number;
  backend: 'node' | 'python';
  /** What it adds to the backend's weighted score, in points: Σ(points × weight) / Σ weight. */
  weighted: number;
  /** Why its largest effect moves a score, in the rule's own words, and what that rule cites (`guide L13`, `own reading`). */
  why?: { words: string; cites: string };
  criterion: string;
  file?: Evidence;
}

/**
 * The reasons that move the weighted scores most, one per signal: each signal's effects summed
 * over the criteria with the criteria's weights, so the numbers add up to the scores.
 */
export function biggestReasons(criteria: CriterionScore[], signals: Signal[], count: number): BigReason[] {
  const total = criteria.reduce((sum, c) => sum + c.weight, 0) || 1;
  const byLabel = new Map<string, BigReason & { best: number }>();
  for (const c of criteria) {
    for (const move of c.moves) {
      const key = `${move.signal}\u0000${move.backend}`;
      const entry = byLabel.get(key) ?? {
        label: move.signal,
        ...(move.strength === undefined ? {} : { strength: move.strength }),
        backend: move.backend,
        weighted: 0,
        criterion: c.id,
        best: -1,
      };
      entry.weighted += (move.points * c.weight) / total;
      const weighted = move.points * c.weight;
      if (weighted > entry.best) {
        entry.best = weighted;
        entry.criterion = c.id;
        entry.why = { words: move.why, cites: move.cites };
      }
      byLabel.set(key, entry);
    }
  }
  return [...byLabel.values()]
    .sort((a, b) => b.weighted - a.weighted)
    .slice(0, count)
    .map(({ best: _best, ...entry }) => {
      const file = exampleFile(signals.find((s) => s.id === entry.label));
      return { ...entry, weighted: Math.round(entry.weighted * 10) / 10, ...(file ? { file } : {}) };
    });
}

/** Lockfiles say a package is resolved, not that the service uses it: the last choice for "one file". */
const LOCKFILE = /(^|\/)([^/]*\.lock|[^/]*-lock\.(json|yaml)|bun\.lockb?)$/;
const MANIFEST =
  /(^|\/)(package\.json|requirements[^/]*\.txt|pyproject\.toml|Pipfile|setup\.(py|cfg)|environment\.ya?ml)$/;

/** The one file a bullet shows: a line of code, else a manifest line, else any file but a lockfile. */
export function exampleFile(signal: Signal | undefined): Evidence | undefined {
  if (!signal) return undefined;
  const files = signal.evidence.filter((e) => e.file !== '.' && e.file !== '');
  const code = files.find((e) => e.line !== undefined && !MANIFEST.test(e.file) && !LOCKFILE.test(e.file));
  const manifest = files.find((e) => MANIFEST.test(e.file));
  return code ?? manifest ?? files.find((e) => !LOCKFILE.test(e.file)) ?? files[0];
}

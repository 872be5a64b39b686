import type { Evidence } from '../model/common.js';
import type { Signal } from '../model/profile.js';
import type { CriterionScore } from '../model/verdict.js';
import { BACKEND_NAMES, CRITERION_NAMES } from './words.js';

/**
 * Short forms of the score's reason lines for people. A reason line reads
 * `<signal> <strength> (<evidence>): +<points> <Backend> (<guide's sentence>)`; the evidence
 * part is what makes it long, and the report shows evidence once, elsewhere. Lines of another
 * shape are kept whole (and cut at a word boundary where a cell needs it).
 */
export interface ParsedReason {
  /** The signal id, or the label of a reason without one (`article baseline`). */
  label: string;
  strength?: number;
  points: number;
  backend: 'node' | 'python';
  /** The guide's sentence the effect follows, without its criterion prefix. */
  guide?: string;
}

const BACKEND_BY_NAME: Record<string, 'node' | 'python'> = {
  [BACKEND_NAMES.node]: 'node',
  [BACKEND_NAMES.python]: 'python',
};
const MOVE = /: \+(\d+(?:\.\d+)?) (Node\.js|Python)(?: \((.*)\))?$/;
const SIGNAL = /^([a-z0-9][a-z0-9-]*) (\d(?:\.\d+)?)(?: \(.*\))?$/s;

export function parseReason(reason: string, criterion?: string): ParsedReason | undefined {
  const move = MOVE.exec(reason);
  if (!move) return undefined;
  const head = reason.slice(0, move.index);
  const signal = SIGNAL.exec(head);
  const guide = move[3] ? withoutCriterion(move[3], criterion) : undefined;
  return {
    label: signal ? signal[1]! : head,
    ...(signal ? { strength: Number(signal[2]) } : {}),
    points: Number(move[1]),
    backend: BACKEND_BY_NAME[move[2]!]!,
    ...(guide ? { guide } : {}),
  };
}

/** `use case: choose Node.js for…` in the Use case row reads `choose Node.js for…`. */
function withoutCriterion(guide: string, criterion: string | undefined): string {
  const name = criterion ? (CRITERION_NAMES[criterion] ?? criterion).toLowerCase() : undefined;
  return name && guide.toLowerCase().startsWith(`${name}: `) ? guide.slice(name.length + 2) : guide;
}

/** A reason without its evidence: `realtime 1.00: +40 Node.js, choose Node.js for dynamic, real-time applications`. */
export function shortReason(reason: string, criterion?: string): string {
  const parsed = parseReason(reason, criterion);
  if (!parsed) return reason;
  const strength = parsed.strength === undefined ? '' : ` ${parsed.strength.toFixed(2)}`;
  const guide = parsed.guide ? `, ${parsed.guide}` : '';
  return `${parsed.label}${strength}: +${parsed.points} ${BACKEND_NAMES[parsed.backend]}${guide}`;
}

/** A reason reduced to its move: `realtime +40 Node.js`. */
export function moveOf(reason: string): string {
  const parsed = parseReason(reason);
  return parsed ? `${parsed.label} +${parsed.points} ${BACKEND_NAMES[parsed.backend]}` : reason;
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
  /** The guide's sentence of its largest effect, with that criterion's id. */
  guide?: string;
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
    for (const reason of c.reasons) {
      const parsed = parseReason(reason, c.id);
      if (!parsed) continue;
      const key = `${parsed.label}\u0000${parsed.backend}`;
      const entry = byLabel.get(key) ?? {
        label: parsed.label,
        ...(parsed.strength === undefined ? {} : { strength: parsed.strength }),
        backend: parsed.backend,
        weighted: 0,
        criterion: c.id,
        best: -1,
      };
      entry.weighted += (parsed.points * c.weight) / total;
      const weighted = parsed.points * c.weight;
      if (weighted > entry.best) {
        entry.best = weighted;
        entry.criterion = c.id;
        const guide = parsed.guide ? parsed.guide : undefined;
        if (guide) entry.guide = guide;
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

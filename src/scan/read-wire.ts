import type { Backend } from '../model/common.js';
import type { CodeLine } from '../model/scan.js';
import type { ReadOutcome, ReadRequest } from './read.js';

/**
 * Batches of reads and their outcomes as they cross between threads: in columns (strings in
 * arrays, numbers and flags in typed arrays), not one object per file. Every message is
 * copied, and copying 128 small objects each way cost about five times their columns (measured
 * in docs/performance.md). Decoding gives back exactly what was encoded.
 */
/**
 * A worker's shared memory (an Int32Array of two): the batches it has finished, and 1 once it has
 * booted. Both are written by the worker and read by the main thread while it is busy walking.
 */
export const FINISHED = 0;
export const READY = 1;

export interface WireRequests {
  absPaths: string[];
  /** -1: not known (the read learns it). */
  sizes: Float64Array;
  limits: Float64Array;
  /** Heads' import bytes; -1: none given. */
  heads: Float64Array;
  /** Mode, label and ecosystem, in bits (the request flags below). */
  flags: Uint8Array;
}

export interface WireOutcomes {
  /** The text read, or the problem's message. */
  texts: string[];
  sizes: Float64Array;
  bytesRead: Float64Array;
  /** PROBLEM, TRUNCATED. */
  flags: Uint8Array;
  /** By index, for the few files that have them. */
  codeLines: Record<number, CodeLine[]>;
}

const LABELS: readonly ReadRequest['label'][] = ['manifest', 'notebook', 'source file'];
const ECOSYSTEMS: readonly (Backend | undefined)[] = [undefined, 'node', 'python'];
/** Request flags: bit 0 the mode (HEAD), bits 1-2 the label's index, bits 3-4 the ecosystem's. */
const HEAD = 1;
/** Outcome flags. */
const PROBLEM = 1;
const TRUNCATED = 2;

export function encodeRequests(requests: readonly ReadRequest[]): WireRequests {
  const n = requests.length;
  const wire: WireRequests = {
    absPaths: new Array<string>(n),
    sizes: new Float64Array(n),
    limits: new Float64Array(n),
    heads: new Float64Array(n),
    flags: new Uint8Array(n),
  };
  requests.forEach((r, i) => {
    wire.heads[i] = r.head ?? -1;
    wire.absPaths[i] = r.absPath;
    wire.sizes[i] = r.size ?? -1;
    wire.limits[i] = r.limit;
    wire.flags[i] =
      (r.mode === 'head' ? HEAD : 0) | (LABELS.indexOf(r.label) << 1) | (ECOSYSTEMS.indexOf(r.ecosystem) << 3);
  });
  return wire;
}

export function decodeRequests(wire: WireRequests): ReadRequest[] {
  return wire.absPaths.map((absPath, i) => {
    const flags = wire.flags[i]!;
    const size = wire.sizes[i]!;
    const head = wire.heads[i]!;
    const ecosystem = ECOSYSTEMS[(flags >> 3) & 3];
    return {
      absPath,
      size: size < 0 ? undefined : size,
      limit: wire.limits[i]!,
      mode: flags & HEAD ? 'head' : 'whole',
      ...(head < 0 ? {} : { head }),
      label: LABELS[(flags >> 1) & 3]!,
      ...(ecosystem ? { ecosystem } : {}),
    };
  });
}

export function encodeOutcomes(outcomes: readonly ReadOutcome[]): WireOutcomes {
  const n = outcomes.length;
  const wire: WireOutcomes = {
    texts: new Array<string>(n),
    sizes: new Float64Array(n),
    bytesRead: new Float64Array(n),
    flags: new Uint8Array(n),
    codeLines: {},
  };
  outcomes.forEach((o, i) => {
    wire.sizes[i] = o.size;
    wire.bytesRead[i] = o.bytesRead;
    if (o.kind === 'problem') {
      wire.texts[i] = o.message;
      wire.flags[i] = PROBLEM;
      return;
    }
    wire.texts[i] = o.text;
    if (o.truncated) wire.flags[i] = TRUNCATED;
    if (o.codeLines) wire.codeLines[i] = o.codeLines;
  });
  return wire;
}

export function decodeOutcomes(wire: WireOutcomes): ReadOutcome[] {
  return wire.texts.map((text, i): ReadOutcome => {
    const flags = wire.flags[i]!;
    const size = wire.sizes[i]!;
    const bytesRead = wire.bytesRead[i]!;
    if (flags & PROBLEM) return { kind: 'problem', message: text, bytesRead, size };
    const outcome: ReadOutcome = { kind: 'text', text, truncated: (flags & TRUNCATED) !== 0, bytesRead, size };
    // set only for the few files that have them: most outcomes keep one shape, and no spread per file
    const codeLines = wire.codeLines[i];
    if (codeLines) outcome.codeLines = codeLines;
    return outcome;
  });
}

import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import type { Backend } from '../model/common.js';
import type { CodeLine } from '../model/scan.js';
import { cutAtLastLine, decodeText, looksBinary, sourceHead, type SourceHead } from './decode.js';

export interface ReadRequest {
  /** Absolute path, already checked to be a regular file inside the root. */
  absPath: string;
  /** Size from the walk, when it stat'ed the file; otherwise the read learns it from the open file. */
  size?: number;
  /** At most this many bytes are read. */
  limit: number;
  /**
   * `whole`: a file over the limit is not read at all; `head`: the first `limit` bytes, of which
   * the text is kept up to the imports (within the first `head` bytes) and the code lines past them.
   */
  mode: 'whole' | 'head';
  /** For heads: the bytes the imports are looked for in (16 KiB); `limit` when not given. */
  head?: number;
  /** What the file is to the reader, for messages. */
  label: 'manifest' | 'notebook' | 'source file';
  /** For heads: the language family whose code-pattern lines are kept past the imports. */
  ecosystem?: Backend;
}

export type TextOutcome =
  | {
      kind: 'text';
      text: string;
      truncated: boolean;
      bytesRead: number;
      codeLines?: CodeLine[];
    }
  | { kind: 'problem'; message: string; bytesRead: number };

/** What a read found, with the file's size on disk (0 when not even that could be learnt). */
export type ReadOutcome = TextOutcome & { size: number };

/** Reads one file as the request says; never throws for a file's own problems. */
export function readFileText(request: ReadRequest): ReadOutcome {
  const { limit, mode, label } = request;
  if (request.size === 0) return { kind: 'text', text: '', truncated: false, bytesRead: 0, size: 0 };
  let read: { bytes: Uint8Array; size: number };
  try {
    read = readUpTo(request.absPath, request.size, limit, mode);
  } catch (error) {
    const message = `cannot read ${label}: ${describeError(error)}`;
    return { kind: 'problem', message, bytesRead: 0, size: request.size ?? sizeOnDisk(request.absPath) };
  }
  const { bytes, size } = read;
  if (mode === 'whole' && size > limit) {
    const message = `${label} is ${formatBytes(size)}, over the ${formatBytes(limit)} limit; not read`;
    return { kind: 'problem', message, bytesRead: 0, size };
  }
  return { ...textOf(bytes, { ...request, size }), size };
}

/**
 * What is kept of a file's bytes as read: the same for a file on disk and a git blob (the PR
 * delta's base), so both sides of a comparison see the same text.
 */
export function textOf(
  bytes: Uint8Array,
  request: Pick<ReadRequest, 'limit' | 'mode' | 'label' | 'ecosystem' | 'head'> & { size: number },
  /** For a head: what `sourceHead` finds in these bytes, when already known (history: the same blob at another path). */
  known?: SourceHead,
): TextOutcome {
  const { size, limit, mode, label } = request;
  if (looksBinary(bytes)) {
    return { kind: 'problem', message: `${label} has binary content (NUL bytes); not read`, bytesRead: bytes.length };
  }
  // A source file is kept only as far as its imports go: up to the end of the last line of its
  // head that can hold one, plus the few later lines, to the end of what was read, that hold a
  // code-pattern keyword (a server started at the end of a long file).
  const head = mode === 'head' ? (known ?? sourceHead(bytes, request.ecosystem, request.head ?? limit)) : undefined;
  const kept = head === undefined ? bytes : bytes.subarray(0, head.horizon);
  const decoded = decodeText(kept) ?? '';
  const truncated = size > limit || kept.length < bytes.length;
  // a head that stops inside a line (the file goes on) keeps whole lines only
  const cut = kept.length < size;
  const codeLines = head?.codeLines ?? [];
  return {
    kind: 'text',
    text: cut ? cutAtLastLine(decoded) : decoded,
    truncated,
    bytesRead: bytes.length,
    ...(codeLines.length ? { codeLines } : {}),
  };
}

// O_NONBLOCK: should a FIFO take a regular file's place after the walk, open() returns at once instead of hanging.
// O_NOFOLLOW: nor is a link swapped in for a listed file followed (link targets are opened by their resolved path).
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * Reads go into one buffer, reused from file to file: the text is decoded out of it before the
 * next read, so a scan allocates no buffer per file. Larger reads (big manifests, notebooks) get
 * their own, so the shared one never holds megabytes for the rest of the scan.
 */
const SHARED_MAX = 1024 * 1024;
/** What is read of a long head before it is known not to be binary. */
const FIRST_READ = 64 * 1024;
let shared = Buffer.allocUnsafe(64 * 1024);

/**
 * The first bytes of a file (valid only until the next call) and its size. The walk stats no
 * file it will read: a whole file's size is asked of the open file before reading (one call, no
 * second path lookup), and a head that ends before the limit is the whole file, so most source
 * files are never stat'ed at all. A whole file over the limit comes back empty with its size.
 */
function readUpTo(
  absPath: string,
  knownSize: number | undefined,
  limit: number,
  mode: ReadRequest['mode'],
): { bytes: Uint8Array; size: number } {
  const fd = openSync(absPath, READ_FLAGS);
  try {
    let size = knownSize ?? (mode === 'whole' ? fstatSync(fd).size : undefined);
    if (mode === 'whole' && size !== undefined && size > limit) return { bytes: new Uint8Array(0), size };
    const length = Math.min(size ?? limit, limit);
    if (length <= SHARED_MAX && shared.length < length) shared = Buffer.allocUnsafe(SHARED_MAX);
    const buffer = length <= SHARED_MAX ? shared : Buffer.allocUnsafe(length);
    let filled = 0;
    // a long head is read in two steps: a binary file (NUL bytes early on) costs only the first
    let step = mode === 'head' ? Math.min(length, FIRST_READ) : length;
    let binary = false;
    while (filled < length) {
      const bytesRead = readSync(fd, buffer, filled, step - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled < step) continue;
      if (step < length && looksBinary(buffer.subarray(0, filled))) {
        binary = true;
        break;
      }
      step = length;
    }
    size ??= filled < length && !binary ? filled : fstatSync(fd).size;
    return { bytes: buffer.subarray(0, filled), size };
  } finally {
    closeSync(fd);
  }
}

/** A file that cannot be opened may still be stat'ed: its bytes still count for its language. */
function sizeOnDisk(absPath: string): number {
  try {
    return lstatSync(absPath).size;
  } catch {
    return 0;
  }
}

/** `permission denied (EACCES)` rather than a stack trace's first line with the absolute path in it. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'no such file',
    EISDIR: 'is a folder',
    ELOOP: 'too many levels of symbolic links',
    EAGAIN: 'not a regular file',
    EIO: 'input/output error',
  };
  if (code) return known[code] ? `${known[code]} (${code})` : code;
  return error instanceof Error ? error.message : String(error);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${shown} ${units[unit]}`;
}

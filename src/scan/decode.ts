import { CODE_KEYWORDS, IMPORT_WORDS } from '../knowledge/code-patterns.js';
import { anyWordAtRareCharacter } from '../knowledge/matchers.js';
import type { Backend } from '../model/common.js';
import type { CodeLine } from '../model/scan.js';

/** How far to look for a NUL byte: the same window git uses to call a file binary. */
export const BINARY_SNIFF_BYTES = 8000;

const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');

/**
 * Text of a file's bytes, or undefined when they look binary. UTF-8 by default (a BOM is
 * dropped, invalid sequences become U+FFFD); UTF-16 when the file starts with its BOM, which
 * Windows editors and PowerShell's `>` write (`pip freeze > requirements.txt`).
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (isUtf16(bytes))
    return bytes[0] === 0xff
      ? utf16le.decode(evenLength(bytes.subarray(2)))
      : utf16le.decode(swapPairs(evenLength(bytes.subarray(2))));
  if (looksBinary(bytes)) return undefined;
  return utf8.decode(bytes);
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** A NUL byte early on, outside a UTF-16 file: binary, as git judges it. */
export function looksBinary(bytes: Uint8Array): boolean {
  return !isUtf16(bytes) && bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

/**
 * The bytes as a one-byte string, one character per byte: the ASCII words searched for are found
 * at the same offsets as in the bytes, by one regular-expression pass each instead of a native
 * search per word (measured in docs/performance.md).
 */
export function byteString(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

/** The words of an import, per language, and of any language (for a file of neither). */
const IMPORT_WORD: Record<Backend | 'any', RegExp> = {
  node: anyWordAtRareCharacter(IMPORT_WORDS.node),
  python: anyWordAtRareCharacter(IMPORT_WORDS.python),
  any: anyWordAtRareCharacter([...new Set(Object.values(IMPORT_WORDS).flat())]),
};

/**
 * The byte offset just past the line holding the last import word of a source head: what the
 * detect stage needs of the file. 0 when there is none; the whole head for UTF-16 text (its
 * ASCII words are not byte runs). `text` is `byteString(bytes)`, when the caller has it.
 */
export function importHorizon(bytes: Uint8Array, ecosystem: Backend | undefined, text = byteString(bytes)): number {
  if (isUtf16(bytes)) return bytes.length;
  const words = IMPORT_WORD[ecosystem ?? 'any'];
  let last = -1;
  words.lastIndex = 0;
  for (let found = words.exec(text); found; found = words.exec(text)) last = found.index;
  if (last < 0) return 0;
  const newline = text.indexOf('\n', last);
  return newline < 0 ? bytes.length : newline + 1;
}

/** Past the import head, a source file's lines are kept only when they hold one of these. */
const CODE_WORDS: Record<Backend, RegExp> = {
  node: anyWordAtRareCharacter(CODE_KEYWORDS.node.words, CODE_KEYWORDS.node.lineStarts),
  python: anyWordAtRareCharacter(CODE_KEYWORDS.python.words, CODE_KEYWORDS.python.lineStarts),
};

/** Characters kept of one code line: enough for any pattern, bounded for minified files. */
const CODE_LINE_MAX_CHARS = 300;

/**
 * The lines of `bytes` that start at or past offset `from` and hold a code-pattern keyword (a
 * server that listens, a spawned process) or start with an app object's name, with their
 * 1-based line numbers. One search finds the few candidate lines; only those are decoded.
 * `text` is `byteString(bytes)`.
 */
export function codeLinesPast(
  bytes: Uint8Array,
  from: number,
  ecosystem: Backend | undefined,
  text = byteString(bytes),
): CodeLine[] {
  if (!ecosystem) return [];
  if (from >= bytes.length || isUtf16(bytes)) return [];
  const words = CODE_WORDS[ecosystem];
  // a match is one character of a word, on the word's line
  const starts: number[] = [];
  words.lastIndex = from;
  for (let found = words.exec(text); found; found = words.exec(text)) {
    const start = found.index === 0 ? 0 : text.lastIndexOf('\n', found.index - 1) + 1;
    if (start >= from && start !== starts[starts.length - 1]) starts.push(start);
  }
  if (starts.length === 0) return [];
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const out: CodeLine[] = [];
  let line = 1;
  let counted = 0;
  for (const start of starts) {
    for (let i = text.indexOf('\n', counted); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) line++;
    counted = start;
    const end = text.indexOf('\n', start);
    const decoded = utf8.decode(buffer.subarray(start, end < 0 ? buffer.length : end)).replace(/\r$/, '');
    out.push({ line, text: decoded.slice(0, CODE_LINE_MAX_CHARS) });
  }
  return out;
}

/** Drops a dangling half code unit (a file cut mid-character). */
function evenLength(bytes: Uint8Array): Uint8Array {
  return bytes.length % 2 === 0 ? bytes : bytes.subarray(0, bytes.length - 1);
}

// Big-endian to little-endian by hand: the utf-16be decoder needs full ICU, which Node builds may lack.
function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  return swapped;
}

/** The text up to and including its last line break; '' when not even one line is complete. */
export function cutAtLastLine(text: string): string {
  return text.slice(0, text.lastIndexOf('\n') + 1);
}

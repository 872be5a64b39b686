import { CODE_KEYWORDS, IMPORT_WORDS, WHOLE_HEAD_IMPORTS } from '../knowledge/code-patterns.js';
import { anyWordAtRareCharacter } from '../knowledge/matchers.js';
import { textNotCodeIn } from '../knowledge/text-not-code.js';
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
 * at the same offsets as in the bytes, by one regular-expression pass instead of a native search
 * per word (measured in docs/performance.md).
 */
function byteString(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

/**
 * Per language, the words of an import (marked: a match of one sets the expression's group)
 * and the code keywords kept past the imports; one search finds both.
 */
const HEAD_WORDS: Record<Backend, RegExp> = {
  node: anyWordAtRareCharacter(CODE_KEYWORDS.node.words, CODE_KEYWORDS.node.lineStarts, IMPORT_WORDS.node),
  python: anyWordAtRareCharacter(CODE_KEYWORDS.python.words, CODE_KEYWORDS.python.lineStarts, IMPORT_WORDS.python),
};
/** The words of an import of either language, marked the same way, for a head of neither. */
const ANY_IMPORT_WORD = anyWordAtRareCharacter([], [], [...new Set(Object.values(IMPORT_WORDS).flat())]);

/** Characters kept of one code line: enough for any pattern, bounded for minified files. */
const CODE_LINE_MAX_CHARS = 300;

/** What detect needs of a source file's head. */
export interface SourceHead {
  /**
   * The byte offset just past the line holding the last import word: the imports are read
   * from the bytes before it. 0 when there is none; the whole head for UTF-16 text (its ASCII
   * words are not byte runs).
   */
  horizon: number;
  /**
   * The lines that start at or past the horizon and hold a code-pattern keyword (a server that
   * listens, a spawned process) or start with an app object's name, with their 1-based numbers;
   * not those that start inside a docstring, a block comment or a template literal.
   */
  codeLines: CodeLine[];
}

/**
 * The import horizon and the later code lines of a source head, from one search of its text
 * (the import words and the code keywords in one expression: the text past the imports is not
 * searched twice). Only the few lines found are decoded.
 */
export function sourceHead(
  bytes: Uint8Array,
  ecosystem: Backend | undefined,
  headBytes: number = bytes.length,
): SourceHead {
  if (isUtf16(bytes)) return { horizon: Math.min(bytes.length, headBytes), codeLines: [] };
  const text = byteString(bytes);
  const words = ecosystem ? HEAD_WORDS[ecosystem] : ANY_IMPORT_WORD;
  let lastImport = -1;
  const keywords: number[] = [];
  words.lastIndex = 0;
  for (let found = words.exec(text); found; found = words.exec(text)) {
    // imports sit in the head: an import word further down is no import of the file's
    if (found[1] !== undefined) {
      if (found.index < headBytes) lastImport = found.index;
    } else keywords.push(found.index);
  }
  const newline = lastImport < 0 ? -1 : text.indexOf('\n', lastImport);
  let horizon = lastImport < 0 ? 0 : newline < 0 ? bytes.length : newline + 1;
  // an infrastructure stack is kept whole: its paths are bound anywhere in it
  if (ecosystem && WHOLE_HEAD_IMPORTS[ecosystem].some((m) => text.lastIndexOf(m, horizon) >= 0)) horizon = bytes.length;
  // a match is one character of a word, on the word's line
  const starts: number[] = [];
  for (const at of keywords) {
    if (at < horizon) continue;
    const start = text.lastIndexOf('\n', at - 1) + 1;
    if (start >= horizon && start !== starts[starts.length - 1]) starts.push(start);
  }
  if (starts.length === 0 || !ecosystem) return { horizon, codeLines: [] };
  const inText = textNotCodeIn(text, ecosystem);
  return {
    horizon,
    codeLines: linesAt(
      bytes,
      text,
      starts.filter((start) => !inText(start)),
    ),
  };
}

/** The lines of `bytes` that start at `starts` (in order), decoded, with their 1-based numbers. */
function linesAt(bytes: Uint8Array, text: string, starts: readonly number[]): CodeLine[] {
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

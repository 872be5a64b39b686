import { APP_OBJECT_STARTS, CODE_KEYWORDS } from '../knowledge/code-patterns.js';

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

/** Words of an import in JavaScript, TypeScript or Python (`import`, `require(`, `export … from 'x'`). */
const IMPORT = Buffer.from('import');
const REQUIRE = Buffer.from('require');
/** `from '` and `from "`: found as one word, then the quote after it checked. */
const FROM = Buffer.from('from ');
const [SINGLE_QUOTE, DOUBLE_QUOTE] = [0x27, 0x22];

/**
 * The byte offset just past the line holding the last import word of a source head: what the
 * detect stage needs of the file. 0 when there is none; the whole head for UTF-16 text (its
 * ASCII words are not byte runs).
 */
export function importHorizon(bytes: Uint8Array): number {
  if (isUtf16(bytes)) return bytes.length;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let last = Math.max(buffer.lastIndexOf(IMPORT), buffer.lastIndexOf(REQUIRE));
  // Only a `from ` after the last import word can move the horizon: step back through those alone.
  for (let at = buffer.lastIndexOf(FROM); at > last; at = at > 0 ? buffer.lastIndexOf(FROM, at - 1) : -1) {
    const quote = buffer[at + FROM.length];
    if (quote === SINGLE_QUOTE || quote === DOUBLE_QUOTE) {
      last = at;
      break;
    }
  }
  if (last < 0) return 0;
  const newline = buffer.indexOf(10, last);
  return newline < 0 ? bytes.length : newline + 1;
}

/** Past the import head, a source file's lines are kept only when they hold one of these. */
const CODE_WORDS = [...CODE_KEYWORDS, ...APP_OBJECT_STARTS.map((w) => `\n${w}`)].map((w) => Buffer.from(w));

/** Characters kept of one code line: enough for any pattern, bounded for minified files. */
export const CODE_LINE_MAX_CHARS = 300;

/**
 * The lines of `bytes` past offset `from` that hold a code-pattern keyword (a server that
 * listens, a spawned process, an app object), with their 1-based line numbers. Native
 * searches find the few candidate lines; only those are decoded.
 */
export function codeLinesPast(bytes: Uint8Array, from: number): { line: number; text: string }[] {
  if (from >= bytes.length || isUtf16(bytes)) return [];
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const starts = new Set<number>();
  for (const word of CODE_WORDS) {
    // a word that begins with a newline marks the line after it
    const skip = word[0] === 10 ? 1 : 0;
    for (let at = buffer.indexOf(word, from); at >= 0; at = buffer.indexOf(word, at + 1)) {
      const hit = at + skip;
      starts.add(hit === 0 ? 0 : buffer.lastIndexOf(10, hit - 1) + 1);
    }
  }
  if (starts.size === 0) return [];
  const sorted = [...starts].sort((a, b) => a - b);
  const out: { line: number; text: string }[] = [];
  let line = 1;
  let counted = 0;
  for (const start of sorted) {
    for (let i = buffer.indexOf(10, counted); i >= 0 && i < start; i = buffer.indexOf(10, i + 1)) line++;
    counted = start;
    const end = buffer.indexOf(10, start);
    const text = utf8.decode(buffer.subarray(start, end < 0 ? buffer.length : end)).replace(/\r$/, '');
    out.push({ line, text: text.slice(0, CODE_LINE_MAX_CHARS) });
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

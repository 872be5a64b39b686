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
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(evenLength(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16le.decode(swapPairs(evenLength(bytes.subarray(2))));
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return undefined;
  return utf8.decode(bytes);
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeLinesPast, cutAtLastLine, decodeText, importHorizon } from '../../src/scan/decode.js';
import { CODE_KEYWORDS } from '../../src/knowledge/code-patterns.js';

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

describe('decodeText', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeText(Buffer.from('flask==3.0\n'))).toBe('flask==3.0\n');
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('é=1\n')]))).toBe('é=1\n');
  });

  it('decodes UTF-16 in both byte orders from the BOM', () => {
    expect(decodeText(utf16le('Django==5.0\r\nnumpy\r\n'))).toBe('Django==5.0\r\nnumpy\r\n');
    expect(decodeText(utf16be('pandas ≥ 2\n'))).toBe('pandas ≥ 2\n');
  });

  it('survives a UTF-16 file cut mid code unit', () => {
    const bytes = utf16le('ab');
    expect(decodeText(bytes.subarray(0, bytes.length - 1))).toBe('a');
  });

  it('calls content with a NUL byte binary', () => {
    expect(decodeText(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]))).toBeUndefined();
  });

  it('replaces invalid UTF-8 rather than failing', () => {
    expect(decodeText(Buffer.from([0x61, 0xff, 0x62]))).toBe('a\uFFFDb');
  });
});

describe('cutAtLastLine', () => {
  it('keeps complete lines only', () => {
    expect(cutAtLastLine('import os\nimport sy')).toBe('import os\n');
    expect(cutAtLastLine('a\nb\n')).toBe('a\nb\n');
    expect(cutAtLastLine('no line end')).toBe('');
  });
});

describe('importHorizon', () => {
  /** The definition: just past the line of the last of the four import words. */
  const WORDS = ['import', 'require', "from '", 'from "'].map((word) => Buffer.from(word));
  function byDefinition(buffer: Buffer): number {
    const last = Math.max(...WORDS.map((word) => buffer.lastIndexOf(word)));
    if (last < 0) return 0;
    const newline = buffer.indexOf(10, last);
    return newline < 0 ? buffer.length : newline + 1;
  }

  it('ends after the line of the last import word, whichever it is', () => {
    const piece = fc.constantFrom('import', 'require', 'from ', "'", '"', '\n', 'x', ' ', 'from', 'imp');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const buffer = Buffer.from(parts.join(''));
        expect(importHorizon(buffer)).toBe(byDefinition(buffer));
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
});

describe('codeLinesPast', () => {
  /** The definition: every line past byte `from` on which a keyword occurs (the line after, for one that starts with a line break). */
  function byDefinition(bytes: Buffer, from: number, words: readonly string[]): { line: number; text: string }[] {
    const text = bytes.toString('latin1');
    const starts = new Set<number>();
    for (const word of words) {
      for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
        const hit = word.startsWith('\n') ? at + 1 : at;
        starts.add(text.lastIndexOf('\n', hit - 1) + 1);
      }
    }
    return [...starts]
      .sort((a, b) => a - b)
      .map((start) => {
        const end = text.indexOf('\n', start);
        return {
          line: text.slice(0, start).split('\n').length,
          text: bytes
            .subarray(start, end < 0 ? undefined : end)
            .toString('utf8')
            .replace(/\r$/, '')
            .slice(0, 300),
        };
      });
  }

  it.each(['node', 'python'] as const)('finds the lines of every %s keyword past the import head', (ecosystem) => {
    const words = CODE_KEYWORDS[ecosystem];
    const piece = fc.constantFrom(...words, ...words.map((w) => w.slice(1)), '\n', '\r\n', 'x', ' ', '(', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(60), (parts, from) => {
        const text = parts.join('');
        const bytes = Buffer.from(text);
        expect(codeLinesPast(bytes, from, ecosystem)).toEqual(
          from >= bytes.length ? [] : byDefinition(bytes, from, words),
        );
      }),
      { numRuns: 2000, seed: 5 },
    );
  });
});

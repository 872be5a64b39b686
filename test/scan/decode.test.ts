import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeLinesPast, cutAtLastLine, decodeText, importHorizon } from '../../src/scan/decode.js';
import { CODE_KEYWORDS, IMPORT_WORDS } from '../../src/knowledge/code-patterns.js';

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
  /** The definition: just past the line of the last import word of the language (of either, without one). */
  function byDefinition(buffer: Buffer, ecosystem: 'node' | 'python' | undefined): number {
    const words = ecosystem ? IMPORT_WORDS[ecosystem] : [...IMPORT_WORDS.node, ...IMPORT_WORDS.python];
    const last = Math.max(...words.map((word) => buffer.lastIndexOf(Buffer.from(word))));
    if (last < 0) return 0;
    const newline = buffer.indexOf(10, last);
    return newline < 0 ? buffer.length : newline + 1;
  }

  it.each(['node', 'python', undefined] as const)(
    'ends after the line of the last import word of %s, whichever it is',
    (ecosystem) => {
      const piece = fc.constantFrom(
        'import',
        'require',
        'from ',
        "'",
        '"',
        '\n',
        'x',
        ' ',
        '(',
        'from',
        'imp',
        'require(',
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
          const buffer = Buffer.from(parts.join(''));
          expect(importHorizon(buffer, ecosystem)).toBe(byDefinition(buffer, ecosystem));
        }),
        { numRuns: 2000, seed: 3 },
      );
    },
  );

  it('ends a Python head at its last import, past a later `require`', () => {
    const text = 'import os\nfrom a import b\nx = require_login()\n';
    expect(importHorizon(Buffer.from(text), 'python')).toBe('import os\nfrom a import b\n'.length);
    expect(importHorizon(Buffer.from(text), 'node')).toBe('import os\nfrom a import b\n'.length);
    const js = "const x = require('x');\nconst schema = z.object({ name: required() });\n";
    expect(importHorizon(Buffer.from(js), 'node')).toBe("const x = require('x');\n".length);
  });
});

describe('codeLinesPast', () => {
  /**
   * The definition: every line that starts at or past byte `from` and holds a keyword, or starts
   * with a line-start word (an app object's name).
   */
  function byDefinition(bytes: Buffer, from: number, ecosystem: 'node' | 'python'): { line: number; text: string }[] {
    const { words, lineStarts } = CODE_KEYWORDS[ecosystem];
    const lines = bytes.toString('latin1').split('\n');
    const out: { line: number; text: string }[] = [];
    let start = 0;
    lines.forEach((line, i) => {
      if (start >= from && (words.some((w) => line.includes(w)) || lineStarts.some((w) => line.startsWith(w)))) {
        const text = Buffer.from(line, 'latin1').toString('utf8').replace(/\r$/, '').slice(0, 300);
        out.push({ line: i + 1, text });
      }
      start += line.length + 1;
    });
    return out;
  }

  it.each(['node', 'python'] as const)('finds the lines of every %s keyword past the import head', (ecosystem) => {
    const { words, lineStarts } = CODE_KEYWORDS[ecosystem];
    const all = [...words, ...lineStarts];
    const piece = fc.constantFrom(
      ...all,
      ...all.map((w) => w.slice(1)),
      ...all.map((w) => w.slice(0, -1)),
      '\n',
      '\r\n',
      'x',
      ' ',
      '(',
      'é',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(60), (parts, from) => {
        const text = parts.join('');
        const bytes = Buffer.from(text);
        expect(codeLinesPast(bytes, from, ecosystem)).toEqual(
          from >= bytes.length ? [] : byDefinition(bytes, from, ecosystem),
        );
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it('keeps an app object on the line right after the imports, and on the first line', () => {
    const head = Buffer.from('from fastapi import FastAPI\napp = FastAPI()\n');
    expect(codeLinesPast(head, importHorizon(head, 'python'), 'python')).toEqual([
      { line: 2, text: 'app = FastAPI()' },
    ]);
    expect(codeLinesPast(Buffer.from('api = make_app()\n'), 0, 'python')).toEqual([
      { line: 1, text: 'api = make_app()' },
    ]);
    expect(codeLinesPast(Buffer.from('x\n  app = Flask()\n'), 0, 'python')).toEqual([]);
  });
});

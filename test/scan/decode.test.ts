import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutAtLastLine, decodeText, sourceHead } from '../../src/scan/decode.js';
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

/** The definition of a head's horizon: just past the line of the last import word of the language (of either, without one). */
function horizonByDefinition(buffer: Buffer, ecosystem: 'node' | 'python' | undefined): number {
  const words = ecosystem ? IMPORT_WORDS[ecosystem] : [...IMPORT_WORDS.node, ...IMPORT_WORDS.python];
  const last = Math.max(...words.map((word) => buffer.lastIndexOf(Buffer.from(word))));
  if (last < 0) return 0;
  const newline = buffer.indexOf(10, last);
  return newline < 0 ? buffer.length : newline + 1;
}

/**
 * The definition of a head's code lines: every line that starts at or past byte `from` and holds
 * a keyword, or starts with a line-start word (an app object's name).
 */
function codeLinesByDefinition(
  bytes: Buffer,
  from: number,
  ecosystem: 'node' | 'python',
): { line: number; text: string }[] {
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

describe('sourceHead: the import horizon', () => {
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
          expect(sourceHead(buffer, ecosystem).horizon).toBe(horizonByDefinition(buffer, ecosystem));
        }),
        { numRuns: 2000, seed: 3 },
      );
    },
  );

  it('ends a Python head at its last import, past a later `require`', () => {
    const text = 'import os\nfrom a import b\nx = require_login()\n';
    expect(sourceHead(Buffer.from(text), 'python').horizon).toBe('import os\nfrom a import b\n'.length);
    expect(sourceHead(Buffer.from(text), 'node').horizon).toBe('import os\nfrom a import b\n'.length);
    const js = "const x = require('x');\nconst schema = z.object({ name: required() });\n";
    expect(sourceHead(Buffer.from(js), 'node').horizon).toBe("const x = require('x');\n".length);
  });

  it('keeps the whole head of an infrastructure stack, whose paths are bound anywhere in it', () => {
    const stack =
      "import * as path from 'node:path';\nimport { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';\n\nconst ROOT = path.join(__dirname, '..');\nmakeFn(this, 'a.ts');\n";
    expect(sourceHead(Buffer.from(stack), 'node')).toEqual({ horizon: stack.length, codeLines: [] });
    const python = 'from aws_cdk import aws_lambda\n\nHANDLERS = "lambda"\n';
    expect(sourceHead(Buffer.from(python), 'python').horizon).toBe(python.length);
    // the module named in text past the imports is no import of it
    const other = "import x from 'x';\nconst note = 'see aws-cdk-lib';\n";
    expect(sourceHead(Buffer.from(other), 'node').horizon).toBe("import x from 'x';\n".length);
  });

  it('keeps the whole of a UTF-16 head, whose words are not byte runs', () => {
    expect(sourceHead(utf16le('import os\n'), 'python')).toEqual({ horizon: 22, codeLines: [] });
  });
});

describe('sourceHead: the code lines past the horizon', () => {
  it.each(['node', 'python'] as const)('finds the lines of every %s keyword past the import head', (ecosystem) => {
    const { words, lineStarts } = CODE_KEYWORDS[ecosystem];
    const all = [...words, ...lineStarts, ...IMPORT_WORDS[ecosystem]];
    // pieces holding a quote would open strings, and a line that starts inside text is not code:
    // that part is src/knowledge/text-not-code.ts's, tested on its own
    const code = (pieces: string[]) => pieces.filter((p) => !/['"`]/.test(p));
    const piece = fc.constantFrom(
      ...code(all),
      ...code(all.map((w) => w.slice(1))),
      ...code(all.map((w) => w.slice(0, -1))),
      '\n',
      '\r\n',
      'x',
      ' ',
      '(',
      'é',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const bytes = Buffer.from(parts.join(''));
        const horizon = horizonByDefinition(bytes, ecosystem);
        expect(sourceHead(bytes, ecosystem)).toEqual({
          horizon,
          codeLines: codeLinesByDefinition(bytes, horizon, ecosystem),
        });
      }),
      { numRuns: 4000, seed: 5 },
    );
  });

  it('keeps an app object on the line right after the imports, and on the first line', () => {
    expect(sourceHead(Buffer.from('from fastapi import FastAPI\napp = FastAPI()\n'), 'python').codeLines).toEqual([
      { line: 2, text: 'app = FastAPI()' },
    ]);
    expect(sourceHead(Buffer.from('api = make_app()\n'), 'python').codeLines).toEqual([
      { line: 1, text: 'api = make_app()' },
    ]);
    // an app object's start is a line start; an indented `app = Flask()` is kept only for its constructor's
    // keyword (`Flask(`: the binding a `.run()` on any name needs), a call of no known constructor not at all
    expect(sourceHead(Buffer.from('x\n  app = build()\n'), 'python').codeLines).toEqual([]);
    expect(sourceHead(Buffer.from('x\n  web = Flask()\n'), 'python').codeLines).toEqual([
      { line: 2, text: '  web = Flask()' },
    ]);
  });

  it("keeps a stack's `entry` option past the imports, not every line that says entry (Sentry)", () => {
    const js =
      "import * as Sentry from '@sentry/node';\nSentry.init({ dsn });\nconst entry = 'a';\nfn({ entry: 'src/a.ts' });\n";
    expect(sourceHead(Buffer.from(js), 'node').codeLines).toEqual([{ line: 4, text: "fn({ entry: 'src/a.ts' });" }]);
    const py = 'import sentry_sdk\nsentry_sdk.init(dsn)\nfn(self, entry="lambda")\n';
    expect(sourceHead(Buffer.from(py), 'python').codeLines).toEqual([{ line: 3, text: 'fn(self, entry="lambda")' }]);
  });

  it('finds no code line in a head of neither language', () => {
    expect(sourceHead(Buffer.from("import x from 'y'\napp.listen(3000)\n"), undefined).codeLines).toEqual([]);
  });
});

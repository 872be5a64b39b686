import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCodeFacts } from '../../src/detect/code-facts.js';
import { CODE_PATTERNS } from '../../src/knowledge/code-patterns.js';

const starts = (line: string) =>
  extractCodeFacts('src/server.ts', `import express from 'express';\n${line}\n`, undefined, [{ module: 'express' }])
    .filter((f) => f.pattern === 'node-listen')
    .map((f) => f.line);

describe('code that starts serving', () => {
  it.each([
    'app.listen(3000);',
    'server.listen(PORT, () => console.log("up"));',
    'httpServer.listen({ port: 4000 });',
    'await app.listen(port, "0.0.0.0")',
    'server.listen()',
  ])('%s starts a server', (line) => {
    expect(starts(line)).toEqual([2]);
  });

  it.each([
    'history.listen((location) => track(location));',
    'memoryHistory.listen(location => setPath(location.pathname))',
    'router.listen(function (route) {})',
    'emitter.listen(async () => refresh())',
  ])('%s subscribes to events: no server', (line) => {
    expect(starts(line)).toEqual([]);
  });
});

describe('the lines looked at', () => {
  /**
   * The definition: every line that holds a keyword of a pattern, or starts like an app
   * object, is tested against the file's patterns, line by line. The extractor finds those
   * lines in one pass over the text instead.
   */
  function factsLineByLine(file: string, text: string, modules: readonly string[]) {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const any = new RegExp(
      [...new Set(CODE_PATTERNS.filter((p) => p.kind !== 'app-object').map((p) => escape(p.keyword)))].join('|') +
        '|^(?:app|api|server|application)\\b',
      'm',
    );
    const lines = text.split('\n');
    const facts: ReturnType<typeof extractCodeFacts> = [];
    // each line alone, then the first fact of each pattern and capture kept, as the extractor keeps them
    lines.forEach((line, i) => {
      if (!any.test(line)) return;
      const one = extractCodeFacts(
        file,
        line,
        undefined,
        modules.map((module) => ({ module })),
      );
      facts.push(...one.map((f) => ({ ...f, line: i + 1 })));
    });
    const seen = new Set<string>();
    return facts.filter((f) => {
      const key = `${f.pattern}\0${f.target ?? f.detail}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  it('are those a line-by-line reading looks at', () => {
    // a keyword holding a quote (a route's "('/") would open a string the lines after it fall into,
    // and text is not code (src/knowledge/text-not-code.ts): those keywords are tested where strings are
    const keywords = [...new Set(CODE_PATTERNS.map((p) => p.keyword))].filter((k) => !/['"`]/.test(k));
    const line = fc.oneof(
      fc.constantFrom(...keywords).map((k) => `x = ${k}`),
      fc.constantFrom(
        'app.listen(3000);',
        'app = FastAPI()',
        'application = get_wsgi_application()',
        '  server.listen(8080)',
        "spawn('python3', ['ml/predict.py'])",
        "subprocess.run(['node', 'scripts/build.js'])",
        'uvicorn.run(app, host="0.0.0.0")',
        '// app.listen(1)',
        'const x = 1;',
        '',
        '\r',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.constantFrom('src/server.ts', 'app/main.py'),
        fc.constantFrom(['express'], ['fastapi', 'uvicorn'], []),
        (lines, file, modules) => {
          const text = lines.join('\n');
          expect(
            extractCodeFacts(
              file,
              text,
              undefined,
              modules.map((module) => ({ module })),
            ),
          ).toEqual(factsLineByLine(file, text, modules));
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});

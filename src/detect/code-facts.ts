import { CODE_PATTERNS, searchWordsOf, type CodePattern } from '../knowledge/code-patterns.js';
import { anyWordAtRareCharacter, escape } from '../knowledge/matchers.js';
import { textNotCodeIn } from '../knowledge/text-not-code.js';
import type { Backend } from '../model/common.js';
import type { CodeFact } from '../model/facts.js';
import { forEachLineMatching } from './lines.js';
import type { CodeLine } from '../model/scan.js';

/** The distinct file tests of the patterns (a handful for some thirty patterns; `undefined`: any file). */
const FILE_TESTS = [...new Set(CODE_PATTERNS.map((p) => p.files))];

/**
 * What can apply to a file, by the file tests it passes: the patterns, in the table's order,
 * and one expression that finds the lines worth looking at (a pattern's keyword, or the line
 * start of an app object). A handful of combinations exist; each is built once.
 */
interface Applicable {
  patterns: readonly CodePattern[];
  keywordLines: RegExp;
}
const applicableByTests = new Map<number, Applicable>();

function applicableTo(file: string): Applicable {
  let passed = 0;
  FILE_TESTS.forEach((test, i) => {
    if (!test || test.test(file)) passed |= 1 << i;
  });
  let applicable = applicableByTests.get(passed);
  if (!applicable) {
    const patterns = CODE_PATTERNS.filter((p) => passed & (1 << FILE_TESTS.indexOf(p.files)));
    const { words, lineStarts } = searchWordsOf(patterns);
    applicableByTests.set(passed, (applicable = { patterns, keywordLines: anyWordAtRareCharacter(words, lineStarts) }));
  }
  return applicable;
}

/** A line that is a comment in JavaScript, TypeScript or Python (or inside a block comment). */
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*|#)/;

/**
 * Code facts of one source file, from the head scan kept and the later lines that hold a
 * keyword. `imports` are the modules the file imports (patterns may require one).
 */
export function extractCodeFacts(
  file: string,
  text: string,
  codeLines: readonly CodeLine[] | undefined,
  imports: readonly { module: string }[],
): CodeFact[] {
  const applicable = applicableTo(file);
  const imported = (m: string) => imports.some((i) => i.module === m);
  // most files hold no keyword at all: the imports are asked of only when a line needs them
  let patterns: CodePattern[] | undefined;
  const facts: CodeFact[] = [];
  let seen: Set<string> | undefined;
  // the head's text is read for strings and comments only when a pattern matched in it
  const headInText: Partial<Record<Backend, (at: number) => boolean>> = {};
  const inText = (p: CodePattern, start: number | undefined, content: string, at: number) =>
    (start !== undefined && (headInText[p.ecosystem] ??= textNotCodeIn(text, p.ecosystem))(start)) ||
    // a script is named by a string: only the line it is on can be text
    (p.kind !== 'script' && textNotCodeIn(content, p.ecosystem)(at));
  // what the file holds, as read: its head and the later lines kept for their keywords
  const fileHas = (pattern: RegExp) => pattern.test(text) || (codeLines ?? []).some((l) => pattern.test(l.text));
  /** `start`: the line's offset in the head's text; lines past the head were judged by scan. */
  const look = (line: number, content: string, start?: number) => {
    // documentation of a server (`*    http.createServer(app).listen(80);`) is not one
    if (COMMENT_LINE.test(content)) return;
    patterns ??= applicable.patterns.filter(
      (p) => !p.whenImports || p.orProjectDepends || p.whenImports.some(imported),
    );
    for (const p of patterns) {
      if (!content.includes(p.keyword)) continue;
      const m = p.pattern.exec(content);
      // nor is one in a docstring, a string or a comment after the code on its line
      if (
        !m ||
        (!p.directive && inText(p, start, content, m.index)) ||
        (p.whenFileHas && !fileHas(p.whenFileHas)) ||
        (p.unlessFileHas && fileHas(p.unlessFileHas.pattern)) ||
        (p.whenBound && !fileHas(bindingOf(m[1]!, p.whenBound.constructors)))
      )
        continue;
      // every handler and route line is one of the service's handlers: counted by line
      const key = `${p.id}\0${p.kind === 'handler' || p.kind === 'route' ? line : (m[1] ?? '')}`;
      seen ??= new Set();
      if (seen.has(key)) continue;
      seen.add(key);
      const fact = factOf(p, file, line, m[1]);
      // the file imports none of the modules: the fact waits on its project's packages
      if (p.whenImports && !p.whenImports.some(imported)) fact.ifDepends = p.whenImports;
      facts.push(fact);
    }
  };
  // each line that holds a keyword, once
  forEachLineMatching(text, applicable.keywordLines, (line, number, start) => look(number, line, start));
  for (const l of codeLines ?? []) look(l.line, l.text);
  return facts;
}

/** A line binding `name` to a call of one of `constructors` (`store = Eve(`, `api: Flask = flask.Flask(`). */
function bindingOf(name: string, constructors: readonly string[]): RegExp {
  return new RegExp(
    String.raw`^\s*${escape(name)}\s*(?::\s*[\w.]+\s*)?=\s*(?:\w+\.)*(?:${constructors.join('|')})\s*\(`,
    'm',
  );
}

/**
 * A script path from what a pattern captured: a plain path, or the string arguments of a
 * `path.join(__dirname, '..', 'ml', 'predict.py')` joined with `/` (relative to the file's folder).
 */
function scriptPath(captured: string): string {
  if (!/['"`]/.test(captured)) return captured;
  return [...captured.matchAll(/['"`]([^'"`]*)['"`]/g)]
    .map((m) => m[1]!)
    .filter(Boolean)
    .join('/');
}

function factOf(p: CodePattern, file: string, line: number, captured: string | undefined): CodeFact {
  const target = captured && p.kind === 'script' ? scriptPath(captured) : undefined;
  return {
    pattern: p.id,
    kind: p.kind,
    ecosystem: p.ecosystem,
    file,
    line,
    detail: target ? `${p.detail}: ${target}` : p.detail,
    ...(p.server ? { server: p.server } : {}),
    ...(p.serves ? { serves: p.serves } : {}),
    ...(p.bounds ? { bounded: true as const } : {}),
    ...(p.deployedOnly ? { deployedOnly: true as const } : {}),
    ...(p.consumerBoot ? { consumerBoot: true as const } : {}),
    ...(target ? { target } : {}),
    ...(p.signal ? { signal: p.signal, ceiling: p.ceiling ?? 1 } : {}),
    ...(p.hosts ? { hosts: p.hosts } : {}),
  };
}

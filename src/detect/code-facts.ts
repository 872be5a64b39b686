import { CODE_PATTERNS, type CodePattern } from '../knowledge/code-patterns.js';
import type { CodeFact } from '../model/facts.js';
import { forEachLineMatching } from './lines.js';
import type { CodeLine } from '../model/scan.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Patterns by the file test they share (a handful of tests for some thirty patterns). */
const PATTERNS_BY_FILES = (() => {
  const groups = new Map<RegExp | undefined, CodePattern[]>();
  for (const p of CODE_PATTERNS) groups.set(p.files, [...(groups.get(p.files) ?? []), p]);
  return [...groups];
})();

const ORDER = new Map(CODE_PATTERNS.map((p, i) => [p, i]));

/**
 * What can apply to a file, by the file tests it passes: the patterns, and one expression that
 * finds the lines worth looking at (a pattern's keyword, or the line start of an app object).
 * A handful of combinations exist; each is built once.
 */
interface Applicable {
  patterns: readonly CodePattern[];
  keywordLines: RegExp;
}
const applicableByTests = new Map<number, Applicable>();

function applicableTo(file: string): Applicable {
  let passed = 0;
  PATTERNS_BY_FILES.forEach(([files], i) => {
    if (!files || files.test(file)) passed |= 1 << i;
  });
  let applicable = applicableByTests.get(passed);
  if (!applicable) {
    const patterns = PATTERNS_BY_FILES.filter((_, i) => passed & (1 << i))
      .flatMap(([, group]) => group)
      // in the table's order, as the facts of one line are listed
      .sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
    const keywords = [...new Set(patterns.filter((p) => p.kind !== 'app-object').map((p) => escape(p.keyword)))];
    if (patterns.some((p) => p.kind === 'app-object')) keywords.push('^(?:app|api|server|application)\\b');
    // an expression that matches nothing when nothing applies
    const keywordLines = new RegExp(keywords.length ? keywords.join('|') : '(?!)', 'gm');
    applicableByTests.set(passed, (applicable = { patterns, keywordLines }));
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
  const look = (line: number, content: string) => {
    // documentation of a server (`*    http.createServer(app).listen(80);`) is not one
    if (COMMENT_LINE.test(content)) return;
    patterns ??= applicable.patterns.filter((p) => !p.whenImports || p.whenImports.some(imported));
    for (const p of patterns) {
      if (!content.includes(p.keyword)) continue;
      const m = p.pattern.exec(content);
      if (!m) continue;
      const key = `${p.id}\0${m[1] ?? ''}`;
      seen ??= new Set();
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push(factOf(p, file, line, m[1]));
    }
  };
  // each line that holds a keyword, once
  forEachLineMatching(text, applicable.keywordLines, (line, number) => look(number, line));
  for (const l of codeLines ?? []) look(l.line, l.text);
  return facts;
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
    ...(target ? { target } : {}),
  };
}

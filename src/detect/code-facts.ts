import { CODE_PATTERNS, type CodePattern } from '../knowledge/code-patterns.js';
import type { CodeFact } from '../model/facts.js';
import { forEachLineMatching } from './lines.js';
import type { CodeLine } from '../model/scan.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every pattern's keyword, and the line start of an app object: the lines worth looking at. */
const ANY_KEYWORD_SOURCE =
  [...new Set(CODE_PATTERNS.filter((p) => p.kind !== 'app-object').map((p) => escape(p.keyword)))].join('|') +
  '|^(?:app|api|server|application)\\b';
/** To find the lines that hold one, in one pass over the text. */
const KEYWORD_LINES = new RegExp(ANY_KEYWORD_SOURCE, 'gm');

/** Patterns by the file test they share (a handful of tests for some thirty patterns). */
const PATTERNS_BY_FILES = (() => {
  const groups = new Map<RegExp | undefined, CodePattern[]>();
  for (const p of CODE_PATTERNS) groups.set(p.files, [...(groups.get(p.files) ?? []), p]);
  return [...groups];
})();

const ORDER = new Map(CODE_PATTERNS.map((p, i) => [p, i]));

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
  // most files hold no keyword at all: their patterns are chosen only when a line needs them
  let patterns: CodePattern[] | undefined;
  const facts: CodeFact[] = [];
  let seen: Set<string> | undefined;
  const look = (line: number, content: string) => {
    // documentation of a server (`*    http.createServer(app).listen(80);`) is not one
    if (COMMENT_LINE.test(content)) return;
    patterns ??= patternsFor(file, imports);
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
  forEachLineMatching(text, KEYWORD_LINES, (line, number) => look(number, line));
  for (const l of codeLines ?? []) look(l.line, l.text);
  return facts;
}

/** The patterns that apply to a file that imports `imports`, in the table's order. */
function patternsFor(file: string, imports: readonly { module: string }[]): CodePattern[] {
  const imported = (m: string) => imports.some((i) => i.module === m);
  const patterns: CodePattern[] = [];
  for (const [files, group] of PATTERNS_BY_FILES) {
    if (files && !files.test(file)) continue;
    for (const p of group) if (!p.whenImports || p.whenImports.some(imported)) patterns.push(p);
  }
  // in the table's order, as the facts of one line are listed
  if (PATTERNS_BY_FILES.length > 1) patterns.sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
  return patterns;
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

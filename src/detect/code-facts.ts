import { CODE_PATTERNS, type CodePattern } from '../knowledge/code-patterns.js';
import type { CodeFact } from '../model/facts.js';
import type { CodeLine } from '../model/scan.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One test per file before any line is looked at: most files hold no pattern's keyword. */
const ANY_KEYWORD = new RegExp(
  [...new Set(CODE_PATTERNS.filter((p) => p.kind !== 'app-object').map((p) => escape(p.keyword)))].join('|') +
    '|^(?:app|api|server|application)\\b',
  'm',
);

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
  // most files hold no keyword at all: they are done with before any pattern is looked at
  const inText = ANY_KEYWORD.test(text);
  if (!inText && !codeLines?.length) return [];
  const imported = (m: string) => imports.some((i) => i.module === m);
  const patterns = CODE_PATTERNS.filter(
    (p) => (!p.files || p.files.test(file)) && (!p.whenImports || p.whenImports.some(imported)),
  );
  if (patterns.length === 0) return [];
  const facts: CodeFact[] = [];
  const seen = new Set<string>();
  const look = (line: number, content: string) => {
    // documentation of a server (`*    http.createServer(app).listen(80);`) is not one
    if (COMMENT_LINE.test(content)) return;
    for (const p of patterns) {
      if (!content.includes(p.keyword)) continue;
      const m = p.pattern.exec(content);
      if (!m) continue;
      const key = `${p.id}\0${m[1] ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push(factOf(p, file, line, m[1]));
    }
  };
  if (inText) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) if (ANY_KEYWORD.test(lines[i]!)) look(i + 1, lines[i]!);
  }
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

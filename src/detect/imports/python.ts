import type { ImportRef } from '../../model/facts.js';

/**
 * Imports of a Python file: `import a, b.c as d`, `from x.y import z` (also parenthesised over
 * several lines), indented ones inside functions or try blocks. Relative imports and
 * `__future__` are left out; strings, docstrings and comments are skipped. Linear in the text.
 */
export function extractPythonImports(text: string, file: string, lineOffset = 0): ImportRef[] {
  const found = new Map<string, number>();
  const add = (dotted: string, line: number) => {
    const top = dotted.trim().split('.')[0]!;
    if (/^[A-Za-z_]\w*$/.test(top) && top !== '__future__' && !found.has(top)) found.set(top, line + lineOffset);
  };
  let inString: string | undefined; // the open triple quote
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (inString) {
      const end = raw.indexOf(inString);
      if (end < 0) continue;
      inString = undefined;
      continue; // code after a closing docstring on the same line is rare
    }
    // Most lines hold neither an import nor a triple quote: nothing below can match them.
    if (!raw.includes('import') && !raw.includes('"""') && !raw.includes("'''")) continue;
    const code = stripComment(raw);
    const opens = tripleQuoteOpen(code);
    if (opens && !/^\s*(import|from)\s/.test(code)) {
      inString = opens;
      continue;
    }
    const imp = /^\s*import\s+(.+)$/.exec(code);
    if (imp) {
      for (const part of imp[1]!.replace(/\\$/, '').split(',')) add(part.trim().split(/\s+/)[0]!, i + 1);
      continue;
    }
    const from = /^\s*from\s+(\.*)([\w.]*)\s+import\b/.exec(code);
    if (from && !from[1] && from[2]) add(from[2], i + 1);
  }
  return [...found].map(([module, line]) => ({ module, ecosystem: 'python' as const, file, line }));
}

function stripComment(line: string): string {
  if (!line.includes('#')) return line;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

/** The triple quote a line leaves open (an odd number of them), if any. */
function tripleQuoteOpen(line: string): string | undefined {
  if (!line.includes('"""') && !line.includes("'''")) return undefined;
  for (const q of ['"""', "'''"]) {
    const count = line.split(q).length - 1;
    if (count % 2 === 1) return q;
  }
  return undefined;
}

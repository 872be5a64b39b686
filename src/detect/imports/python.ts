import type { ImportRef } from '../../model/facts.js';
import { forEachLineMatching } from '../lines.js';

/** A Python identifier after leading white space, ending where the name's first word does. */
const TOP_NAME = /^\s*([A-Za-z_]\w*)(?![^\s.])/;

/** A dotted module name after leading white space: `common.consumer` of ` common.consumer as c`. */
const DOTTED = /(?<=^\s*)[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*/;

/** What a line must hold for the extractor to look at it: an import, or a triple quote that opens or closes a string. */
const CANDIDATE = /import|"""|'''/g;

/**
 * Imports of a Python file: `import a, b.c as d`, `from x.y import z` (also parenthesised over
 * several lines), indented ones inside functions or try blocks. Relative imports and
 * `__future__` are left out; strings, docstrings and comments are skipped. Linear in the text:
 * one search finds the lines that can matter (most lines hold neither an import nor a triple
 * quote), and only those are cut out and looked at. Windows line ends are allowed.
 */
export function extractPythonImports(text: string, file: string, lineOffset = 0): ImportRef[] {
  const found = new Map<string, number>();
  const below = new Map<string, Set<string>>();
  // the first word of an imported name, up to its first dot: `os` of ` os.path as p`; `names`, those a `from` line imports
  const add = (dotted: string, line: number, names?: string) => {
    const top = TOP_NAME.exec(dotted)?.[1];
    if (!top || top === '__future__') return;
    if (!found.has(top)) found.set(top, line + lineOffset);
    const module = DOTTED.exec(dotted)?.[0];
    const subs = module === undefined ? [] : module === top ? [] : [module];
    // `from pkg import a, b as c`: `pkg.a` may be a module of the package (a star or a bracket line's rest is not read)
    if (module !== undefined && names !== undefined)
      for (const name of names.split(',')) {
        const word = TOP_NAME.exec(name.replace(/^\s*\(/, ''))?.[1];
        if (word) subs.push(`${module}.${word}`);
      }
    if (subs.length === 0) return;
    const set = below.get(top) ?? new Set<string>();
    for (const sub of subs) set.add(sub);
    below.set(top, set);
  };
  let inString: string | undefined; // the open triple quote
  forEachLineMatching(text, CANDIDATE, (withCr, line) => {
    const raw = withCr.endsWith('\r') ? withCr.slice(0, -1) : withCr;
    if (inString) {
      // code after a closing docstring on the same line is rare
      if (raw.includes(inString)) inString = undefined;
      return;
    }
    const code = stripComment(raw);
    const opens = tripleQuoteOpen(code);
    if (opens && !/^\s*(import|from)\s/.test(code)) {
      inString = opens;
      return;
    }
    const imp = /^\s*import\s+(.+)$/.exec(code);
    if (imp) {
      for (const part of imp[1]!.replace(/\\$/, '').split(',')) add(part, line);
      return;
    }
    const from = /^\s*from\s+(\.*)([\w.]*)\s+import\b(.*)$/.exec(code);
    if (from && !from[1] && from[2]) add(from[2], line, from[3]);
  });
  return [...found].map(([module, at]) => {
    const subs = below.get(module);
    return { module, ecosystem: 'python' as const, file, line: at, ...(subs ? { submodules: [...subs] } : {}) };
  });
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

import type { ImportRef } from '../../model/facts.js';

/** `@scope/pkg/deep` -> `@scope/pkg`; `lodash/fp` -> `lodash`; `node:fs` -> `fs`; relative, URL and alias paths -> undefined. */
export function jsPackageOf(specifier: string): string | undefined {
  const s = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  if (!s || /^(\.|\/|#|~\/|@\/|[a-z][a-z0-9+.-]*:)/i.test(s)) return undefined;
  const parts = s.split('/');
  if (s.startsWith('@')) return parts.length >= 2 && parts[1] ? `${parts[0]}/${parts[1]}` : undefined;
  return parts[0] || undefined;
}

// Tokens after which `/` starts a regular expression rather than a division.
const REGEX_AFTER = new Set([
  '(',
  ',',
  '=',
  ':',
  '[',
  '!',
  '&',
  '|',
  '?',
  '{',
  '}',
  ';',
  '+',
  '-',
  '*',
  '%',
  '<',
  '>',
  '~',
  '^',
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'void',
  'throw',
  'yield',
  'await',
  '',
]);

/**
 * Imports of a JavaScript/TypeScript file: `import … from 'x'`, `import 'x'`, `export … from 'x'`,
 * `require('x')`, `import('x')`. A single pass over the text that skips comments, strings,
 * template literals and regular expressions, so it is linear and never fooled by an import in
 * a comment. Vue/Svelte files: only their `<script>` blocks.
 */
export function extractJsImports(text: string, file: string): ImportRef[] {
  const source = /\.(vue|svelte)$/.test(file) ? scriptBlocks(text) : text;
  const found = new Map<string, number>();
  let line = 1;
  let prev = ''; // last significant token
  let prev2 = '';
  const push = (token: string) => {
    prev2 = prev;
    prev = token;
  };
  const record = (specifier: string, at: number) => {
    const module = jsPackageOf(specifier);
    if (module && !found.has(module)) found.set(module, at);
  };
  const n = source.length;
  for (let i = 0; i < n;) {
    const c = source[i]!;
    if (c === '\n') {
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let k = i; k < stop; k++) if (source[k] === '\n') line++;
      i = stop;
    } else if (c === '"' || c === "'") {
      const start = i++;
      const startLine = line;
      while (i < n && source[i] !== c && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
      const value = source.slice(start + 1, i);
      i++;
      // an import position: `from '…'`, `import '…'`, `require('…'`, `import('…'`
      if (
        prev === 'from' ||
        (prev === 'import' && prev2 !== '.') ||
        (prev === '(' && (prev2 === 'require' || prev2 === 'import'))
      ) {
        record(value, startLine);
      }
      push('"');
    } else if (c === '`') {
      i = skipTemplate(source, i + 1, (nl) => (line += nl));
      push('`');
    } else if (c === '/' && REGEX_AFTER.has(prev)) {
      i++;
      let inClass = false;
      while (i < n && source[i] !== '\n') {
        const d = source[i]!;
        if (d === '\\') i++;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        i++;
      }
      i++;
      push('/re/');
    } else if (isIdentStart(source.charCodeAt(i))) {
      const start = i;
      while (i < n && isIdentPart(source.charCodeAt(i))) i++;
      const word = source.slice(start, i);
      // `obj.require(` is a method, not Node's require
      push(prev === '.' && (word === 'require' || word === 'import') ? `.${word}` : word);
    } else {
      push(c);
      i++;
    }
  }
  return [...found].map(([module, l]) => ({ module, ecosystem: 'node' as const, file, line: l }));
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

/** Skips a template literal (with nested `${}` expressions) from just after its backtick. */
function skipTemplate(s: string, i: number, lines: (n: number) => void): number {
  let depth = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\n') lines(1);
    if (c === '\\') i += 2;
    else if (depth === 0 && c === '`') return i + 1;
    else if (c === '$' && s[i + 1] === '{') {
      depth++;
      i += 2;
    } else if (c === '}' && depth > 0) {
      depth--;
      i++;
    } else i++;
  }
  return i;
}

/** The `<script>` blocks of a single-file component, other lines blanked so line numbers hold. */
function scriptBlocks(text: string): string {
  let out = '';
  let last = 0;
  // a head cut short may end inside the last script block
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)(?:<\/script>|$)/g)) {
    const bodyStart = m.index! + m[0].indexOf('>') + 1;
    out += text.slice(last, bodyStart).replace(/[^\n]/g, ' ') + m[1];
    last = bodyStart + m[1]!.length;
  }
  return out;
}

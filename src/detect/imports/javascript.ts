import { SERVER_KNOWLEDGE } from '../../knowledge/servers/index.js';
import { memoized } from '../../memo.js';
import type { ImportRef } from '../../model/facts.js';

/**
 * `@scope/pkg/deep` -> `@scope/pkg`; `lodash/fp` -> `lodash`; `node:fs` -> `fs`; a server package's
 * client (`hono/client`) -> itself, as it runs no server; relative, URL and alias paths -> undefined.
 */
export function jsPackageOf(specifier: string): string | undefined {
  return packageOnce(specifier);
}

// a repository imports the same specifiers from file after file: each is worked out once
const packageOnce = memoized((specifier: string): string | undefined => packageOf(specifier), 100_000);

function packageOf(specifier: string): string | undefined {
  const s = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  if (!s || /^(\.|\/|#|~\/|@\/|[a-z][a-z0-9+.-]*:)/i.test(s)) return undefined;
  const client = SERVER_KNOWLEDGE.clientImports.find((c) => s === c || s.startsWith(`${c}/`));
  if (client) return client;
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

const [NEWLINE, SPACE, TAB, CR, SLASH, STAR, BACKSLASH, BACKTICK] = [10, 32, 9, 13, 47, 42, 92, 96];
const [DOUBLE_QUOTE, SINGLE_QUOTE, OPEN_BRACKET, CLOSE_BRACKET] = [34, 39, 91, 93];
/** `require`, the longest word the tokenizer compares against (`REGEX_AFTER`, `from`, `import`). */
const LONGEST_KEYWORD = 7;
/** Stands for any longer identifier: no identifier can be spelt like it. */
const OTHER_WORD = '#word';

/**
 * Imports of a JavaScript/TypeScript file: `import … from 'x'`, `import 'x'`, `export … from 'x'`,
 * `require('x')`, `import('x')`; not TypeScript's `import type`/`export type`, which run nothing. A single pass over the text that skips comments, strings,
 * template literals and regular expressions, so it is linear and never fooled by an import in
 * a comment. Vue/Svelte files: only their `<script>` blocks.
 */
export function extractJsImports(text: string, file: string): ImportRef[] {
  const source = /\.(vue|svelte)$/.test(file) ? scriptBlocks(text) : text;
  const found = new Map<string, number>();
  let line = 1;
  let prev = ''; // last significant token
  let prev2 = '';
  // `import type … from 'x'` and `export type … from 'x'` are erased when compiled: they run nothing
  let typeOnly = false;
  const push = (token: string) => {
    if (token === 'import' || token === 'export' || token === ';') typeOnly = false;
    // `import type from 'x'` imports a default named `type`; `import type X, { … }` cannot be written
    else if (prev === 'type' && (prev2 === 'import' || prev2 === 'export') && token !== 'from' && token !== '=')
      typeOnly = true;
    prev2 = prev;
    prev = token;
  };
  const record = (specifier: string, at: number) => {
    const module = jsPackageOf(specifier);
    if (module && !found.has(module)) found.set(module, at);
  };
  const n = source.length;
  for (let i = 0; i < n;) {
    const code = source.charCodeAt(i);
    if (code === NEWLINE) {
      line++;
      i++;
    } else if (code === SPACE || code === TAB || code === CR) i++;
    else if (code === SLASH && source.charCodeAt(i + 1) === SLASH) {
      const end = source.indexOf('\n', i);
      i = end < 0 ? n : end;
    } else if (code === SLASH && source.charCodeAt(i + 1) === STAR) {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let k = source.indexOf('\n', i); k >= 0 && k < stop; k = source.indexOf('\n', k + 1)) line++;
      i = stop;
    } else if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      const start = i++;
      const startLine = line;
      while (i < n) {
        const d = source.charCodeAt(i);
        if (d === code || d === NEWLINE) break;
        i += d === BACKSLASH ? 2 : 1;
      }
      // an import position: `from '…'`, `import '…'`, `require('…'`, `import('…'`
      if (
        prev === 'from'
          ? !typeOnly
          : (prev === 'import' && prev2 !== '.') || (prev === '(' && (prev2 === 'require' || prev2 === 'import'))
      ) {
        record(source.slice(start + 1, i), startLine);
      }
      if (prev === 'from') typeOnly = false;
      i++;
      push('"');
    } else if (code === BACKTICK) {
      i = skipTemplate(source, i + 1, (nl) => (line += nl));
      push('`');
    } else if (code === SLASH && REGEX_AFTER.has(prev)) {
      i++;
      let inClass = false;
      while (i < n) {
        const d = source.charCodeAt(i);
        if (d === NEWLINE) break;
        if (d === BACKSLASH) i++;
        else if (d === OPEN_BRACKET) inClass = true;
        else if (d === CLOSE_BRACKET) inClass = false;
        else if (d === SLASH && !inClass) break;
        i++;
      }
      i++;
      push('/re/');
    } else if (isIdentStart(code)) {
      const start = i;
      while (i < n && isIdentPart(source.charCodeAt(i))) i++;
      // Only short words can be keywords the tokenizer cares about; longer ones are not sliced out.
      const word = i - start <= LONGEST_KEYWORD ? source.slice(start, i) : OTHER_WORD;
      // `obj.require(` is a method, not Node's require
      push(prev === '.' && (word === 'require' || word === 'import') ? `.${word}` : word);
    } else {
      push(source[i]!);
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

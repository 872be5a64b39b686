import type { Backend } from '../model/common.js';

/**
 * Where text that is not code opens, per language: comments and string literals. A server
 * started in a docstring's example (`uvicorn.run(app)`), a template literal a generator writes
 * out or a commented-out `app.listen(3000)` runs nothing.
 */
const OPENINGS: Readonly<Record<Backend, RegExp>> = {
  python: /#|"""|'''|["']/g,
  node: /\/\/|\/\*|[`"']/g,
};

/**
 * Where the text opened by `open` at `from` (just past the opening) ends: just past its close,
 * or at the line end for a comment and for a one-line string left open (a regular expression's
 * quote, an apostrophe in JSX text), so that a misread costs one line.
 */
function closeOf(text: string, open: string, from: number): number {
  if (open === '#' || open === '//') return lineEnd(text, from);
  if (open === '/*') return endPast(text, text.indexOf('*/', from), 2);
  if (open === '"""' || open === "'''") return endPast(text, unescaped(text, open, from), 3);
  if (open === '`') return endPast(text, unescaped(text, '`', from), 1);
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === open) return i + 1;
    else if (c === '\n') return i;
  }
  return text.length;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

function endPast(text: string, at: number, length: number): number {
  return at < 0 ? text.length : at + length;
}

/** The next `close` from `from` not escaped by a backslash; -1 when there is none. */
function unescaped(text: string, close: string, from: number): number {
  for (let at = text.indexOf(close, from); at >= 0; at = text.indexOf(close, at + 1)) {
    let slashes = 0;
    while (text[at - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) return at;
  }
  return -1;
}

/**
 * Asks whether offsets of `text` lie in a comment or a string literal of the language. The text
 * is read from its start only as far as the offsets asked for, once when they are asked in order:
 * the question is asked of the few lines where a code pattern matched, never of every file.
 */
export function textNotCodeIn(text: string, language: Backend): (at: number) => boolean {
  // shared by every question asked: each sets lastIndex before it reads
  const opening = OPENINGS[language];
  let scanned = 0; // every opening before this is read
  let start = -1; // the last text read that is not code: [start, end)
  let end = -1;
  return (at) => {
    if (at < start) [scanned, start, end] = [0, -1, -1];
    while (scanned <= at) {
      opening.lastIndex = scanned;
      const found = opening.exec(text);
      if (!found) scanned = text.length + 1;
      if (!found || found.index > at) break;
      start = found.index;
      end = closeOf(text, found[0], found.index + found[0].length);
      scanned = end;
    }
    return start >= 0 && at >= start && at < end;
  };
}

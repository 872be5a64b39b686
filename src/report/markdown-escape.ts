/**
 * Escaping for text that comes from the scanned repository or a fork's report (paths, package
 * names, messages): it must not become HTML, mention a person or team, link an issue, a URL or
 * an address, break a table, or hide what it says (bidi overrides, zero-width and control
 * characters are shown as their code point).
 */

/** Longest name shown; longer ones are cut with an ellipsis so one path cannot fill a comment. */
export const MAX_NAME_LENGTH = 200;
const ZERO_WIDTH_SPACE = '\u200b';

export function shorten(text: string, max = MAX_NAME_LENGTH): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}

/**
 * Characters a reader cannot see but that change what they read: C0 and C1 controls (line
 * breaks are a space before this), zero-width and direction marks (U+200B-200F), bidi
 * embeddings, overrides and isolates (U+202A-202E, U+2066-2069), line and paragraph
 * separators, the byte-order mark.
 */
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

/** Each hidden character as its code point, ⟨U+202E⟩: seen, and harmless. */
export function showHidden(text: string): string {
  return text.replace(HIDDEN, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/**
 * GitHub links a URL (`scheme://`), a `www.` host, an e-mail address (defused with `@`) and
 * `GH-123`; a zero-width space where the link would start leaves the text as it reads.
 */
function defuseLinks(text: string): string {
  return text
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
    .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}-`);
}

/** Inline text: HTML characters as entities, Markdown punctuation escaped, `@` and `#` defused. */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownUpTo(text, MAX_NAME_LENGTH);
}

/**
 * escapeMarkdown for a sentence of the report's own that quotes names, cut at `max` instead of a
 * name's length. (A second function, not a second parameter: `list.map(escapeMarkdown)` passes an index.)
 */
export function escapeMarkdownUpTo(text: string, max: number): string {
  return defuseLinks(showHidden(shorten(text, max).replace(/[\r\n]+/g, ' ')))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()!|~])/g, '\\$1')
    .replace(/([@#])/g, `$1${ZERO_WIDTH_SPACE}`);
}

/**
 * Inline code: nothing inside is Markdown, HTML or a mention. The fence is one backtick longer
 * than the longest run inside; a space pads content that starts or ends with a backtick. In a
 * table a pipe must still be escaped (GFM splits cells before it parses code spans).
 */
export function codeSpan(text: string, options: { inTable?: boolean } = {}): string {
  let body = showHidden(shorten(text).replace(/[\r\n]+/g, ' '));
  if (options.inTable) body = body.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || body === '' ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Text inside raw HTML (a `<summary>`): GitHub does not render Markdown there, but it still
 * links mentions, issue references and URLs in text, so those are defused as in escapeMarkdown.
 */
export function escapeHtml(text: string): string {
  return defuseLinks(showHidden(shorten(text).replace(/[\r\n]+/g, ' ')))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/([@#])/g, `$1${ZERO_WIDTH_SPACE}`);
}

/** A name inside raw HTML, as code: literal text, no mention, no tag. */
export function htmlCode(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

/**
 * Escaping for text that comes from the scanned repository (paths, package names, messages):
 * it must not become HTML, mention a person or team, link an issue, or break a table.
 */

/** Longest name shown; longer ones are cut with an ellipsis so one path cannot fill a comment. */
export const MAX_NAME_LENGTH = 200;
const ZERO_WIDTH_SPACE = '\u200b';

export function shorten(text: string, max = MAX_NAME_LENGTH): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
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
  return shorten(text, max)
    .replace(/[\r\n]+/g, ' ')
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
  let body = shorten(text).replace(/[\r\n]+/g, ' ');
  if (options.inTable) body = body.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || body === '' ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Text inside raw HTML (a `<summary>`): GitHub does not render Markdown there, but it still
 * links mentions and issue references in text, so those are defused as in escapeMarkdown.
 */
export function escapeHtml(text: string): string {
  return shorten(text)
    .replace(/[\r\n]+/g, ' ')
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

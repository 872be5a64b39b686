import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdown, MAX_NAME_LENGTH } from '../../src/report/markdown-escape.js';

// What a reader of the PR comment sees for names and messages taken from the scanned repository.

describe('text from the repository in a comment', () => {
  it('keeps an ampersand readable: it becomes an entity, not nothing', () => {
    expect(escapeMarkdown('R&D tools & <scripts>')).toBe('R&amp;D tools &amp; &lt;scripts&gt;');
  });

  it('turns a line break into one space, so the words on either side stay apart', () => {
    expect(escapeMarkdown('first line\nsecond line')).toBe('first line second line');
    expect(escapeMarkdown('windows\r\nline\n\nbreaks')).toBe('windows line breaks');
    expect(codeSpan('apps/web\nserver.ts')).toBe('`apps/web server.ts`');
    expect(codeSpan('a\r\nb')).toBe('`a b`');
  });

  it('escapes a pipe in a table cell only: elsewhere the backslash would show', () => {
    expect(codeSpan('a|b', { inTable: true })).toBe('`a\\|b`');
    expect(codeSpan('a|b')).toBe('`a|b`');
    expect(codeSpan('a|b', { inTable: false })).toBe('`a|b`');
  });

  it('shows an empty name as a code span, not as two stray backticks', () => {
    expect(codeSpan('')).toBe('`  `');
  });

  it('pads a code span only where a backtick touches the fence', () => {
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('x`')).toBe('`` x` ``');
  });

  it('shows a name of up to 200 characters whole, and cuts a longer one to 200 with an ellipsis', () => {
    expect(MAX_NAME_LENGTH).toBe(200);
    const fits = 'a'.repeat(200);
    expect(escapeMarkdown(fits)).toBe(fits);
    expect(codeSpan(fits)).toBe(`\`${fits}\``);

    const long = 'b'.repeat(199) + 'cdef';
    const cut = 'b'.repeat(199) + '…';
    expect(escapeMarkdown(long)).toBe(cut);
    expect(codeSpan(long)).toBe(`\`${cut}\``);
    expect(codeSpan('c'.repeat(5000))).toHaveLength(200 + 2);
  });
});

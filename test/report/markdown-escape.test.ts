import { describe, expect, it } from 'vitest';
import {
  codeSpan,
  escapeHtml,
  escapeMarkdown,
  escapeMarkdownUpTo,
  htmlCode,
  MAX_NAME_LENGTH,
} from '../../src/report/markdown-escape.js';

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

describe('text from the repository inside raw HTML (a <summary>)', () => {
  const ZWSP = '\u200b';

  it('stays text: no tag, no attribute break-out, no mention or issue link', () => {
    expect(escapeHtml('<b>R&D</b> "x" @team #12')).toBe(
      `&lt;b&gt;R&amp;D&lt;/b&gt; &quot;x&quot; @${ZWSP}team #${ZWSP}12`,
    );
    expect(htmlCode('api<br>')).toBe('<code>api&lt;br&gt;</code>');
  });

  it('keeps Markdown punctuation as it is: GitHub does not render Markdown there', () => {
    expect(escapeHtml('a_b*c [d](e) | `f`')).toBe('a_b*c [d](e) | `f`');
  });

  it('turns line breaks into one space and cuts a long name at 200 characters', () => {
    expect(escapeHtml('one\r\ntwo\n\nthree')).toBe('one two three');
    expect(escapeHtml('x'.repeat(300))).toBe('x'.repeat(199) + '…');
    expect(escapeHtml('y'.repeat(200))).toBe('y'.repeat(200));
  });
});

describe("the report's own sentences that quote names", () => {
  it("are cut at the length given, not at a name's 200 characters", () => {
    const sentence = 'word '.repeat(100).trim();
    expect(escapeMarkdownUpTo(sentence, 1000)).toBe(sentence);
    expect(escapeMarkdownUpTo(sentence, 10)).toBe('word word…');
    expect(escapeMarkdownUpTo('a & b\nc', 100)).toBe('a &amp; b c');
  });
});

import { describe, expect, it } from 'vitest';
import {
  codeSpan,
  escapeHtml,
  escapeMarkdown,
  escapeMarkdownUpTo,
  showHidden,
} from '../../src/report/markdown-escape.js';

/** Issue 27: names from a fork's report or the scanned tree link nothing and hide nothing. */
const ZWSP = '\u200b';

describe('showHidden', () => {
  it('shows each bidi, zero-width, control and BOM character as its code point', () => {
    const cases: [string, string][] = [
      ['\u0000', '⟨U+0000⟩'],
      ['\u0008', '⟨U+0008⟩'],
      ['\u000b', '⟨U+000B⟩'],
      ['\u001b', '⟨U+001B⟩'],
      ['\u001f', '⟨U+001F⟩'],
      ['\u007f', '⟨U+007F⟩'],
      ['\u0085', '⟨U+0085⟩'],
      ['\u009f', '⟨U+009F⟩'],
      ['\u200b', '⟨U+200B⟩'],
      ['\u200f', '⟨U+200F⟩'],
      ['\u2028', '⟨U+2028⟩'],
      ['\u202a', '⟨U+202A⟩'],
      ['\u202e', '⟨U+202E⟩'],
      ['\u2066', '⟨U+2066⟩'],
      ['\u2069', '⟨U+2069⟩'],
      ['\ufeff', '⟨U+FEFF⟩'],
    ];
    for (const [c, shown] of cases) expect(showHidden(`a${c}b${c}`)).toBe(`a${shown}b${shown}`);
  });

  it('leaves tabs, printable text and the characters next to the ranges alone', () => {
    for (const c of [
      '\t',
      ' ',
      '~',
      '\u00a0',
      'é',
      '\u200a',
      '\u2010',
      '\u2027',
      '\u202f',
      '\u2065',
      '\u206a',
      '\ufefe',
      '😀',
    ])
      expect(showHidden(`a${c}b`)).toBe(`a${c}b`);
  });
});

describe('links GitHub would make from a name', () => {
  it('defuses URLs of any scheme, www. hosts, e-mail addresses and GH-n', () => {
    expect(escapeMarkdown('see https://evil.example/x')).toBe(`see https:${ZWSP}//evil.example/x`);
    expect(escapeMarkdown('ftp://a and ssh://b')).toBe(`ftp:${ZWSP}//a and ssh:${ZWSP}//b`);
    expect(escapeMarkdown('www.evil.example and WWW.Evil.example')).toBe(
      `www${ZWSP}.evil.example and WWW${ZWSP}.Evil.example`,
    );
    expect(escapeMarkdown('mail@evil.example')).toBe(`mail@${ZWSP}evil.example`);
    expect(escapeMarkdown('GH-2 gh-33')).toBe(`GH${ZWSP}-2 gh${ZWSP}-33`);
    expect(escapeMarkdown('https://github.com/acme/shop/issues/1')).toBe(
      `https:${ZWSP}//github.com/acme/shop/issues/1`,
    );
  });

  it('leaves look-alikes that link nothing as they are', () => {
    expect(escapeMarkdown('file:line a:/b awww.x GH-x XGH-2')).toBe('file:line a:/b awww.x GH-x XGH-2');
  });

  it('inside raw HTML too, and the sentences of the report', () => {
    expect(escapeHtml('https://x www.y GH-1 \u202e')).toBe(`https:${ZWSP}//x www${ZWSP}.y GH${ZWSP}-1 ⟨U+202E⟩`);
    expect(escapeMarkdownUpTo('https://x www.y GH-1 \u202e', 500)).toBe(
      `https:${ZWSP}//x www${ZWSP}.y GH${ZWSP}-1 ⟨U+202E⟩`,
    );
  });

  it('a code span links nothing, but hidden characters are shown there too', () => {
    expect(codeSpan('https://x\u202eab\u0000')).toBe('`https://x⟨U+202E⟩ab⟨U+0000⟩`');
  });

  it('line breaks are one space, not a shown code point', () => {
    expect(escapeMarkdown('a\r\nb')).toBe('a b');
    expect(escapeHtml('a\nb')).toBe('a b');
  });
});

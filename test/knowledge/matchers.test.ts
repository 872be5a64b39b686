import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyWordAtRareCharacter } from '../../src/knowledge/matchers.js';

/** The lines (0-based) an expression marks: each match lies on one. */
function markedLines(pattern: RegExp, text: string): number[] {
  const lines = new Set<number>();
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    lines.add(text.slice(0, found.index).split('\n').length - 1);
    if (found[0] === '') pattern.lastIndex += 1;
  }
  return [...lines].sort((a, b) => a - b);
}

/** The definition: the lines that hold a word, or start with a line-start word. */
function linesByDefinition(text: string, words: string[], lineStarts: string[]): number[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      words.some((w) => line.includes(w)) || lineStarts.some((w) => line.startsWith(w)) ? [i] : [],
    );
}

describe('anyWordAtRareCharacter', () => {
  // words of letters, digits and the characters regular expressions treat specially
  const word = fc.string({ unit: fc.constantFrom(...'aeqzX_.(*+?$^|[]{}\\/-\'"'), minLength: 1, maxLength: 6 });

  // a case: the words, the line-start words, and a text of them, their halves and filler
  const aCase = fc
    .tuple(fc.uniqueArray(word, { maxLength: 6 }), fc.uniqueArray(word, { maxLength: 3 }))
    .chain(([words, lineStarts]) => {
      const pieces = [...words, ...lineStarts, ...words.map((w) => w.slice(1)), '\n', ' ', 'a', 'q', '(', '.', 'X'];
      return fc.tuple(
        fc.constant(words),
        fc.constant(lineStarts),
        fc.array(fc.constantFrom(...pieces), { maxLength: 24 }),
      );
    });

  it('marks exactly the lines that hold a word or start with a line-start word', () => {
    fc.assert(
      fc.property(aCase, ([words, lineStarts, parts]) => {
        const text = parts.join('');
        expect(markedLines(anyWordAtRareCharacter(words, lineStarts), text)).toEqual(
          linesByDefinition(text, words, lineStarts),
        );
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('tells the matches of marked words by its group, and loses none of them to the others', () => {
    fc.assert(
      fc.property(aCase, fc.uniqueArray(word, { minLength: 1, maxLength: 3 }), ([words, lineStarts, parts], marked) => {
        const text = [...parts, ...marked].join(' ');
        const pattern = anyWordAtRareCharacter(words, lineStarts, marked);
        const markedLines = new Set<number>();
        const allLines = new Set<number>();
        pattern.lastIndex = 0;
        for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
          const line = text.slice(0, found.index).split('\n').length - 1;
          allLines.add(line);
          if (found[1] !== undefined) markedLines.add(line);
        }
        const sorted = (lines: Set<number>) => [...lines].sort((a, b) => a - b);
        expect(sorted(markedLines)).toEqual(linesByDefinition(text, marked, []));
        expect(sorted(allLines)).toEqual(linesByDefinition(text, [...words, ...marked], lineStarts));
      }),
      { numRuns: 3000, seed: 12 },
    );
  });

  it('keys each word on its rarest character, and searches a single word as it is', () => {
    expect(anyWordAtRareCharacter(['require', 'import']).source).toBe('q(?:(?<=req)(?=uire))|m(?:(?<=im)(?=port))');
    expect(anyWordAtRareCharacter(['import']).source).toBe('import');
    expect(anyWordAtRareCharacter([], ['app']).source).toBe('p(?:(?<=(?<![^\\n])ap)(?=p))');
    expect(anyWordAtRareCharacter([]).test('anything')).toBe(false);
  });
});

/**
 * One expression for many: the knowledge tables list patterns and words one by one, and the
 * hot paths test a file or a line against all of them in a single pass.
 */

/** Every pattern as one alternation (their sources only: the flags are the caller's). */
export function anyOf(patterns: readonly RegExp[], flags = ''): RegExp {
  return new RegExp(patterns.map((r) => `(?:${r.source})`).join('|'), flags);
}

/**
 * Characters of source code, most frequent first: counted over the first 16 KiB of 120 MB of
 * Python, JavaScript and TypeScript files in 44 public repositories. Anything not listed is rarer.
 */
const CODE_CHARACTERS_BY_FREQUENCY =
  ' etroasin\nldcpum._"f,hg()=:ybvw{}T/\'kxSE0I-C1;AR2PN[]DO*>MLFqUj345<B689H7zV`#@GW?|K$&!YQ+\\JZX\t%';

/** How rare a character is in source code: higher is rarer. */
function rarity(char: string): number {
  const at = CODE_CHARACTERS_BY_FREQUENCY.indexOf(char);
  return at < 0 ? CODE_CHARACTERS_BY_FREQUENCY.length : at;
}

/** The text as a regular expression that matches it literally. */
export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An expression that finds each literal word, and each line-start word at the start of a line
 * (or of the text). A match lies on the line of the word it found: it is the word's rarest
 * character, or the whole word when there is just one (a single word is searched fastest as it
 * is). The engine tries an alternation at every position of the text; keyed on rare characters
 * it rejects most positions at once: a third less time than the plain alternation over the
 * source heads of two real repositories (docs/performance.md). A match of a `marked` word sets
 * the expression's one group (to ''); where a marked word and another are found at the same
 * character, the marked one is the match.
 */
export function anyWordAtRareCharacter(
  words: readonly string[],
  lineStarts: readonly string[] = [],
  marked: readonly string[] = [],
): RegExp {
  if (words.length === 1 && lineStarts.length === 0 && marked.length === 0 && words[0])
    return new RegExp(escape(words[0]), 'g');
  const unmarked = atRareCharacter([
    ...words.map((w) => [w, false] as const),
    ...lineStarts.map((w) => [w, true] as const),
  ]);
  if (marked.length === 0) return new RegExp(unmarked || '(?!)', 'g');
  // the marked words first: at a character where both match, theirs is the match
  const source = `(?:${atRareCharacter(marked.map((w) => [w, false] as const))})()`;
  return new RegExp(unmarked ? `${source}|${unmarked}` : source, 'g');
}

/** The source of an alternation of words (each with whether it must start a line), grouped by their rarest character. */
function atRareCharacter(words: readonly (readonly [word: string, lineStart: boolean])[]): string {
  const byCharacter = new Map<string, string[]>();
  for (const [word, lineStart] of words) {
    if (!word) continue;
    let at = 0;
    for (let i = 1; i < word.length; i++) if (rarity(word[i]!) > rarity(word[at]!)) at = i;
    const through = word.slice(0, at + 1);
    const after = word.slice(at + 1);
    // a look-behind that holds the rare character itself: it is checked once that one is found
    const behind = lineStart ? `(?<=(?<![^\\n])${escape(through)})` : at > 0 ? `(?<=${escape(through)})` : '';
    const ahead = after ? `(?=${escape(after)})` : '';
    const char = word[at]!;
    const alternatives = byCharacter.get(char) ?? byCharacter.set(char, []).get(char)!;
    alternatives.push(behind + ahead);
  }
  return [...byCharacter]
    .map(([char, alternatives]) =>
      alternatives.includes('') ? escape(char) : `${escape(char)}(?:${alternatives.join('|')})`,
    )
    .join('|');
}

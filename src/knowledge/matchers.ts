/**
 * One expression for many: the knowledge tables list patterns and words one by one, and the
 * hot paths test a file or a line against all of them in a single pass.
 */

/** Every pattern as one alternation (their sources only: the flags are the caller's). */
export function anyOf(patterns: readonly RegExp[], flags = ''): RegExp {
  return new RegExp(patterns.map((r) => `(?:${r.source})`).join('|'), flags);
}

/** The source of an alternation of literal words (the regular-expression characters in them escaped). */
export function anyWordSource(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

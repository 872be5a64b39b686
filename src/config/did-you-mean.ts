/** Levenshtein distance; the keys compared are short, so the plain two-row version is enough. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** `failOn`, `fail_on` and `FAIL-ON` all mean `fail-on`: YAML users often guess the casing. */
function squash(key: string): string {
  return key.toLowerCase().replace(/[-_\s]/g, '');
}

/**
 * The allowed key the user most likely meant: same letters in another casing or separator style,
 * or within an edit distance of 2 or a third of the key's length, whichever is larger.
 */
export function didYouMean(key: string, allowed: readonly string[]): string | undefined {
  const squashed = squash(key);
  const sameLetters = allowed.find((candidate) => squash(candidate) === squashed);
  if (sameLetters) return sameLetters;
  const limit = Math.max(2, Math.floor(key.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of allowed) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

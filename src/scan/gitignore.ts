import ignore, { type Ignore } from 'ignore';

// Case-sensitive like git on Linux, where CI runs; relative-path checks off because names such
// as `...` are valid files that `ignore` would otherwise refuse.
const OPTIONS = { ignorecase: false, allowRelativePaths: true };

/** Escapes a folder path so gitignore syntax reads it literally. */
function literal(dir: string): string {
  return dir.replace(/[\\*?[\]]/g, '\\$&').replace(/^[!#]/, '\\$&');
}

/**
 * The rules of the `.gitignore` in folder `dir` (root-relative, '' for the root), rewritten
 * relative to the root. Git reads all `.gitignore` files along a path as one list in which the
 * deeper file comes later and the last match wins; anchoring each pattern to its own folder
 * keeps exactly that meaning in a single rule set, negations included, without letting a
 * shallower file's directory rule leak into a folder a deeper file re-included.
 */
export function gitignorePatterns(dir: string, text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (dir === '') return lines;
  const prefix = literal(dir);
  const patterns: string[] = [];
  for (const line of lines) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const negated = line.startsWith('!');
    const pattern = negated ? line.slice(1) : line;
    const core = pattern.replace(/ +$/, '').replace(/\/$/, '');
    if (core === '') continue;
    // A slash before the end anchors the pattern to its folder; otherwise it matches at any depth below it.
    const rooted = core.includes('/') ? `${prefix}/${pattern.replace(/^\//, '')}` : `${prefix}/**/${pattern}`;
    patterns.push(negated ? `!${rooted}` : rooted);
  }
  return patterns;
}

/** The ignore rules of one scan: every `.gitignore` met so far, plus the user's extra globs. */
export class IgnoreRules {
  private readonly gitignore: Ignore = ignore(OPTIONS);
  private readonly extra: Ignore | undefined;

  /** `extra`: gitignore-style globs relative to the root (from the config file); they only exclude more. */
  constructor(extra: readonly string[] = []) {
    const patterns = extra.filter((pattern) => typeof pattern === 'string' && pattern.trim() !== '');
    this.extra = patterns.length > 0 ? ignore(OPTIONS).add(patterns) : undefined;
  }

  /** Must be called before any path inside `dir` is tested (the walk reads a folder before its children). */
  addGitignore(dir: string, text: string): void {
    this.gitignore.add(gitignorePatterns(dir, text));
  }

  ignores(path: string, isDirectory: boolean): boolean {
    const target = isDirectory ? `${path}/` : path;
    return this.gitignore.ignores(target) || (this.extra?.ignores(target) ?? false);
  }
}

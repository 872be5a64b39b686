/**
 * Gitignore matching as git does it, one `.gitignore` file per folder scope.
 *
 * Each file's rules are tested only against the paths below its own folder, relative to that
 * folder; the deepest file with a matching rule decides (its last matching rule wins), then the
 * next one up. A folder that is ignored is never walked, so nothing inside it can be
 * re-included, exactly as git says. Keeping the files apart (rather than one rule set with
 * every nested pattern rewritten under its folder's prefix) means an entry is tested against the
 * rules of its own ancestors only: on a monorepo with dozens of `.gitignore` files that is a
 * handful of rules per entry instead of hundreds.
 */

export interface GitignoreRule {
  /** `!pattern`: a match re-includes. */
  readonly negative: boolean;
  /** `pattern/`: matches folders only. */
  readonly folderOnly: boolean;
  /** A slash at the start or in the middle: matched against the path below the scope's folder, not the name. */
  readonly anchored: boolean;
  readonly matches: (subject: string) => boolean;
}

/** The rules of one `.gitignore`, and the scope of the folder above it. */
export interface IgnoreScope {
  /** Root-relative folder of the `.gitignore`; '' for the root. */
  readonly dir: string;
  readonly rules: readonly GitignoreRule[];
  readonly parent: IgnoreScope | undefined;
}

/** The rules of a `.gitignore` text, in file order. Lines git would reject are dropped. */
export function parseGitignore(text: string): GitignoreRule[] {
  const rules: GitignoreRule[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (const rawLine of body.split('\n')) {
    const rule = parseLine(rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine);
    if (rule) rules.push(rule);
  }
  return rules;
}

function parseLine(line: string): GitignoreRule | undefined {
  if (line === '' || line.startsWith('#')) return undefined;
  // Trailing spaces are dropped unless the last one is escaped with a backslash.
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ' && line[end - 2] !== '\\') end -= 1;
  let pattern = line.slice(0, end);
  const negative = pattern.startsWith('!');
  if (negative) pattern = pattern.slice(1);
  const folderOnly = pattern.endsWith('/');
  if (folderOnly) pattern = pattern.slice(0, -1);
  const anchored = pattern.includes('/');
  if (pattern.startsWith('/')) pattern = pattern.slice(1);
  if (pattern === '') return undefined;
  const matches = matcherOf(pattern, anchored);
  return matches ? { negative, folderOnly, anchored, matches } : undefined;
}

const WILDCARDS = /[*?[\\]/;

function matcherOf(pattern: string, anchored: boolean): ((subject: string) => boolean) | undefined {
  if (!WILDCARDS.test(pattern)) return (subject) => subject === pattern;
  // `*.log`, the commonest pattern of all, as a suffix test.
  if (!anchored && pattern.startsWith('*') && !WILDCARDS.test(pattern.slice(1))) {
    const suffix = pattern.slice(1);
    return (subject) => subject.endsWith(suffix);
  }
  // `**/name`: the name itself, or at the end of any path below
  const below = pattern.startsWith('**/') ? pattern.slice(3) : undefined;
  if (below !== undefined && below !== '' && !WILDCARDS.test(below) && !below.includes('/')) {
    const tail = `/${below}`;
    return (subject) => subject === below || subject.endsWith(tail);
  }
  const source = regexSourceOf(pattern);
  if (source === undefined) return undefined;
  const regex = new RegExp(`^${source}$`);
  return (subject) => regex.test(subject);
}

/**
 * Git's wildmatch with the pathname flag, as a regular expression: `*` and `?` never cross a
 * slash, `**` between slashes (or at either end) spans folders, `[...]` is a class (`!` or `^`
 * negates), a backslash quotes the next character. Undefined for a pattern git cannot match
 * (a trailing lone backslash).
 */
function regexSourceOf(pattern: string): string | undefined {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '*') {
      let j = i;
      while (pattern[j] === '*') j += 1;
      const double = j - i >= 2 && (i === 0 || pattern[i - 1] === '/') && (j === pattern.length || pattern[j] === '/');
      if (!double) out += '[^/]*';
      else if (j === pattern.length) out += '.*';
      else {
        // `**/`: zero or more folders
        out += '(?:[^/]*/)*';
        j += 1;
      }
      i = j;
    } else if (c === '?') {
      out += '[^/]';
      i += 1;
    } else if (c === '[') {
      const cls = classAt(pattern, i);
      if (cls) {
        out += cls.source;
        i = cls.end;
      } else {
        out += '\\[';
        i += 1;
      }
    } else if (c === '\\') {
      if (i + 1 >= pattern.length) return undefined;
      out += escapeRegex(pattern[i + 1]!);
      i += 2;
    } else {
      out += escapeRegex(c);
      i += 1;
    }
  }
  return out;
}

/** A bracket expression starting at `start`, or undefined when it never closes (then `[` is literal). */
function classAt(pattern: string, start: number): { source: string; end: number } | undefined {
  let i = start + 1;
  let negated = false;
  if (pattern[i] === '!' || pattern[i] === '^') {
    negated = true;
    i += 1;
  }
  let body = '';
  let first = true;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === ']' && !first) return { source: negated ? `[^/${body}]` : `[${body}]`, end: i + 1 };
    if (c === '\\') {
      if (i + 1 >= pattern.length) return undefined;
      body += `\\${pattern[i + 1]}`;
      i += 2;
    } else {
      body += c === '-' ? '-' : escapeClassChar(c);
      i += 1;
    }
    first = false;
  }
  return undefined;
}

function escapeRegex(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

function escapeClassChar(c: string): string {
  return /[\]\\^[]/.test(c) ? `\\${c}` : c;
}

/** The scope a folder's children are tested in: its parent's, plus its own `.gitignore` if it has rules. */
export function scopeWith(parent: IgnoreScope | undefined, dir: string, text: string): IgnoreScope | undefined {
  const rules = parseGitignore(text);
  return rules.length > 0 ? { dir, rules, parent } : parent;
}

/** Git's verdict on an entry: the deepest scope with a matching rule decides; `name` is the path's last segment. */
export function isIgnored(scope: IgnoreScope | undefined, path: string, name: string, isFolder: boolean): boolean {
  for (let s = scope; s; s = s.parent) {
    const verdict = verdictOf(s.rules, s.dir === '' ? path : path.slice(s.dir.length + 1), name, isFolder);
    if (verdict !== undefined) return verdict;
  }
  return false;
}

/** The last matching rule's verdict (true: ignored), or undefined when none matches. */
function verdictOf(
  rules: readonly GitignoreRule[],
  below: string,
  name: string,
  isFolder: boolean,
): boolean | undefined {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i]!;
    if (rule.folderOnly && !isFolder) continue;
    if (rule.matches(rule.anchored ? below : name)) return !rule.negative;
  }
  return undefined;
}

/** The ignore rules of one scan: the `.gitignore` scopes met on the way, plus the user's extra globs. */
export class IgnoreRules {
  private readonly extra: IgnoreScope | undefined;

  /** `extra`: gitignore-style globs relative to the root (from the config file); they only exclude more. */
  constructor(extra: readonly string[] = []) {
    const patterns = extra.filter((pattern) => typeof pattern === 'string' && pattern.trim() !== '');
    this.extra = patterns.length > 0 ? scopeWith(undefined, '', patterns.join('\n')) : undefined;
  }

  ignores(scope: IgnoreScope | undefined, path: string, name: string, isFolder: boolean): boolean {
    return (
      isIgnored(scope, path, name, isFolder) ||
      (this.extra !== undefined && isIgnored(this.extra, path, name, isFolder))
    );
  }
}

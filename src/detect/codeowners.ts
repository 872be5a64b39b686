import type { Evidence, Warning } from '../model/common.js';

export interface CodeownersRule {
  pattern: string;
  /** As written: `@user`, `@org/team` or an email; none means the matching paths have no owner. */
  owners: string[];
  line: number;
  matches: (path: string) => boolean;
}

export interface Codeowners {
  file: string;
  rules: CodeownersRule[];
}

const OWNER = /^(@[\w.-]+(\/[\w.-]+)?|[^@\s]+@[^@\s]+\.[^@\s]+)$/;

/**
 * A CODEOWNERS file -> its rules, in order. As GitHub reads it: `#` starts a comment (`\#` is a
 * literal one), a line is a pattern and its owners, and a line GitHub would skip (an owner that is
 * not `@user`, `@org/team` or an email; `!` negation or `[ ]` ranges, which GitHub does not
 * support) is skipped with a warning naming the line.
 */
export function parseCodeowners(file: string, text: string): { codeowners: Codeowners; warnings: Warning[] } {
  const rules: CodeownersRule[] = [];
  const warnings: Warning[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!content) return;
    const tokens = content.match(/(?:\\.|\S)+/g) ?? [];
    const pattern = tokens[0]!.replace(/\\(.)/g, '$1');
    const owners = tokens.slice(1);
    const skip = (why: string) => warnings.push({ file, message: `line ${line}: ${why}; GitHub skips this line too` });
    if (pattern.startsWith('!')) return skip(`${JSON.stringify(pattern)}: CODEOWNERS has no ! negation`);
    if (/\[|\]/.test(pattern)) return skip(`${JSON.stringify(pattern)}: CODEOWNERS has no [ ] character ranges`);
    const bad = owners.find((o) => !OWNER.test(o));
    if (bad) return skip(`${JSON.stringify(bad)} is not an owner (@user, @org/team or an email)`);
    rules.push({ pattern, owners, line, matches: compilePattern(pattern) });
  });
  return { codeowners: { file, rules }, warnings };
}

/**
 * The owners of a folder: those of the last rule matching a new file at its top level, as GitHub
 * would request reviews for it. A last matching rule with no owners leaves the folder unowned.
 */
export function ownersOf(codeowners: Codeowners, folder: string): { owners: string[]; evidence: Evidence } | undefined {
  // A name no pattern can spell out, so that only rules covering the whole folder match it.
  return fileOwners(codeowners, `${folder === '.' ? '' : folder + '/'}\u0000new-file`);
}

/** The owners of one file: those of the last matching rule; none when that rule names none. */
export function fileOwners(
  codeowners: Codeowners,
  probe: string,
): { owners: string[]; evidence: Evidence } | undefined {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i]!;
    if (!rule.matches(probe)) continue;
    if (rule.owners.length === 0) return undefined;
    return {
      owners: rule.owners,
      evidence: {
        file: codeowners.file,
        line: rule.line,
        detail: `CODEOWNERS ${rule.pattern} ${rule.owners.join(' ')}`,
      },
    };
  }
  return undefined;
}

type Token = { kind: 'char'; char: string } | { kind: 'one' | 'star' | 'any' | 'dirs' | 'sub' };

/**
 * GitHub's CODEOWNERS patterns (gitignore's, less negation and ranges): a leading or inner `/`
 * anchors at the root, otherwise the pattern matches at any depth; a trailing `/` matches a
 * folder's contents at any depth; `*` stays within one path segment and `**` crosses them; a
 * last segment with a `*` matches files directly inside only (`docs/*` owns `docs/a.md`, not
 * `docs/sub/b.md`, as GitHub documents). Matching is a memoised walk over pattern and path, not
 * a regular expression: a pattern from the scanned repository must not be able to make it
 * backtrack for ever.
 */
export function compilePattern(pattern: string): (path: string) => boolean {
  const folderOnly = pattern.endsWith('/');
  let body = pattern.replace(/\/+$/, '');
  const anchored = body.startsWith('/') || body.includes('/');
  body = body.replace(/^\/+/, '');
  const last = body.slice(body.lastIndexOf('/') + 1);
  const tokens: Token[] = anchored ? [] : [{ kind: 'dirs' }];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '*' && body[i + 1] === '*') {
      const slash = body[i + 2] === '/';
      tokens.push({ kind: slash ? 'dirs' : 'any' });
      i += slash ? 2 : 1;
      while (body[i + 1] === '*') i++;
    } else if (c === '*') {
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'one' });
    else tokens.push({ kind: 'char', char: c });
  }
  if (folderOnly) tokens.push({ kind: 'char', char: '/' }, { kind: 'any' });
  else if (!last.includes('*') || last === '**') tokens.push({ kind: 'sub' });
  return (path) => matches(tokens, path);
}

function matches(tokens: readonly Token[], path: string): boolean {
  const n = path.length;
  const memo = new Map<number, boolean>();
  const at = (t: number, i: number): boolean => {
    if (t === tokens.length) return i === n;
    const key = t * (n + 1) + i;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const token = tokens[t]!;
    let result = false;
    switch (token.kind) {
      case 'char':
        result = path[i] === token.char && at(t + 1, i + 1);
        break;
      case 'one':
        result = i < n && path[i] !== '/' && at(t + 1, i + 1);
        break;
      case 'star':
        result = at(t + 1, i) || (i < n && path[i] !== '/' && at(t, i + 1));
        break;
      case 'any':
        result = at(t + 1, i) || (i < n && at(t, i + 1));
        break;
      case 'dirs':
        // nothing, or any run of whole folders: `a/`, `a/b/`
        for (let k = i; k <= n && !result; k++) if (k === i || path[k - 1] === '/') result = at(t + 1, k);
        break;
      case 'sub':
        // the path itself, or anything inside it
        result = t === tokens.length - 1 ? i === n || path[i] === '/' : false;
        break;
    }
    memo.set(key, result);
    return result;
  };
  return at(0, 0);
}

import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IgnoreRules, parseGitignore, scopeWith, type IgnoreScope } from '../../src/scan/gitignore.js';
import { scan } from '../../src/scan/index.js';
import { tempDir, writeTree } from './helpers.js';

const hasGit = (() => {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The verdict on `path`, with the `.gitignore` texts of `files` (folder -> text) scoped as the walk scopes them. */
function verdict(files: Record<string, string>, path: string, isFolder = false, extra: string[] = []): boolean {
  const parts = path.split('/');
  let scope: IgnoreScope | undefined;
  for (let depth = 0; depth < parts.length; depth++) {
    const dir = parts.slice(0, depth).join('/');
    if (files[dir] !== undefined) scope = scopeWith(scope, dir, files[dir]);
  }
  return new IgnoreRules(extra).ignores(scope, path, parts.at(-1)!, isFolder);
}

describe('parseGitignore', () => {
  it('skips comments and blank lines, drops a BOM and CRs, keeps escaped trailing spaces', () => {
    const rules = parseGitignore('\uFEFF# comment\r\n\r\n*.log\r\n!keep.log  \nspace\\ \n/\n');
    expect(rules.map((r) => r.negative)).toEqual([false, true, false]);
    expect(rules[0]!.matches('a.log')).toBe(true);
    expect(rules[1]!.matches('keep.log')).toBe(true);
    expect(rules[2]!.matches('space ')).toBe(true);
    expect(rules[2]!.matches('space')).toBe(false);
  });

  it('reads wildcards as git does: * and ? stop at a slash, ** spans folders, classes and escapes', () => {
    const m = (pattern: string, subject: string) => parseGitignore(pattern)[0]!.matches(subject);
    expect(m('a/*.js', 'a/x.js')).toBe(true);
    expect(m('a/*.js', 'a/b/x.js')).toBe(false);
    expect(m('a/?.js', 'a/x.js')).toBe(true);
    expect(m('**/cache', 'cache')).toBe(true);
    expect(m('**/cache', 'x/y/cache')).toBe(true);
    expect(m('**/cache', 'x/ycache')).toBe(false);
    expect(m('a/**/b', 'a/b')).toBe(true);
    expect(m('a/**/b', 'a/x/y/b')).toBe(true);
    expect(m('a/**', 'a/x/y')).toBe(true);
    expect(m('a/**', 'a')).toBe(false);
    expect(m('x[0-9].txt', 'x7.txt')).toBe(true);
    expect(m('x[!0-9].txt', 'x7.txt')).toBe(false);
    expect(m('x[!0-9].txt', 'xa.txt')).toBe(true);
    expect(m('\\#hash', '#hash')).toBe(true);
    expect(m('\\!bang', '!bang')).toBe(true);
    expect(m('[x', '[x')).toBe(true);
    expect(m('a.(b)+', 'a.(b)+')).toBe(true);
    expect(parseGitignore('trailing\\')).toEqual([]);
  });
});

describe('scoped rules', () => {
  it('lets a deeper .gitignore re-include what a shallower one excluded', () => {
    const files = { '': '*.log\nlogs/\n', app: '!important.log\n!logs/\n' };
    expect(verdict(files, 'debug.log')).toBe(true);
    expect(verdict(files, 'app/important.log')).toBe(false);
    expect(verdict(files, 'app/other.log')).toBe(true);
    expect(verdict(files, 'logs', true)).toBe(true);
    expect(verdict(files, 'app/logs', true)).toBe(false);
    expect(verdict(files, 'app/logs/today.txt')).toBe(false);
  });

  it("tests a nested file's rules only below its folder, anchored ones relative to it", () => {
    const files = { '': '', api: '/local/\nsub/x\n*.cache\n' };
    expect(verdict(files, 'local', true)).toBe(false);
    expect(verdict(files, 'api/local', true)).toBe(true);
    expect(verdict(files, 'api/deep/local', true)).toBe(false);
    expect(verdict(files, 'api/sub/x')).toBe(true);
    expect(verdict(files, 'api/deep/z.cache')).toBe(true);
    expect(verdict(files, 'z.cache')).toBe(false);
  });

  it('applies a folder rule to folders only', () => {
    expect(verdict({ '': 'tmp/\n' }, 'tmp', true)).toBe(true);
    expect(verdict({ '': 'tmp/\n' }, 'tmp', false)).toBe(false);
  });

  it('adds the extra globs on top, relative to the root', () => {
    const extra = ['legacy/', 'docs/**/*.py'];
    expect(verdict({}, 'legacy', true, extra)).toBe(true);
    expect(verdict({}, 'docs/conf/x.py', false, extra)).toBe(true);
    expect(verdict({}, 'src/legacy.py', false, extra)).toBe(false);
  });

  it('is case-sensitive like git on Linux', () => {
    expect(verdict({ '': 'Build.log\n' }, 'build.log')).toBe(false);
  });

  it('takes a folder name with glob characters literally', () => {
    expect(verdict({ 'odd/[x]': 'drop.txt\n' }, 'odd/[x]/drop.txt')).toBe(true);
    expect(verdict({ 'odd/[x]': 'drop.txt\n' }, 'odd/x/drop.txt')).toBe(false);
  });
});

describe('scan honours .gitignore files as git does', () => {
  let dir = '';
  let cleanup: () => Promise<void> = async () => {};
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  afterEach(() => cleanup());

  const tree = {
    '.gitignore':
      '*.log\n/secret.txt\ntmp/\ndocs/*\n!docs/keep.md\n**/gen\ndeep/**/out.txt\n\\#hash.txt\ntrail.txt   \nq?.md\nx[!0-9].txt\nwild/**\n!wild/keep.txt\n',
    'a/gen/x.txt': 'x',
    'b/gen': 'x',
    'b/general.txt': 'x',
    'deep/out.txt': 'x',
    'deep/1/2/out.txt': 'x',
    'deep/1/in.txt': 'x',
    '#hash.txt': 'x',
    'trail.txt': 'x',
    'qa.md': 'x',
    'qab.md': 'x',
    'x5.txt': 'x',
    'xa.txt': 'x',
    'wild/a.txt': 'x',
    'wild/keep.txt': 'x',
    'wild/sub/b.txt': 'x',
    'app.log': 'x',
    'secret.txt': 'x',
    'notes.txt': 'x',
    'tmp/a.txt': 'x',
    'docs/drop.md': 'x',
    'docs/keep.md': 'x',
    'api/.gitignore': '!important.log\nsecret.txt\n/local/\n*.cache\n',
    'api/important.log': 'x',
    'api/other.log': 'x',
    'api/secret.txt': 'x',
    'api/local/x.py': 'import os\n',
    'api/deep/local/y.py': 'import sys\n',
    'api/deep/z.cache': 'x',
    'api/deep/.gitignore': '!*.cache\n',
    'web/.gitignore': '*\n!*/\n!*.ts\n',
    'web/src/index.ts': 'export {};\n',
    'web/src/index.css': 'body{}\n',
    'web/README.md': 'x',
    'odd/[x]/.gitignore': 'drop.txt\n',
    'odd/[x]/drop.txt': 'x',
    'odd/[x]/keep.txt': 'x',
  };

  it('keeps exactly the files git does not ignore', async () => {
    await writeTree(dir, tree);
    const result = await scan(dir);
    const paths = result.files.map((file) => file.path);
    expect(paths).toContain('docs/keep.md');
    expect(paths).toContain('api/important.log');
    expect(paths).toContain('api/deep/local/y.py');
    expect(paths).toContain('web/src/index.ts');
    expect(paths).toContain('odd/[x]/keep.txt');
    for (const ignored of ['app.log', 'secret.txt', 'tmp/a.txt', 'docs/drop.md', 'api/other.log', 'api/secret.txt']) {
      expect(paths).not.toContain(ignored);
    }
    expect(paths).not.toContain('api/local/x.py');
    expect(paths).not.toContain('web/src/index.css');
    expect(paths).not.toContain('odd/[x]/drop.txt');

    if (hasGit) {
      execFileSync('git', ['init', '-q'], { cwd: dir });
      const listed = execFileSync('git', ['ls-files', '-z', '--others', '--exclude-standard'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(paths).toEqual(listed.split('\0').filter(Boolean).sort());
    }
  });
});

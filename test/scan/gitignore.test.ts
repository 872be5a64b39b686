import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitignorePatterns, IgnoreRules } from '../../src/scan/gitignore.js';
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

describe('gitignorePatterns', () => {
  it('keeps root rules as written', () => {
    expect(gitignorePatterns('', '*.log\n!keep.log\n')).toEqual(['*.log', '!keep.log', '']);
  });

  it('anchors nested rules to their folder, at any depth or at the folder itself', () => {
    expect(gitignorePatterns('web', '# comment\n\n*.tmp\n/local\nsub/x\n!keep.tmp\ncache/\n')).toEqual([
      'web/**/*.tmp',
      'web/local',
      'web/sub/x',
      '!web/**/keep.tmp',
      'web/**/cache/',
    ]);
  });

  it('escapes glob characters in the folder name and drops a BOM', () => {
    expect(gitignorePatterns('a[1]*', '\uFEFFx\r\n')).toEqual(['a\\[1\\]\\*/**/x']);
    expect(gitignorePatterns('!bang', 'x')).toEqual(['\\!bang/**/x']);
  });
});

describe('IgnoreRules', () => {
  it('lets a deeper .gitignore re-include what a shallower one excluded', () => {
    const rules = new IgnoreRules();
    rules.addGitignore('', '*.log\nlogs/\n');
    rules.addGitignore('app', '!important.log\n!logs/\n');
    expect(rules.ignores('debug.log', false)).toBe(true);
    expect(rules.ignores('app/important.log', false)).toBe(false);
    expect(rules.ignores('app/other.log', false)).toBe(true);
    expect(rules.ignores('logs', true)).toBe(true);
    expect(rules.ignores('app/logs', true)).toBe(false);
    expect(rules.ignores('app/logs/today.txt', false)).toBe(false);
  });

  it('applies a folder rule to folders only', () => {
    const rules = new IgnoreRules();
    rules.addGitignore('', 'tmp/\n');
    expect(rules.ignores('tmp', true)).toBe(true);
    expect(rules.ignores('tmp', false)).toBe(false);
  });

  it('adds the extra globs on top, relative to the root', () => {
    const rules = new IgnoreRules(['legacy/', 'docs/**/*.py']);
    expect(rules.ignores('legacy', true)).toBe(true);
    expect(rules.ignores('docs/conf/x.py', false)).toBe(true);
    expect(rules.ignores('src/legacy.py', false)).toBe(false);
  });

  it('is case-sensitive like git on Linux', () => {
    const rules = new IgnoreRules();
    rules.addGitignore('', 'Build.log\n');
    expect(rules.ignores('build.log', false)).toBe(false);
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
    '.gitignore': '*.log\n/secret.txt\ntmp/\ndocs/*\n!docs/keep.md\n',
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

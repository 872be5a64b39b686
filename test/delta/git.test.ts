import { afterEach, describe, expect, it } from 'vitest';
import { diffNames, listTree, locate, resolveCommit } from '../../src/delta/git.js';
import { GitObjects } from '../../src/delta/objects.js';
import { gitRepo } from './git-repo.js';

let repo: ReturnType<typeof gitRepo>;
afterEach(() => repo?.cleanup());

describe('git plumbing', () => {
  it('lists a commit tree below a prefix and reads blobs with a limit', async () => {
    repo = gitRepo();
    repo.write({ 'svc/package.json': '{"name":"svc"}\n', 'svc/src/big.ts': 'x'.repeat(100_000), 'other.txt': 'o' });
    const commit = repo.commit('one');
    const { prefix } = await locate(`${repo.dir}/svc`);
    expect(prefix).toBe('svc/');
    const tree = await listTree(`${repo.dir}/svc`, commit, prefix);
    expect(tree.map((e) => e.path).sort()).toEqual(['package.json', 'src/big.ts']);
    const big = tree.find((e) => e.path === 'src/big.ts')!;
    const objects = new GitObjects(repo.dir);
    try {
      const [bigRead, manifestRead] = await objects.read([
        { blob: big.blob, limit: 10 },
        { blob: tree.find((e) => e.path === 'package.json')!.blob, limit: 1000 },
      ]);
      expect(bigRead).toEqual({ size: 100_000, bytes: Buffer.from('x'.repeat(10)) });
      expect(manifestRead).toEqual({ size: 15, bytes: Buffer.from('{"name":"svc"}\n') });
    } finally {
      objects.close();
    }
  });

  it('names added, modified, deleted and renamed files against the working tree', async () => {
    repo = gitRepo();
    repo.write({ 'a.py': 'import os\n', 'b.py': 'print(1)\n', 'requirements.txt': 'flask\n'.repeat(20) });
    const base = repo.commit('base');
    repo.write({ 'a.py': 'import torch\n', 'c.py': 'x = 1\n' });
    repo.remove('b.py');
    repo.git('mv', 'requirements.txt', 'requirements-prod.txt');
    repo.commit('head');
    const diff = await diffNames(repo.dir, base, '');
    expect(diff).toEqual(
      expect.arrayContaining([
        { status: 'modified', path: 'a.py' },
        { status: 'added', path: 'c.py' },
        { status: 'deleted', path: 'b.py' },
        { status: 'renamed', path: 'requirements-prod.txt', from: 'requirements.txt' },
      ]),
    );
  });

  it('resolves refs and says undefined for a missing one', async () => {
    repo = gitRepo();
    repo.write({ 'x.txt': 'x' });
    const sha = repo.commit('one');
    expect(await resolveCommit(repo.dir, 'main')).toBe(sha);
    expect(await resolveCommit(repo.dir, 'no-such-branch')).toBeUndefined();
    expect(await resolveCommit(repo.dir, '--output=/tmp/x')).toBeUndefined();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { detect, type FileFacts } from '../../src/detect/index.js';
import { GitObjects, treeChanges } from '../../src/delta/objects.js';
import type { ScannedFile, ScanResult } from '../../src/model/scan.js';
import { FileVersions, scanCommit, SourceHeads } from '../../src/history/commit-scan.js';
import { historyRepo } from './history-repo.js';
import { classify } from '../../src/scan/classify.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const EMPTY: ScanResult = { files: [], warnings: [], stats: { files: 0, bytesRead: 0 } };
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const app = (framework: string) => ({
  'api/package.json': json({
    name: 'api',
    scripts: { start: 'node server.js' },
    dependencies: { [framework]: '1.0.0' },
  }),
  'api/server.js': `import server from '${framework}';\nconst app = server();\napp.listen(3000);\n`,
});

/** The modules `api/server.js` imports, as detect tells them with the memo shared across scans. */
function importsOf(scan: ScanResult, memo: WeakMap<ScannedFile, FileFacts>): string[] {
  return detect(scan, { fileMemo: memo })
    .imports.filter((i) => i.file === 'api/server.js')
    .map((i) => i.module);
}

describe('scanning a commit from another commit and its changed blobs', () => {
  it('never gives a changed blob the facts of the version read before, and gives a version met again its facts', async () => {
    const repo = historyRepo([
      { subject: 'express', files: app('express') },
      { subject: 'fastify', files: app('fastify') },
      { subject: 'express again', files: app('express') },
      { subject: 'readme', files: { 'README.md': 'api\n' } },
    ]);
    cleanups.push(repo.cleanup);
    const objects = new GitObjects(repo.dir);
    cleanups.push(() => objects.close());
    const versions = new FileVersions();
    const memo = new WeakMap<ScannedFile, FileFacts>();
    const [first, second, third, fourth] = repo.shas as [string, string, string, string];
    const emptyTree = repo.git('hash-object', '-t', 'tree', '/dev/null');

    const one = await scanCommit(EMPTY, await treeChanges(repo.dir, emptyTree, first, ''), objects, versions);
    expect(one.files.map((f) => f.path)).toEqual(['api/package.json', 'api/server.js']);
    expect(importsOf(one, memo)).toEqual(['express']);

    // same path, another blob: another file object, read and parsed again
    const two = await scanCommit(one, await treeChanges(repo.dir, first, second, ''), objects, versions);
    const serverOf = (s: ScanResult) => s.files.find((f) => f.path === 'api/server.js')!;
    expect(serverOf(two)).not.toBe(serverOf(one));
    expect(serverOf(two).blob).not.toBe(serverOf(one).blob);
    expect(importsOf(two, memo)).toEqual(['fastify']);
    expect(detect(two, { fileMemo: memo }).manifests[0]!.dependencies.map((d) => d.name)).toEqual(['fastify']);

    // the first version back: the very file met before (its facts kept, its blob not read again)
    const three = await scanCommit(two, await treeChanges(repo.dir, second, third, ''), objects, versions);
    expect(serverOf(three)).toBe(serverOf(one));
    expect(three.stats.bytesRead).toBe(0);
    expect(importsOf(three, memo)).toEqual(['express']);

    // a file that did not change is the same object; one added is read
    const four = await scanCommit(three, await treeChanges(repo.dir, third, fourth, ''), objects, versions);
    expect(serverOf(four)).toBe(serverOf(three));
    expect(four.files.map((f) => f.path)).toEqual(['README.md', 'api/package.json', 'api/server.js']);

    // and backwards, from the newest commit to the oldest, as the history walks
    const back = await scanCommit(four, await treeChanges(repo.dir, fourth, first, ''), objects, versions);
    expect(back.files.map((f) => f.path)).toEqual(['api/package.json', 'api/server.js']);
    expect(importsOf(back, memo)).toEqual(['express']);
  });

  it('keeps only the versions of the point the next range starts from', async () => {
    const repo = historyRepo([
      { subject: 'express', files: app('express') },
      { subject: 'fastify', files: app('fastify') },
    ]);
    cleanups.push(repo.cleanup);
    const objects = new GitObjects(repo.dir);
    cleanups.push(() => objects.close());
    const versions = new FileVersions();
    const emptyTree = repo.git('hash-object', '-t', 'tree', '/dev/null');
    const one = await scanCommit(EMPTY, await treeChanges(repo.dir, emptyTree, repo.shas[0]!, ''), objects, versions);
    const two = await scanCommit(one, await treeChanges(repo.dir, repo.shas[0]!, repo.shas[1]!, ''), objects, versions);
    expect(versions.size).toBe(4);
    versions.keepOnly(two);
    expect(versions.size).toBe(2);
    const server = one.files.find((f) => f.path === 'api/server.js')!;
    expect(versions.get(server.path, server.blob!)).toBeUndefined();
  });

  it('gives a file changed in range after range the kind its path has', async () => {
    const repo = historyRepo([
      { subject: 'express', files: { ...app('express'), 'ml/requirements.txt': 'torch\n', 'docs/a.md': '# a\n' } },
      {
        subject: 'fastify',
        files: { ...app('fastify'), 'ml/requirements.txt': 'torch\nnumpy\n', 'docs/a.md': '# b\n' },
      },
      { subject: 'koa', files: { ...app('koa'), 'ml/requirements.txt': 'numpy\n', 'docs/a.md': '# c\n' } },
    ]);
    cleanups.push(repo.cleanup);
    const objects = new GitObjects(repo.dir);
    cleanups.push(() => objects.close());
    const versions = new FileVersions();
    const emptyTree = repo.git('hash-object', '-t', 'tree', '/dev/null');
    let scan = await scanCommit(EMPTY, await treeChanges(repo.dir, emptyTree, repo.shas[0]!, ''), objects, versions);
    for (let i = 1; i < repo.shas.length; i++) {
      scan = await scanCommit(
        scan,
        await treeChanges(repo.dir, repo.shas[i - 1]!, repo.shas[i]!, ''),
        objects,
        versions,
      );
      expect(scan.files.map((f) => f.path)).toEqual([
        'api/package.json',
        'api/server.js',
        'docs/a.md',
        'ml/requirements.txt',
      ]);
      for (const file of scan.files) {
        const { role, manifestKind, language } = classify(file.path)!;
        expect({ role: file.role, manifestKind: file.manifestKind, language: file.language }).toEqual({
          role,
          manifestKind,
          language,
        });
      }
    }
  });

  it('tells apart the paths that hold one blob: each its own file, another path none', async () => {
    const same = "import express from 'express';\nexpress().listen(3000);\n";
    const repo = historyRepo([{ subject: 'two copies', files: { 'a/server.js': same, 'b/server.js': same } }]);
    cleanups.push(repo.cleanup);
    const objects = new GitObjects(repo.dir);
    cleanups.push(() => objects.close());
    const versions = new FileVersions();
    const emptyTree = repo.git('hash-object', '-t', 'tree', '/dev/null');
    const scan = await scanCommit(EMPTY, await treeChanges(repo.dir, emptyTree, repo.shas[0]!, ''), objects, versions);
    const [a, b] = scan.files;
    expect(a!.blob).toBe(b!.blob);
    expect(versions.size).toBe(2);
    expect(versions.get('a/server.js', a!.blob!)).toBe(a);
    expect(versions.get('b/server.js', a!.blob!)).toBe(b);
    expect(versions.get('c/server.js', a!.blob!)).toBeUndefined();
    versions.keepOnly(scan);
    expect(versions.size).toBe(2);
    expect(versions.get('b/server.js', b!.blob!)).toBe(b);
  });

  it('gives each blob its own bytes when blobs span many chunks and thousands are asked at once, stream after stream', async () => {
    // lines of different lengths, so that no two blobs start at the same place in a chunk
    const big = (seed: number, bytes: number) =>
      Array.from({ length: Math.ceil(bytes / 40) }, (_, i) => `${seed}:${i}:${'x'.repeat((i * 7) % 31)}\n`).join('');
    const files: Record<string, string> = {};
    for (let i = 0; i < 3; i++) files[`big/${i}.js`] = big(i, 300_000);
    for (let i = 0; i < 40; i++) files[`small/${i}.js`] = big(100 + i, 2_000 + i * 97);
    const repo = historyRepo([{ subject: 'many', files }]);
    cleanups.push(repo.cleanup);
    const objects = new GitObjects(repo.dir);
    cleanups.push(() => objects.close());
    const paths = Object.keys(files);
    const blobs = paths.map((p) => repo.git('rev-parse', `${repo.shas[0]}:${p}`));
    for (const limit of [undefined, 100_000, 1_000]) {
      // each blob asked 60 times over: a queue of thousands of requests in one stream
      const requests = Array.from({ length: 60 }, () => blobs.map((blob) => ({ blob, limit }))).flat();
      const answers = await objects.read(requests);
      expect(answers).toHaveLength(requests.length);
      answers.forEach((read, i) => {
        const text = files[paths[i % paths.length]!]!;
        expect(read!.size).toBe(Buffer.byteLength(text));
        if (limit === undefined) expect(read!.bytes).toBeUndefined();
        else expect(read!.bytes!.toString('utf8')).toBe(text.slice(0, limit));
      });
    }
  });

  it('answers a missing object with nothing and goes on reading', async () => {
    const repo = historyRepo([{ subject: 'express', files: app('express') }]);
    cleanups.push(repo.cleanup);
    const objects = new GitObjects(repo.dir);
    cleanups.push(() => objects.close());
    const blob = repo.git('rev-parse', `${repo.shas[0]}:api/server.js`);
    const [missing, read, size] = await objects.read([
      { blob: '0'.repeat(40), limit: 10 },
      { blob, limit: 6 },
      { blob },
    ]);
    expect(missing).toBeUndefined();
    expect(read!.bytes!.toString()).toBe('import');
    expect(size!.size).toBe(read!.size);
    expect(size!.bytes).toBeUndefined();
  });

  it('reads no whole file past its limit, as the walk reads none: its size, the same warning, no text', async () => {
    const notebook = JSON.stringify({ cells: [{ source: ['x'.repeat(8 * 1024 * 1024)] }] });
    const data = JSON.stringify({ rows: 'y'.repeat(600 * 1024) });
    const repo = historyRepo([
      { subject: 'big files', files: { ...app('express'), 'ml/train.ipynb': notebook, 'api/data.json': data } },
    ]);
    cleanups.push(repo.cleanup);
    const objects = new GitObjects(repo.dir);
    cleanups.push(() => objects.close());
    const emptyTree = repo.git('hash-object', '-t', 'tree', '/dev/null');
    const changes = await treeChanges(repo.dir, emptyTree, repo.shas[0]!, '');
    const digested: string[] = [];
    const scan = await scanCommit(EMPTY, changes, objects, new FileVersions(), {
      digest: (file) => digested.push(file.path),
    });
    const byPath = (p: string) => scan.files.find((f) => f.path === p)!;
    // a notebook past 8 MiB is told; a data file read only if small is just not one
    expect(scan.warnings).toEqual([
      { file: 'ml/train.ipynb', message: 'version in this commit is over the 8 MiB limit; not read' },
    ]);
    for (const [p, text] of [
      ['ml/train.ipynb', notebook],
      ['api/data.json', data],
    ] as const) {
      expect(byPath(p).size).toBe(text.length);
      expect(byPath(p).text).toBeUndefined();
    }
    expect(digested.sort()).toEqual(['api/package.json', 'api/server.js']);
    // only the two small files' bytes were read
    const small = app('express');
    expect(scan.stats.bytesRead).toBe(small['api/package.json'].length + small['api/server.js'].length);
  });

  it('searches a source blob met at another path once, and reads it as a fresh search does', async () => {
    // imports, a long middle and a server started at the end: a head with a horizon and code lines
    const server = `import express from 'express';\n${'// filler\n'.repeat(3000)}express().listen(3000);\n`;
    const repo = historyRepo([
      { subject: 'one', files: { 'api/server.js': server, 'docs/a.md': '# a\n' } },
      {
        subject: 'moved, copied, and once as Python',
        files: { 'api/server.js': null, 'svc/main.js': server, 'svc/copy.js': server, 'svc/same.py': server },
      },
    ]);
    cleanups.push(repo.cleanup);
    const objects = new GitObjects(repo.dir);
    cleanups.push(() => objects.close());
    const emptyTree = repo.git('hash-object', '-t', 'tree', '/dev/null');
    const [first, second] = repo.shas as [string, string];
    const heads = new SourceHeads();
    const one = await scanCommit(
      EMPTY,
      await treeChanges(repo.dir, emptyTree, first, ''),
      objects,
      new FileVersions(),
      {
        heads,
      },
    );
    expect(heads.reused).toBe(0);
    const changes = await treeChanges(repo.dir, first, second, '');
    const two = await scanCommit(one, changes, objects, new FileVersions(), { heads });
    // the move and the copy take the head found at api/server.js; Python is searched for its own words
    expect(heads.reused).toBe(2);
    const fresh = await scanCommit(one, changes, objects, new FileVersions());
    const read = (s: ScanResult) =>
      s.files.map((f) => ({ path: f.path, text: f.text, codeLines: f.codeLines, truncated: f.truncated }));
    expect(read(two)).toEqual(read(fresh));
    const main = two.files.find((f) => f.path === 'svc/main.js')!;
    expect(main.text).toBe("import express from 'express';\n");
    expect(main.codeLines).toEqual([{ line: 3002, text: 'express().listen(3000);' }]);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareBase } from '../../src/delta/index.js';
import { resolveCommit } from '../../src/delta/git.js';
import { scan } from '../../src/scan/index.js';
import { gitRepo } from './git-repo.js';

let repo: ReturnType<typeof gitRepo>;
afterEach(() => repo?.cleanup());

const BASE = {
  'package.json': JSON.stringify({ name: 'api', dependencies: { express: '^4.19.2' } }, null, 2),
  'src/server.js': "import express from 'express';\nconst app = express();\napp.listen(3000);\n",
  'src/routes.js': "import { Router } from 'express';\n",
};

describe('prepareBase', () => {
  it('undoes the diff on the head scan and reuses every unchanged file object', async () => {
    repo = gitRepo();
    repo.write(BASE);
    const base = repo.commit('base');
    repo.write({
      'ml/requirements.txt': 'torch==2.5.1\n',
      'ml/train.py': 'import torch\n',
      'src/server.js': "import express from 'express';\nimport { Server } from 'socket.io';\n",
    });
    repo.remove('src/routes.js');
    repo.commit('head');

    const head = await scan(repo.dir);
    const outcome = await prepareBase(repo.dir, base, head);
    if ('problem' in outcome) throw new Error(outcome.problem);
    const paths = outcome.scan.files.map((f) => f.path);
    expect(paths).toEqual(['package.json', 'src/routes.js', 'src/server.js']);
    const byPath = (files: typeof head.files, p: string) => files.find((f) => f.path === p);
    // unchanged: the very same object, not read again
    expect(byPath(outcome.scan.files, 'package.json')).toBe(byPath(head.files, 'package.json'));
    // read as the head scan reads a source: its import head, and later lines that start a server
    const server = byPath(outcome.scan.files, 'src/server.js');
    expect(server?.text).toBe("import express from 'express';\n");
    expect(server?.codeLines).toEqual([{ line: 3, text: 'app.listen(3000);' }]);
    expect(byPath(outcome.scan.files, 'src/routes.js')?.text).toBe(BASE['src/routes.js']);
    expect(outcome.scan.stats.bytesRead).toBe(BASE['src/server.js'].length + BASE['src/routes.js'].length);
    expect(outcome.changed.map((c) => `${c.status} ${c.path}`).sort()).toEqual([
      'added ml/requirements.txt',
      'added ml/train.py',
      'deleted src/routes.js',
      'modified src/server.js',
    ]);
  });

  it('reads a renamed manifest from its base name', async () => {
    repo = gitRepo();
    repo.write({ ...BASE, 'requirements.txt': 'flask==3.0.3\n' + 'requests==2.32.3\n'.repeat(10) });
    const base = repo.commit('base');
    repo.git('mv', 'requirements.txt', 'requirements-prod.txt');
    repo.commit('rename');
    const outcome = await prepareBase(repo.dir, base, await scan(repo.dir));
    if ('problem' in outcome) throw new Error(outcome.problem);
    expect(outcome.scan.files.map((f) => f.path)).toContain('requirements.txt');
    expect(outcome.scan.files.map((f) => f.path)).not.toContain('requirements-prod.txt');
  });

  it('fetches a base missing from a shallow clone, and says so when it cannot', async () => {
    repo = gitRepo();
    repo.write(BASE);
    const base = repo.commit('base');
    repo.write({ 'src/new.js': "import ws from 'ws';\n" });
    repo.commit('head');
    const clone = mkdtempSync(path.join(os.tmpdir(), 'bf-clone-'));
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${repo.dir}`, clone]);
    expect(await resolveCommit(clone, base)).toBeUndefined();
    try {
      const head = await scan(clone);
      const noFetch = await prepareBase(clone, base, head);
      expect(noFetch).toEqual({ problem: expect.stringContaining('not in this checkout') });
      const fetched = await prepareBase(clone, base, head, { fetchMissing: true });
      if ('problem' in fetched) throw new Error(fetched.problem);
      expect(fetched.changed).toEqual([{ status: 'added', path: 'src/new.js' }]);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('is a one-line problem outside a git repository', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bf-nogit-'));
    try {
      const outcome = await prepareBase(dir, 'main', await scan(dir));
      expect(outcome).toEqual({ problem: expect.stringMatching(/^cannot read base main: .*; no delta$/) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scan } from '../../src/scan/index.js';
import { ReadPool } from '../../src/scan/read-pool.js';
import { runningAsRoot, tempDir, writeTree } from './helpers.js';

// The worker as shipped: the built dist/read-worker.js (dist is rebuilt with every change to src).
const BUILT_WORKER = new URL('../../dist/read-worker.js', import.meta.url);

let dir = '';
let cleanup: () => Promise<void> = async () => {};
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  await cleanup();
});

/** A tree with more files to read than one batch holds, and the odd cases a read meets. */
async function writeLargeTree(root: string): Promise<void> {
  const tree: Record<string, string> = {
    'package.json': '{"name":"app","private":true,"dependencies":{"express":"^4.19.0"}}',
    'requirements.txt': '-r base.txt\nflask==3.0\n',
    'base.txt': 'gunicorn==22.0\n',
    'binary.py': 'import os\n\u0000\u0001',
    'big.py': 'import os\n' + 'x = 1\n'.repeat(5000),
    'empty.py': '',
  };
  for (let i = 0; i < 1300; i++) {
    tree[`src/mod${Math.floor(i / 100)}/file${i}.ts`] =
      `import { a${i} } from './a${i}';\nimport express from 'express';\n\nconst app = express();\napp.listen(${3000 + i});\n`;
    if (i % 3 === 0)
      tree[`py/pkg${Math.floor(i / 100)}/m${i}.py`] = `import flask\nfrom app import x${i}\n\napp.run()\n`;
  }
  await writeTree(root, tree);
  await symlink('big.py', join(root, 'link.py'));
}

/** A pool of `script`'s worker, started; once it has booted when `booted` (a script that never does is not waited for). */
async function startedPool(script: URL, booted = true): Promise<ReadPool> {
  const pool = new ReadPool(script, 1);
  pool.start();
  if (booted) await vi.waitFor(() => expect(pool.ready).toBe(true), { timeout: 10_000, interval: 5 });
  return pool;
}

/** A scan that hands batches to `script`'s worker from the first one on. */
async function scanWith(root: string, script: URL, booted = true, onProgress?: (d: number, t: number) => void) {
  const readPool = await startedPool(script, booted);
  try {
    return await scan(root, { readPool, readsBeforeWorkers: 0, ...(onProgress ? { onProgress } : {}) });
  } finally {
    readPool.close();
  }
}

describe('reads on worker threads', () => {
  it.runIf(existsSync(BUILT_WORKER))('gives the same scan as the main thread alone', async () => {
    await writeLargeTree(dir);
    const alone = await scan(dir);
    const calls: [number, number][] = [];
    const pooled = await scanWith(dir, BUILT_WORKER, true, (d, t) => calls.push([d, t]));
    expect(pooled).toEqual(alone);
    expect(alone.files.length).toBeGreaterThan(1700);
    // progress ends at every file read, the followed include among them
    expect(calls.at(-1)).toEqual([alone.files.filter((f) => f.role !== 'other').length, expect.any(Number)]);
    expect(calls.at(-1)![0]).toBe(calls.at(-1)![1]);
  });

  it.runIf(existsSync(BUILT_WORKER))('answers batches from a worker with what the main thread would read', async () => {
    await writeTree(dir, { 'a.py': 'import os\n', 'b.js': "const x = require('y');\n" });
    const pool = await startedPool(BUILT_WORKER);
    try {
      const request = (name: string) => ({
        absPath: join(dir, name),
        limit: 1024,
        mode: 'head' as const,
        label: 'source file' as const,
      });
      const outcomes = await pool.offer(() => [request('a.py'), request('b.js'), request('missing.py')]);
      expect(outcomes).toEqual([
        { kind: 'text', text: 'import os\n', truncated: false, bytesRead: 10, size: 10 },
        { kind: 'text', text: "const x = require('y');\n", truncated: false, bytesRead: 24, size: 24 },
        { kind: 'problem', message: 'cannot read source file: no such file (ENOENT)', bytesRead: 0, size: 0 },
      ]);
    } finally {
      pool.close();
    }
  });

  /**
   * A worker that answers every request with the file's name (a scan that keeps its answers used
   * it), after `delayMs` per batch.
   */
  async function echoWorker(delayMs = 0): Promise<URL> {
    const echo = join(dir, '..', `echo-${Date.now()}-${Math.random()}.mjs`);
    await writeFile(
      echo,
      [
        "import { parentPort, workerData } from 'node:worker_threads';",
        'const shared = new Int32Array(workerData.shared);',
        // booted (read-wire.ts: FINISHED 0, READY 1)
        'Atomics.store(shared, 1, 1);',
        // the batches' wire format (read-wire.ts): columns
        "parentPort.on('message', ({ id, requests }) => {",
        `  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${delayMs});`,
        '  Atomics.add(shared, 0, 1);',
        '  const n = requests.absPaths.length;',
        "  const texts = requests.absPaths.map((p) => 'read by worker: ' + p.split('/').pop());",
        '  const ones = () => new Float64Array(n).fill(1);',
        '  parentPort.postMessage({ id, outcomes: { texts, sizes: ones(), bytesRead: ones(), flags: new Uint8Array(n), codeLines: {} } });',
        '});',
      ].join('\n'),
    );
    return new URL(`file://${echo}`);
  }

  it('starts reading on the worker while the walk goes on, and keeps what it read', async () => {
    await writeLargeTree(dir);
    // a slow worker: while it holds its two batches the main thread reads the others
    const result = await scanWith(dir, await echoWorker(150));
    const byWorker = result.files.filter((f) => f.text?.startsWith('read by worker: '));
    expect(byWorker.length).toBeGreaterThan(0);
    // a link is read through its target
    const readAs = (path: string) => (path === 'link.py' ? 'big.py' : path.split('/').pop());
    for (const f of byWorker) expect(f.text).toBe(`read by worker: ${readAs(f.path)}`);
    // what the worker did not take, the main thread read
    expect(result.files.some((f) => f.text?.startsWith('import '))).toBe(true);
  });

  it('starts the workers only once the walk has found enough to read to pay for them', async () => {
    await writeLargeTree(dir);
    const echo = await echoWorker();
    const started = async (readsBeforeWorkers: number) => {
      const readPool = new ReadPool(echo, 1);
      const start = vi.spyOn(readPool, 'start');
      try {
        const result = await scan(dir, { readPool, readsBeforeWorkers });
        return { started: start.mock.calls.length, result };
      } finally {
        readPool.close();
      }
    };
    const files = (await scan(dir)).files.filter((f) => f.role !== 'other').length;
    // a tree with fewer files to read than the threshold is read on the main thread alone
    const small = await started(files + 1);
    expect(small.started).toBe(0);
    expect(small.result.files.some((f) => f.text?.startsWith('read by worker: '))).toBe(false);
    // past the threshold, once, while the walk goes on
    expect((await started(files - 500)).started).toBe(1);
    expect((await started(0)).started).toBe(1);
  });

  it.runIf(existsSync(BUILT_WORKER))('exits at once when it never scans', () => {
    const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20_000 });
    expect(run('--version')).toMatchObject({ status: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(run('--help').status).toBe(0);
    expect(run(join(dir, 'missing'))).toMatchObject({ status: 2, stderr: expect.stringContaining('not a folder') });
  });

  it('reads everything on the main thread when the worker cannot start', async () => {
    await writeLargeTree(dir);
    const alone = await scan(dir);
    const missing = new URL('./no-such-worker.js', BUILT_WORKER);
    expect(await scanWith(dir, missing, false)).toEqual(alone);
  });

  it('reads on the main thread the batches of a worker that stops', async () => {
    await writeLargeTree(dir);
    const alone = await scan(dir);
    // a worker script that boots, takes its first batch and exits without an answer
    const quitter = join(dir, '..', `quitter-${Date.now()}.mjs`);
    await writeFile(
      quitter,
      [
        "import { parentPort, workerData } from 'node:worker_threads';",
        'Atomics.store(new Int32Array(workerData.shared), 1, 1);',
        "parentPort.once('message', () => process.exit(3));",
      ].join('\n'),
    );
    expect(await scanWith(dir, new URL(`file://${quitter}`))).toEqual(alone);
  });

  it('declines every batch with no worker script, and holds no more than it can read', async () => {
    const none = new ReadPool(undefined);
    none.start();
    expect(none.offer(() => [])).toBeUndefined();
    none.close();
    if (!existsSync(BUILT_WORKER)) return;
    await writeTree(dir, { 'a.py': 'import os\n' });
    const batch = [{ absPath: join(dir, 'a.py'), limit: 1024, mode: 'head' as const, label: 'source file' as const }];
    // not started, then still booting: nothing is handed to a worker that could leave the caller waiting
    const booting = new ReadPool(BUILT_WORKER, 1);
    expect(booting.offer(() => batch)).toBeUndefined();
    booting.start();
    expect(booting.offer(() => batch)).toBeUndefined();
    booting.close();
    const pool = await startedPool(BUILT_WORKER);
    try {
      const taken = [pool.offer(() => batch), pool.offer(() => batch), pool.offer(() => batch)];
      // two batches held by the one worker at most; the third is the caller's to read
      expect(taken.map((t) => t !== undefined)).toEqual([true, true, false]);
      await Promise.all(taken);
      const again = pool.offer(() => batch);
      expect(again).toBeDefined();
      await again;
    } finally {
      pool.close();
    }
  });

  it.skipIf(runningAsRoot)('reports an unreadable file the same from a worker', async () => {
    await writeLargeTree(dir);
    await chmod(join(dir, 'src/mod3/file300.ts'), 0o000);
    const alone = await scan(dir);
    expect(alone.warnings).toContainEqual({
      file: 'src/mod3/file300.ts',
      message: 'cannot read source file: permission denied (EACCES)',
    });
    expect(await scanWith(dir, BUILT_WORKER)).toEqual(alone);
  });
});

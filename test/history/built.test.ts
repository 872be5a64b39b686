import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runHistory } from '../../src/cli/history.js';
import { historyRepo, SHOP_HISTORY } from './history-repo.js';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** The built CLI as a process: its exit code, stdout and stderr. */
async function runBuilt(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const withoutTiming = (json: string) => {
  const h = JSON.parse(json) as { stats: { durationMs?: number } };
  delete h.stats.durationMs;
  return h;
};

describe('the built history, in a thread of its own', () => {
  it('says what the history says in the calling thread', async () => {
    const repo = historyRepo(SHOP_HISTORY);
    cleanups.push(repo.cleanup);
    const args = ['history', repo.dir, '--points', '6', '--since', '2025-12-01', '--format', 'json'];
    const built = await runBuilt(args);
    expect(built.code).toBe(0);
    let here = '';
    const io = { stdout: { write: (s: string) => (here += s) }, stderr: { write: () => true } };
    expect(await runHistory(args.slice(1), io as never)).toBe(0);
    const fromThread = withoutTiming(built.stdout);
    expect(fromThread).toEqual(withoutTiming(here));
    expect((fromThread as unknown as { tipping: unknown[] }).tipping).toHaveLength(1);
  });

  it("tells git's errors from the thread as the calling thread does: one line, exit 2", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bf-no-git-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const built = await runBuilt(['history', dir]);
    expect(built.code).toBe(2);
    expect(built.stderr.trim().split('\n')).toHaveLength(1);
    expect(built.stderr).toContain('history needs a git repository');
  });
});

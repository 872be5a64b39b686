import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { git, GitError, ownString } from './git.js';

/** A blob's size, and its first bytes when they were asked for. */
export interface BlobRead {
  size: number;
  bytes?: Buffer;
}

/** What to learn of one blob: its size only (`limit` undefined), or also its first `limit` bytes. */
export interface BlobRequest {
  blob: string;
  limit?: number;
}

/** Told each object as it arrives; `bytes` is a view into the stream, valid only during the call. */
export type OnObject = (index: number, read: BlobRead | undefined) => void;

interface Batch {
  each: OnObject;
  left: number;
  resolve: () => void;
  reject: (e: Error) => void;
}

interface Waiting {
  batch: Batch;
  index: number;
  limit: number | undefined;
}

/** The object being streamed: what is left of it (its trailing newline included) and what is kept. */
interface Body extends Waiting {
  size: number;
  left: number;
  keep: number;
  /** The kept bytes: a view of the one chunk that holds them all, or a buffer of their own filled chunk by chunk. */
  kept: Buffer | undefined;
  filled: number;
}

/**
 * One long-lived `git cat-file --batch-command` for a run that reads many commits (the history):
 * a spawn costs more than most reads (node forks with its whole heap), `info` tells a size
 * without streaming the blob, and of each streamed blob only the first `limit` bytes are kept
 * (git sends whole objects: a month of a big monorepo is 100 MB of blobs for 12 MB of heads).
 * A blob that arrives within one chunk is handed over as a view of it, not copied. Needs git 2.36
 * or later.
 */
export class GitObjects {
  private readonly child: ChildProcessWithoutNullStreams;
  /**
   * The requests not answered yet, from `waitingFrom` on: taken by an index, since `shift()` on an
   * array of tens of thousands is a copy of all of them each time (50,000 shifts took 3.6 s).
   */
  private waiting: (Waiting | undefined)[] = [];
  private waitingFrom = 0;
  private header: Buffer[] = [];
  private body: Body | undefined;
  private failure: Error | undefined;

  constructor(root: string) {
    this.child = spawn('git', ['cat-file', '--batch-command', '--buffer'], {
      cwd: root,
      env: { ...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
    });
    this.child.stdout.on('data', (chunk: Buffer) => {
      try {
        this.take(chunk);
      } catch (error) {
        this.fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
    let stderr = '';
    this.child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    this.child.on('error', (e) => this.fail(new GitError(`git cat-file failed: ${e.message}`)));
    this.child.on('close', (code) =>
      this.fail(new GitError(`git cat-file ended (${code}): ${stderr.trim().split('\n').pop()}`)),
    );
    // writes after the process is gone fail here, and are told by `close`
    this.child.stdin.on('error', () => undefined);
  }

  /**
   * Asks for every request in one round trip and tells `each` of every object as it arrives (so
   * a caller decodes a blob while the next ones stream in, and keeps no bytes); `undefined` where
   * the object is missing. Settles once every request is answered.
   */
  stream(requests: readonly BlobRequest[], each: OnObject): Promise<void> {
    if (requests.length === 0) return Promise.resolve();
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const batch: Batch = { each, left: requests.length, resolve, reject };
      requests.forEach((r, index) => this.waiting.push({ batch, index, limit: r.limit }));
      const lines = requests.map((r) => `${r.limit === undefined ? 'info' : 'contents'} ${r.blob}\n`).join('');
      this.child.stdin.write(lines + 'flush\n');
    });
  }

  /** `stream`, the answers kept (bytes copied) and given together. */
  async read(requests: readonly BlobRequest[]): Promise<(BlobRead | undefined)[]> {
    const answers: (BlobRead | undefined)[] = [];
    await this.stream(requests, (i, read) => {
      answers[i] = read && { size: read.size, ...(read.bytes ? { bytes: Buffer.from(read.bytes) } : {}) };
    });
    return answers;
  }

  close(): void {
    this.child.stdin.end();
  }

  private fail(failure: Error): void {
    this.failure ??= failure;
    const left = this.waiting.slice(this.waitingFrom) as Waiting[];
    this.waiting = [];
    this.waitingFrom = 0;
    const batches = new Set([...left, ...(this.body ? [this.body] : [])].map((w) => w.batch));
    this.body = undefined;
    for (const batch of batches) batch.reject(this.failure);
  }

  private answer(waiting: Waiting, read: BlobRead | undefined): void {
    const { batch } = waiting;
    batch.each(waiting.index, read);
    if (--batch.left === 0) batch.resolve();
  }

  /** The oldest request not answered yet, taken off the queue. */
  private nextWaiting(): Waiting | undefined {
    const waiting = this.waiting[this.waitingFrom];
    if (waiting === undefined) return undefined;
    this.waiting[this.waitingFrom++] = undefined;
    // emptied: start over, so the array does not grow for the whole run
    if (this.waitingFrom === this.waiting.length) {
      this.waiting = [];
      this.waitingFrom = 0;
    }
    return waiting;
  }

  private take(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (!this.body) {
        const nl = chunk.indexOf(10, at);
        if (nl < 0) {
          this.header.push(chunk.subarray(at));
          return;
        }
        // a header split between two chunks is joined; most lie in one and are read in place
        const line = this.header.length
          ? Buffer.concat([...this.header, chunk.subarray(at, nl)]).toString('latin1')
          : chunk.toString('latin1', at, nl);
        const header = line.split(' ');
        this.header = [];
        at = nl + 1;
        const waiting = this.nextWaiting();
        if (!waiting) continue;
        if (header[1] === 'missing' || header.length < 3) {
          this.answer(waiting, undefined);
          continue;
        }
        const size = Number(header[2]);
        if (waiting.limit === undefined) {
          this.answer(waiting, { size });
          continue;
        }
        const keep = Math.min(size, waiting.limit);
        // spelt out: a spread of `waiting` here was the slowest line of the stream (medusa's history)
        const { batch, index, limit } = waiting;
        this.body = { batch, index, limit, size, left: size + 1, keep, kept: undefined, filled: 0 };
      }
      const body = this.body;
      const n = Math.min(body.left, chunk.length - at);
      const keep = Math.min(n, body.keep);
      // a view when the kept bytes are all in this chunk; else copied, as the chunk goes, into
      // one buffer of the kept length (not a copy per chunk and a second to join them)
      if (body.kept === undefined && keep === body.keep) body.kept = chunk.subarray(at, at + keep);
      else if (keep > 0) {
        body.kept ??= Buffer.allocUnsafe(body.keep);
        body.filled += chunk.copy(body.kept, body.filled, at, at + keep);
      }
      body.keep -= keep;
      body.left -= n;
      at += n;
      if (body.left > 0) continue;
      this.body = undefined;
      this.answer(body, { size: body.size, bytes: body.kept! });
    }
  }
}

/** One file of a commit that differs from another commit: its blob there, or none when it is not a regular file there. */
export interface TreeChange {
  path: string;
  blob: string | undefined;
}

const REGULAR = new Set(['100644', '100755']);

/**
 * The files below `prefix` (paths relative to it) whose blob differs between two commits, with
 * the blob each has in `to` (none when it is gone or not a regular file there): what turns a scan
 * of `from` into a scan of `to`, without listing the unchanged tree; no rename pairing. (Walking
 * the two trees through `GitObjects` instead was 3-4x slower than `diff-tree` on medusa's month
 * diffs, the spawn included.)
 */
export async function treeChanges(root: string, from: string, to: string, prefix: string): Promise<TreeChange[]> {
  const out = await git(root, [
    'diff-tree',
    '-r',
    '-z',
    '--no-renames',
    '--no-commit-id',
    from,
    to,
    '--',
    ...(prefix ? [prefix] : []),
  ]);
  const parts = out.split('\0');
  const changes: TreeChange[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    // ":<old mode> <new mode> <old blob> <new blob> <status>", then the path
    const [, mode, , blob] = parts[i]!.split(' ');
    const file = parts[i + 1]!;
    if (!mode || !file.startsWith(prefix)) continue;
    // own strings: the scan keeps these for as long as the file is unchanged, many points on
    changes.push({
      path: ownString(file.slice(prefix.length)),
      blob: blob && REGULAR.has(mode) ? ownString(blob) : undefined,
    });
  }
  return changes;
}

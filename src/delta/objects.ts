import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { git, GitError } from './git.js';

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

interface Waiting {
  limit: number | undefined;
  resolve: (read: BlobRead | undefined) => void;
  reject: (e: GitError) => void;
}

/** The object being streamed: what is left of it (its trailing newline included) and what is kept. */
interface Body extends Waiting {
  size: number;
  left: number;
  keep: number;
  parts: Buffer[];
}

/**
 * One long-lived `git cat-file --batch-command` for a run that reads many commits (the history):
 * a spawn costs more than most reads (node forks with its whole heap), `info` tells a size
 * without streaming the blob, and of each streamed blob only the first `limit` bytes are kept
 * (git sends whole objects: a month of a big monorepo is 100 MB of blobs for 12 MB of heads).
 * Needs git 2.36 or later.
 */
export class GitObjects {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: Waiting[] = [];
  private header: Buffer[] = [];
  private body: Body | undefined;
  private failure: GitError | undefined;

  constructor(root: string) {
    this.child = spawn('git', ['cat-file', '--batch-command', '--buffer'], {
      cwd: root,
      env: { ...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
    });
    this.child.stdout.on('data', (chunk: Buffer) => this.take(chunk));
    let stderr = '';
    this.child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    this.child.on('error', (e) => this.fail(`git cat-file failed: ${e.message}`));
    this.child.on('close', (code) => this.fail(`git cat-file ended (${code}): ${stderr.trim().split('\n').pop()}`));
    // writes after the process is gone fail here, and are told by `close`
    this.child.stdin.on('error', () => undefined);
  }

  /**
   * Asks for every request in one round trip: one promise each, settled as its object arrives
   * (so a caller can decode a blob and let its bytes go before the next one is in), `undefined`
   * where the object is missing.
   */
  ask(requests: readonly BlobRequest[]): Promise<BlobRead | undefined>[] {
    const answers = requests.map(
      (r) =>
        new Promise<BlobRead | undefined>((resolve, reject) => {
          if (this.failure) reject(this.failure);
          else this.waiting.push({ limit: r.limit, resolve, reject });
        }),
    );
    if (requests.length && !this.failure) {
      const lines = requests.map((r) => `${r.limit === undefined ? 'info' : 'contents'} ${r.blob}\n`).join('');
      this.child.stdin.write(lines + 'flush\n');
    }
    return answers;
  }

  /** `ask`, all answers together. */
  read(requests: readonly BlobRequest[]): Promise<(BlobRead | undefined)[]> {
    return Promise.all(this.ask(requests));
  }

  close(): void {
    this.child.stdin.end();
  }

  private fail(message: string): void {
    const failure = (this.failure ??= new GitError(message));
    this.body?.reject(failure);
    this.body = undefined;
    for (const waiting of this.waiting.splice(0)) waiting.reject(failure);
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
        this.header.push(chunk.subarray(at, nl));
        const header = Buffer.concat(this.header).toString('latin1').split(' ');
        this.header = [];
        at = nl + 1;
        const waiting = this.waiting.shift();
        if (!waiting) continue;
        if (header[1] === 'missing' || header.length < 3) {
          waiting.resolve(undefined);
          continue;
        }
        const size = Number(header[2]);
        if (waiting.limit === undefined) {
          waiting.resolve({ size });
          continue;
        }
        this.body = { ...waiting, size, left: size + 1, keep: Math.min(size, waiting.limit), parts: [] };
      }
      const body = this.body;
      const n = Math.min(body.left, chunk.length - at);
      const keep = Math.min(n, body.keep);
      // copied: a chunk holds many small blobs and must not be kept alive by one of them
      if (keep > 0) body.parts.push(Buffer.from(chunk.subarray(at, at + keep)));
      body.keep -= keep;
      body.left -= n;
      at += n;
      if (body.left > 0) return;
      this.body = undefined;
      body.resolve({ size: body.size, bytes: body.parts.length === 1 ? body.parts[0]! : Buffer.concat(body.parts) });
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
    changes.push({ path: file.slice(prefix.length), blob: REGULAR.has(mode) ? blob : undefined });
  }
  return changes;
}

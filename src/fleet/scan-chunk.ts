import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { GitHubClient } from '../github/client.js';

export interface ScanChunkOptions {
  client: GitHubClient;
  /** Where each repository's report (or failure record) goes, as `owner__name.json`. */
  out: string;
  /** The CLI to run per repository (this one's entry). */
  cli: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

/**
 * Scans each repository of a chunk: its default branch's latest commit, downloaded as a tarball
 * (a shallow snapshot, no history), and the CLI run on it in its own process. A repository
 * that cannot be read or scanned is recorded as failed, one line, and never stops the others.
 */
export async function scanChunk(
  names: string[],
  options: ScanChunkOptions,
): Promise<{ scanned: number; failed: number }> {
  let failed = 0;
  for (const name of names) {
    const file = path.join(options.out, `${name.replace('/', '__')}.json`);
    try {
      await scanOne(name, file, options);
      options.log(`${name}: scanned`);
    } catch (error) {
      failed++;
      const message = describe(error);
      options.log(`${name}: failed: ${message}`);
      await writeFile(file, JSON.stringify({ failure: { repository: name, message } }) + '\n');
    }
  }
  return { scanned: names.length - failed, failed };
}

async function scanOne(name: string, file: string, options: ScanChunkOptions): Promise<void> {
  const [owner, repo] = name.split('/') as [string, string];
  const { data: head } = await options.client.request('GET /repos/{owner}/{repo}/commits/{ref}', {
    owner,
    repo,
    ref: 'HEAD',
  });
  const { data: archive } = await options.client.request('GET /repos/{owner}/{repo}/tarball/{ref}', {
    owner,
    repo,
    ref: head.sha,
  });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bf-scan-'));
  try {
    await run('tar', ['-xzf', '-', '-C', dir, '--strip-components=1', '--no-same-owner', '--no-same-permissions'], {
      input: Buffer.from(archive as ArrayBuffer),
    });
    const args = [options.cli, dir, '--format', 'json', '-q', '--fail-on', 'never', '--repository', name];
    // the scan reads files only: it gets no token
    const { BACKEND_FIT_TOKEN: _a, GITHUB_TOKEN: _b, GH_TOKEN: _c, ...env } = options.env;
    const report = JSON.parse(await run(process.execPath, args, { env })) as { repository?: Record<string, string> };
    // a tarball has no git: the commit and its date come from the API
    report.repository = {
      ...report.repository,
      name,
      commit: head.sha,
      ...(head.commit.committer?.date ? { date: head.commit.committer.date } : {}),
    };
    await writeFile(file, JSON.stringify(report, null, 2) + '\n');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs a command to its end; what it printed on stdout. */
function run(command: string, args: string[], options: { input?: Buffer; env?: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => stdout.push(d));
    child.stderr.on('data', (d) => (stderr = (stderr + String(d)).slice(-2000)));
    child.on('error', (e) => reject(new Error(`${command}: ${e.message}`)));
    child.on('close', (code) => {
      // exit 1 is a policy result; the report is written
      if (code === 0 || (code === 1 && command === process.execPath)) resolve(Buffer.concat(stdout).toString('utf8'));
      else reject(new Error(`${path.basename(command)} exited ${code}: ${stderr.trim().split('\n').pop() ?? ''}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input);
  });
}

function describe(error: unknown): string {
  const e = error as { status?: number; message?: string; response?: { data?: { message?: string } } };
  if (typeof e.status === 'number')
    return `the API answered ${e.status}${e.response?.data?.message ? `: ${e.response.data.message}` : ''}`;
  return (e.message ?? String(error)).split('\n')[0]!;
}

import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fleet } from '../../src/fleet/types.js';
import { FakeGitHub, type StoredRepository } from '../support/github-server.js';
import { ensureDist } from './build-dist.js';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'bf-org-page-'));

interface Step {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(path.join(root, 'examples/organisation.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Step[]; strategy?: { matrix: { chunk: string } } }>;
};

const exec = promisify(execFile);

/**
 * Runs a job's `run` steps in `cwd` as a runner would: bash, the step's env with its expressions
 * resolved. Asynchronously: the local API answers from this process.
 */
async function runSteps(
  job: string,
  cwd: string,
  expressions: Record<string, string>,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  mkdirSync(cwd, { recursive: true });
  symlinkSync(root, path.join(cwd, '.backend-fit'));
  for (const step of workflow.jobs[job]!.steps) {
    if (!step.run) continue;
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => {
        const resolved = v.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_m, expr: string) => {
          if (!(expr in expressions)) throw new Error(`the test does not know the expression ${expr}`);
          return expressions[expr]!;
        });
        return [k, resolved];
      }),
    );
    await exec('bash', ['-e', '-c', step.run], { cwd, env: { ...process.env, ...env, ...stepEnv } });
  }
}

function repo(name: string, extra: Partial<StoredRepository> = {}): StoredRepository {
  return {
    full_name: `acme/${name}`,
    name,
    size: 100,
    sha: name
      .padEnd(40, '0')
      .replace(/[^0-9a-f]/g, 'a')
      .slice(0, 40),
    date: '2026-11-20T10:00:00Z',
    ...extra,
  };
}

describe('examples/organisation.yml, step by step against the local GitHub API', () => {
  const github = new FakeGitHub();
  let api: string;
  const fixture = (name: string) => path.join(root, 'fixtures', name);

  beforeAll(async () => {
    ensureDist();
    api = await github.start();
    github.perPage = 4;
    const scanned = [
      repo('shop', { folder: fixture('catalog-monorepo'), topics: ['service'], language: 'TypeScript' }),
      repo('voice', { folder: fixture('node-voice-assistant') }),
      repo('chat', { folder: fixture('python-realtime-chat'), language: 'Python' }),
      repo('field', { folder: fixture('codeowners-only') }),
      ...Array.from({ length: 8 }, (_, i) => repo(`api-${i}`, { folder: fixture('realtime-chat-node') })),
    ];
    github.orgs.set('acme', [
      ...scanned,
      repo('secret', { private: true, forbidden: true }),
      repo('legacy', { archived: true, folder: fixture('flask-poetry-api') }),
      repo('shop-fork', { fork: true, folder: fixture('catalog-monorepo') }),
      repo('empty', { size: 0 }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await github.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('lists, chunks, scans each chunk, records the unreadable repository, and builds the page', async () => {
    const env = { GITHUB_API_URL: api, GITHUB_SERVER_URL: 'https://github.test' };
    // job 1: the listing
    const outputs = path.join(work, 'list-output');
    writeFileSync(outputs, '');
    await runSteps(
      'list',
      path.join(work, 'list'),
      { 'secrets.ORG_READ_TOKEN': 't0ken', 'github.repository_owner': 'acme' },
      {
        ...env,
        GITHUB_OUTPUT: outputs,
      },
    );
    const out = Object.fromEntries(
      readFileSync(outputs, 'utf8')
        .trim()
        .split('\n')
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    // 16 repositories over 4 pages; archived, fork and empty left out; 13 in chunks of 10
    expect(
      github.requests
        .filter((r) => r.path.startsWith('/orgs/acme/repos'))
        .map((r) => new URL(r.path, api).searchParams.get('page') ?? '1'),
    ).toEqual(['1', '2', '3', '4']);
    expect(out.count).toBe('13');
    const chunks = JSON.parse(out.chunks!) as string[][];
    expect(chunks.map((c) => c.length)).toEqual([10, 3]);
    expect(chunks.flat()).not.toContain('acme/legacy');
    expect(chunks.flat()).not.toContain('acme/shop-fork');
    expect(chunks.flat()).toContain('acme/secret');
    const listing = JSON.parse(readFileSync(path.join(work, 'list', 'repositories.json'), 'utf8'));
    expect(listing.skipped).toEqual([
      { repository: 'acme/empty', filter: 'empty', reason: 'empty' },
      { repository: 'acme/legacy', filter: 'archived', reason: 'archived' },
      { repository: 'acme/shop-fork', filter: 'fork', reason: 'fork' },
    ]);

    // job 2: one job per chunk, each uploading its reports
    const artifacts = path.join(work, 'artifacts');
    for (const [i, chunk] of chunks.entries()) {
      const cwd = path.join(work, `scan-${i}`);
      await runSteps(
        'scan',
        cwd,
        { 'secrets.ORG_READ_TOKEN': 't0ken', "join(matrix.chunk, ' ')": chunk.join(' ') },
        env,
      );
      cpSync(path.join(cwd, 'reports'), path.join(artifacts, `reports-${i}`), { recursive: true });
    }
    expect(github.requests.some((r) => r.path === '/repos/acme/secret/commits/HEAD')).toBe(true);
    expect(github.requests.every((r) => r.authorization === 'token t0ken')).toBe(true);

    // job 3: download (merged), last week's page, fleet, summary
    const cwd = path.join(work, 'fleet');
    mkdirSync(path.join(cwd, 'reports'), { recursive: true });
    for (const dir of readdirSync(artifacts))
      cpSync(path.join(artifacts, dir), path.join(cwd, 'reports'), { recursive: true });
    const lastWeek = path.join(work, 'last-week');
    execFileSync(process.execPath, [
      path.join(root, 'dist/cli.js'),
      'fleet',
      '-q',
      path.join(cwd, 'reports', 'acme__shop.json'),
      '--out',
      lastWeek,
    ]);
    const summary = path.join(work, 'step-summary.md');
    writeFileSync(summary, '');
    await runSteps(
      'fleet',
      cwd,
      { 'steps.pages.outputs.base_url': pathToFileURL(lastWeek).href },
      { ...env, GITHUB_STEP_SUMMARY: summary },
    );

    const fleet = JSON.parse(readFileSync(path.join(cwd, 'site', 'fleet.json'), 'utf8')) as Fleet;
    expect(fleet.counts.repositories).toBe(12);
    expect(fleet.problems).toEqual([
      expect.objectContaining({ kind: 'failed', repository: 'acme/secret', message: expect.stringContaining('403') }),
    ]);
    const shop = fleet.repositories.find((r) => r.name === 'acme/shop')!;
    expect(shop).toMatchObject({
      commit: repo('shop').sha,
      date: '2026-11-20T10:00:00Z',
      url: 'https://github.test/acme/shop',
    });
    expect(fleet.previous).toBeDefined();
    expect(fleet.changes.newServices.some((k) => k.startsWith('acme/voice:'))).toBe(true);
    expect(fleet.changes.newServices.some((k) => k.startsWith('acme/shop:'))).toBe(false);
    const written = readFileSync(summary, 'utf8');
    expect(written).toMatch(/^## backend-fit across 12 repositories/);
    expect(written).toContain('failed: ');
    expect(readFileSync(path.join(cwd, 'site', 'index.html'), 'utf8')).toContain('acme/secret');
  }, 180_000);
});

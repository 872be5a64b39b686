/* eslint-disable @typescript-eslint/no-explicit-any -- reports are tampered with as plain JSON */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gitRepo } from '../delta/git-repo.js';
import { actionHarness, DIST, runAction, runner } from './run-action.js';

/**
 * Issue 27, one test per finding, over dist/ against the local API, as a hostile contributor
 * would try them: the PR's own policy changes, and a fork's report in the workflow_run job.
 */
const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/express-tfjs-recommender');
const CLI = path.join(path.dirname(DIST), 'cli.js');
const CONFIG = '.github/backend-fit.yml';
const HEAD = 'a'.repeat(40);
const FORK = { full_name: 'contributor/shop', branch: 'feature' };

const harness = actionHarness((gh) => {
  gh.pulls.set(7, {
    number: 7,
    head: { sha: HEAD, ref: FORK.branch, repo: { full_name: FORK.full_name } },
    base: { sha: 'b'.repeat(40), ref: 'main' },
  });
});

/**
 * A checkout of a pull request: the base commit is the fixture (a `review` verdict, Node.js 58
 * against Python 67) gated with `fail-on: review`; the PR's head commit writes `change`.
 */
function pullRequestCheckout(change: Record<string, string>) {
  const repo = gitRepo();
  const where = { dir: runner({}).dir, workspace: repo.dir };
  harness.dirs.push(where.dir, repo.dir);
  cpSync(FIXTURE, repo.dir, { recursive: true });
  repo.write({ [CONFIG]: 'fail-on: review\n' });
  const base = repo.commit('base');
  repo.write(change);
  const head = repo.commit('head');
  const payload = {
    action: 'synchronize',
    number: 7,
    pull_request: { number: 7, head: { sha: head, ref: 'feature' }, base: { sha: base, ref: 'main' } },
    repository: { name: 'shop', full_name: 'acme/shop', owner: { login: 'acme' } },
  };
  return { where, payload };
}

const ESCAPES: [string, Record<string, string>, RegExp][] = [
  [
    'a waiver to 2099',
    { [CONFIG]: 'fail-on: review\nwaivers:\n  - service: .\n    reason: later\n    expires: 2099-12-31\n' },
    /waivers/,
  ],
  ['thresholds', { [CONFIG]: 'fail-on: review\nthresholds: {review: 99, mismatch: 100}\n' }, /thresholds/],
  ['ignore everything', { [CONFIG]: 'fail-on: review\nignore: ["**"]\n' }, /ignore/],
  ['excluding the service', { [CONFIG]: 'fail-on: review\nexclude-services: [.]\n' }, /exclude-services/],
  [
    'weights',
    {
      [CONFIG]: 'fail-on: review\nweights: {use-case: 0, ecosystem: 0, performance: 0, security: 0, scalability: 0}\n',
    },
    /weights/,
  ],
  ['fail-on: never', { [CONFIG]: 'fail-on: never\n' }, /fail-on/],
  [
    'a library descriptor',
    {
      'catalog-info.yaml':
        'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: recommender\nspec:\n  type: library\n  lifecycle: production\n  owner: team-a\n',
    },
    /catalog-info\.yaml.*spec\.type.*library/,
  ],
];

describe('finding 1: a pull request cannot switch off its own gate (policy-from: base)', () => {
  it.each(ESCAPES)(
    'a PR adding %s still fails, and its comment names the attempted change',
    async (_, change, named) => {
      const { where, payload } = pullRequestCheckout(change);
      const run = await runAction(where, { api: harness.gh.url, payload });
      expect(run.stdout).toMatch(/::error::backend-fit: .*review/);
      expect(run.code).toBe(1);
      const body = harness.gh.comments.get(7)?.[0]?.body ?? '';
      expect(body).toContain('This PR changes the policy');
      expect(body).toMatch(named);
      expect(body).toContain('takes effect once merged');
    },
    60_000,
  );

  it('policy-from: head lets the PR change its own gate, as documented', async () => {
    const { where, payload } = pullRequestCheckout(ESCAPES[1]![1]);
    const run = await runAction(where, { api: harness.gh.url, payload, inputs: { 'policy-from': 'head' } });
    expect(run.code).toBe(0);
  }, 60_000);

  it('a waiver longer than max-waiver-days is refused in one line naming the file and key', async () => {
    const where = runner({ ...Object.fromEntries([]) });
    harness.dirs.push(where.dir);
    cpSync(FIXTURE, where.workspace, { recursive: true });
    mkdirSync(path.join(where.workspace, '.github'));
    writeFileSync(
      path.join(where.workspace, CONFIG),
      'waivers:\n  - service: .\n    reason: later\n    expires: 2099-12-31\n',
    );
    const run = await runAction(where, { api: harness.gh.url, event: 'push', payload: {} });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::\.github\/backend-fit\.yml: waivers\[0\]\.expires: 2099-12-31 is more than 180 days away \(max-waiver-days\)/,
    );
  }, 60_000);
});

/** A valid report of the fixture for pull request 7 at HEAD, as the PR's own run uploads it. */
let REPORT: Record<string, unknown>;
beforeAll(() => {
  REPORT = JSON.parse(execFileSync(process.execPath, [CLI, FIXTURE, '--format', 'json'], { encoding: 'utf8' }));
  REPORT.pullRequest = { number: 7, headSha: HEAD, baseSha: 'b'.repeat(40) };
});

function workflowRunEvent(head = FORK) {
  return {
    action: 'completed',
    workflow_run: {
      id: 4242,
      event: 'pull_request',
      conclusion: 'success',
      head_sha: HEAD,
      head_branch: head.branch,
      head_repository: { full_name: head.full_name },
      pull_requests: [],
    },
    repository: { name: 'shop', full_name: 'acme/shop', owner: { login: 'acme' } },
  };
}

/** The workflow_run job on a report with `tamper` applied (or a raw text). */
async function commentRun(
  tamper: ((r: Record<string, any>) => void) | string,
  options: { comment?: string; event?: ReturnType<typeof workflowRunEvent> } = {},
) {
  const where = runner({});
  harness.dirs.push(where.dir);
  const file = path.join(where.dir, 'report.json');
  if (typeof tamper === 'string') writeFileSync(file, tamper);
  else {
    const report = structuredClone(REPORT);
    tamper(report);
    writeFileSync(file, JSON.stringify(report));
  }
  const started = performance.now();
  const run = await runAction(where, {
    api: harness.gh.url,
    event: 'workflow_run',
    payload: options.event ?? workflowRunEvent(),
    inputs: { report: file, comment: options.comment ?? 'auto' },
  });
  return { ...run, ms: performance.now() - started };
}

const posts = () => harness.gh.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH');

describe('finding 2: a fork report cannot stall the job', () => {
  it('every example job, and every workflow in the README, sets timeout-minutes', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const examples = readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.yml'));
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const inReadme = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((y) => /^jobs:/m.test(y));
    expect(inReadme.length).toBeGreaterThan(0);
    for (const text of [...examples.map((f) => readFileSync(path.join(root, 'examples', f), 'utf8')), ...inReadme]) {
      const jobs = Object.values(parse(text).jobs as Record<string, Record<string, unknown>>);
      for (const job of jobs) expect(job['timeout-minutes']).toBeGreaterThan(0);
    }
  });

  it('validation of 40,000 bad items costs at most 2.5x that of 20,000', async () => {
    const bad = (n: number) => (r: Record<string, any>) => {
      r.services = Array.from({ length: n }, () => ({ path: 1 }));
    };
    const twenty = await commentRun(bad(20_000));
    const forty = await commentRun(bad(40_000));
    for (const run of [twenty, forty]) {
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error::report: .* is not a valid backend-fit report/);
    }
    expect(posts()).toEqual([]);
    expect(forty.ms / twenty.ms).toBeLessThanOrEqual(2.5);
  }, 300_000);
});

/** Lines of the log the runner would take as workflow commands. */
const commandLines = (stdout: string) => stdout.split(/\r?\n|\r/).filter((line) => line.trimStart().startsWith('::'));

describe('finding 3: nothing from a report or a scanned tree can start a workflow command', () => {
  it('a delta.baseRef with newlines and commands is logged inert', async () => {
    const run = await commentRun(
      (r) => {
        r.delta = {
          baseRef: 'main\n::error::pwned\n::add-mask::pwned\r::stop-commands::pwned\n::warning::pwned',
          base: { verdict: r.verdict, fitScore: r.fitScore, scores: r.scores },
          changes: [],
        };
      },
      { comment: 'on-change' },
    );
    expect(run.code).toBe(0);
    expect(commandLines(run.stdout).filter((line) => line.includes('pwned'))).toEqual([]);
  }, 60_000);
});

describe('finding 4: a report for another pull request at the same commit is refused', () => {
  it('same head SHA, another head repository and branch', async () => {
    harness.gh.pulls.set(8, {
      number: 8,
      head: { sha: HEAD, ref: 'other', repo: { full_name: 'someone/shop' } },
      base: { sha: 'b'.repeat(40), ref: 'main' },
    });
    const run = await commentRun((r) => {
      r.pullRequest.number = 8;
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('someone/shop:other');
    expect(posts()).toEqual([]);
  }, 60_000);
});

const HOSTILE =
  'see https://evil.example/x www.evil.example mail@evil.example GH-2 https://github.com/acme/shop/issues/1 ' +
  'bidi\u202Eevil\u2066 zero\u200Bwidth\u200E\uFEFF nul\u0000 esc\u001B[31m bell\u0007 c1\u009B';

describe('finding 5: names from a report reach the comment without links or hidden characters', () => {
  it('URLs, hosts, e-mail, GH-n and bidi, zero-width and control characters are defused', async () => {
    const run = await commentRun((r) => {
      r.warnings = [{ file: 'src/a.js', message: HOSTILE }];
      r.policy.reasons = [...r.policy.reasons, HOSTILE];
    });
    expect(run.code).toBe(0);
    const body = harness.gh.comments.get(7)![0]!.body;
    for (const text of [body, run.summary]) {
      expect(text).toContain('evil');
      expect(text).not.toMatch(/https?:\/\/evil|https:\/\/github\.com\/acme|www\.evil|mail@evil|GH-2/);
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\uFEFF\u0000\u001B\u0007\u0080-\u009F]/);
    }
    // the zero-width space of the name is made visible, not kept invisible
    expect(body).toContain('zero⟨U+200B⟩width');
  }, 60_000);
});

describe('finding 6: a report cannot move the saved state', () => {
  it('a state marker in a name is not read back by the next on-change run', async () => {
    const spoof = (r: Record<string, any>) => {
      const state = '<!-- backend-fit-state:{"verdict":"mismatch","node":0,"python":100} -->';
      r.warnings = [{ file: state, message: 'x' }];
      r.services[0].frameworks = [state];
    };
    const first = await commentRun(spoof);
    expect(first.code).toBe(0);
    expect(harness.gh.comments.get(7)).toHaveLength(1);
    const again = await commentRun(spoof, { comment: 'on-change' });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('unchanged against the previous comment');
    expect(harness.gh.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
  }, 60_000);
});

describe('finding 7: report-only mode echoes nothing of a bad report', () => {
  it('a non-JSON report is refused without quoting it', async () => {
    const run = await commentRun('pwned-by-the-report ::warning::x');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::report: .* is not JSON/);
    expect(run.stdout).not.toContain('pwned');
  }, 60_000);

  it('the README says which outputs are untrusted in report-only mode', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const section = readme.split(/^## Security model$/m)[1]?.split(/^## /m)[0] ?? '';
    expect(section).toMatch(/untrusted/);
    for (const output of ['verdict', 'failed', 'fit-score']) expect(section).toContain(`\`${output}\``);
  });
});

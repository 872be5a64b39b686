import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { actionHarness, pullRequestEvent, runAction, runner, type ActionRun } from './run-action.js';

/**
 * The fork-PR recipe of the README, as its two workflow files say, run over dist/ against the
 * local API: the pull request's run writes and "uploads" the report; the workflow_run job
 * "downloads" it and comments from it, nothing checked out.
 */
const root = path.resolve(import.meta.dirname, '../..');
const prWorkflow = parse(readFileSync(path.join(root, 'examples/fork-pr-report.yml'), 'utf8'));
const commentWorkflow = parse(readFileSync(path.join(root, 'examples/fork-pr-comment.yml'), 'utf8'));

type Step = { uses?: string; id?: string; with?: Record<string, string | number>; if?: string };
const stepsOf = (workflow: { jobs: Record<string, { steps: Step[] }> }) => Object.values(workflow.jobs)[0]!.steps;
const ours = (step: Step) => step.uses?.startsWith('backend-fit/backend-fit@') === true;

const REPO = {
  'package.json': JSON.stringify({
    name: 'chat',
    private: true,
    scripts: { start: 'node src/server.js' },
    dependencies: { express: '^4.21.1', 'socket.io': '^4.8.1' },
  }),
  'src/server.js':
    "import express from 'express';\nimport { Server } from 'socket.io';\nconst app = express();\napp.listen(3000);\n",
};
const HEAD = 'a'.repeat(40);
const FORK = { full_name: 'contributor/shop', branch: 'feature' };

/** The `${{ }}` expressions the recipe uses, as the runner would fill them; any other fails the test. */
function expand(value: string | number, context: Record<string, string>): string {
  return String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    if (!(expr in context)) throw new Error(`the recipe uses \${{ ${expr} }}, which this test does not simulate`);
    return context[expr]!;
  });
}

function workflowRunEvent(id: number, headSha = HEAD) {
  return {
    action: 'completed',
    workflow_run: {
      id,
      name: prWorkflow.name,
      event: 'pull_request',
      conclusion: 'success',
      head_sha: headSha,
      head_branch: FORK.branch,
      head_repository: { full_name: FORK.full_name },
      pull_requests: [], // empty for pull requests from forks
    },
    repository: { name: 'shop', full_name: 'acme/shop', owner: { login: 'acme' } },
  };
}

const harness = actionHarness((gh) => {
  gh.pulls.set(7, {
    number: 7,
    head: { sha: HEAD, ref: FORK.branch, repo: { full_name: FORK.full_name } },
    base: { sha: 'b'.repeat(40), ref: 'main' },
  });
  gh.pulls.set(8, {
    number: 8,
    head: { sha: 'c'.repeat(40), ref: 'other', repo: { full_name: 'someone/shop' } },
    base: { sha: 'b'.repeat(40), ref: 'main' },
  });
});

/** Part 1: the pull request's run, with the recipe's inputs; returns the uploaded report's path. */
async function pullRequestRun(): Promise<{ run: ActionRun; uploaded: string }> {
  const where = runner(REPO);
  harness.dirs.push(where.dir);
  const step = stepsOf(prWorkflow).find(ours)!;
  const temp = path.join(where.dir, 'temp');
  const inputs = Object.fromEntries(
    Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(v, { 'runner.temp': temp })]),
  );
  const run = await runAction(where, { api: harness.gh.url, inputs, payload: pullRequestEvent(7) });
  const upload = stepsOf(prWorkflow).find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
  const uploaded = expand(upload.with!.path!, {
    'runner.temp': temp,
    [`steps.${step.id}.outputs.report-file`]: run.outputs['report-file']!,
  });
  return { run, uploaded };
}

/** Part 2: the workflow_run job, with the recipe's inputs, on `report` (a file to "download"). */
async function commentRun(report: string | ((text: string) => string), event = workflowRunEvent(4242)) {
  const where = runner({});
  harness.dirs.push(where.dir);
  const temp = path.join(where.dir, 'temp');
  const context = {
    'runner.temp': temp,
    'github.event.workflow_run.id': String(event.workflow_run.id),
    'github.token': 'ghs_x',
  };
  const download = stepsOf(commentWorkflow).find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
  const into = expand(download.with!.path!, context);
  mkdirSync(into, { recursive: true });
  const source = typeof report === 'string' ? report : undefined;
  const text = typeof report === 'string' ? readFileSync(report, 'utf8') : report('');
  const name = source ? path.basename(source) : 'backend-fit-report.json';
  if (source) copyFileSync(source, path.join(into, name));
  else writeFileSync(path.join(into, name), text);
  const step = stepsOf(commentWorkflow).find(ours)!;
  const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(v, context)]));
  return runAction(where, { api: harness.gh.url, event: 'workflow_run', payload: event, inputs });
}

describe('the README recipe, as its YAML says', () => {
  it('is two workflows: a read-only pull_request run that uploads, a workflow_run that comments', () => {
    expect(Object.keys(prWorkflow.on)).toEqual(['pull_request']);
    expect(prWorkflow.permissions).toEqual({ contents: 'read' });
    expect(stepsOf(prWorkflow).map((s) => s.uses?.split('@')[0])).toEqual([
      'actions/checkout',
      'backend-fit/backend-fit',
      'actions/upload-artifact',
    ]);
    expect(commentWorkflow.on.workflow_run.workflows).toEqual([prWorkflow.name]);
    expect(commentWorkflow.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    // nothing from the pull request is checked out in the job that holds the write token
    expect(stepsOf(commentWorkflow).map((s) => s.uses?.split('@')[0])).toEqual([
      'actions/download-artifact',
      'backend-fit/backend-fit',
    ]);
    const upload = stepsOf(prWorkflow).find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    const download = stepsOf(commentWorkflow).find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(download.with!.name).toBe(upload.with!.name);
    expect(download.with!['run-id']).toBe('${{ github.event.workflow_run.id }}');
  });

  it('happy path: the report is uploaded, checked and posted as the sticky comment', async () => {
    const { run, uploaded } = await pullRequestRun();
    expect(run.code).toBe(0);
    expect(harness.gh.requests).toEqual([]); // comment: never in the PR run
    const report = JSON.parse(readFileSync(uploaded, 'utf8'));
    expect(report.pullRequest).toEqual({ number: 7, headSha: HEAD, baseSha: 'b'.repeat(40) });

    const posted = await commentRun(uploaded);
    expect(posted.code).toBe(0);
    expect(harness.gh.comments.get(7)).toHaveLength(1);
    const body = harness.gh.comments.get(7)![0]!.body;
    expect(body).toMatch(/^<!-- backend-fit:[0-9a-f]{12} -->\n### ✅ backend-fit: \*\*fits\*\*/);
    expect(posted.outputs['comment-url']).toContain('issuecomment');
    expect(posted.outputs.verdict).toBe('fits');
    expect(posted.summary).toContain('backend-fit: **fits**');
    expect(harness.gh.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toContain(
      'GET /repos/acme/shop/pulls/7',
    );

    // a rerun updates the same comment
    await commentRun(uploaded);
    expect(harness.gh.comments.get(7)).toHaveLength(1);
    expect(harness.gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  }, 60_000);
});

describe('a report that does not belong to the pull request is refused', () => {
  it('a report naming another pull request', async () => {
    const { uploaded } = await pullRequestRun();
    const run = await commentRun((_) => {
      const report = JSON.parse(readFileSync(uploaded, 'utf8'));
      report.pullRequest.number = 8;
      return JSON.stringify(report);
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::backend-fit: not commenting from .*: the report names pull request #8/);
    expect(harness.gh.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH')).toEqual([]);
  }, 60_000);

  it('a report for another commit than the workflow run', async () => {
    const { uploaded } = await pullRequestRun();
    const run = await commentRun((_) => {
      const report = JSON.parse(readFileSync(uploaded, 'utf8'));
      report.pullRequest.headSha = 'd'.repeat(40);
      return JSON.stringify(report);
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('the report was made for dddddddddddd, but the workflow run is for aaaaaaaaaaaa');
    expect(harness.gh.requests).toEqual([]);
  }, 60_000);

  it('a schema-invalid report fails before any API call, naming the file', async () => {
    const { uploaded } = await pullRequestRun();
    for (const tamper of [
      (r: Record<string, unknown>) => ({ ...r, verdict: 'great' }),
      (r: Record<string, unknown>) => ({ ...r, body: '<script>alert(1)</script>' }),
      (r: Record<string, unknown>) => ({ ...r, pullRequest: { number: 7, headSha: 'HEAD', baseSha: 'x' } }),
    ]) {
      harness.gh.requests.length = 0;
      const run = await commentRun(() => JSON.stringify(tamper(JSON.parse(readFileSync(uploaded, 'utf8')))));
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error::report: .*backend-fit-report\.json is not a valid backend-fit report: /);
      expect(run.stdout).not.toMatch(/\n\s+at /);
      expect(harness.gh.requests).toEqual([]);
    }
    const notJson = await commentRun(() => '{"verdict": ');
    expect(notJson.code).toBe(1);
    expect(notJson.stdout).toMatch(/::error::report: .* is not JSON/);
  }, 60_000);

  it('a pull request that moved on since: nothing posted, the step passes', async () => {
    const { uploaded } = await pullRequestRun();
    harness.gh.pulls.get(7)!.head.sha = 'e'.repeat(40);
    const run = await commentRun(uploaded);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('has moved on to eeeeeeeeeeee');
    expect(harness.gh.comments.get(7) ?? []).toEqual([]);
  }, 60_000);
});

describe('the report came from untrusted code', () => {
  it('HTML and @-mentions in names are escaped when re-rendered', async () => {
    const { uploaded } = await pullRequestRun();
    const run = await commentRun(() => {
      const report = JSON.parse(readFileSync(uploaded, 'utf8'));
      report.services[0].path = '@octocat/<img src=x onerror=alert(1)>';
      report.services[0].frameworks = ['@evil-org/team <b>bold</b>'];
      report.warnings = [{ file: '<script>x</script>', message: 'ping @octocat about #12' }];
      report.signals[0].evidence[0].detail = '<iframe src=//evil> @admin';
      return JSON.stringify(report);
    });
    expect(run.code).toBe(0);
    const body = harness.gh.comments.get(7)![0]!.body;
    const outsideCode = body
      .replace(/```mermaid[\s\S]*?```/g, '')
      .replace(/(`+)(?:(?!\1)[^\n])*?\1/g, '')
      .replace(/<code>[^<]*<\/code>/g, '');
    expect(outsideCode).not.toMatch(/<img|<script|<b>|<iframe/);
    expect(outsideCode).not.toMatch(/@(octocat|evil-org|admin)/);
    expect(body).not.toMatch(/<code>[^<]*@[a-z]/);
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { historyRepo, SHOP_HISTORY } from '../history/history-repo.js';
import { mermaidBlocks, mermaidErrors } from '../history/mermaid.js';
import { actionHarness, pullRequestEvent, runAction, runner } from './run-action.js';

const harness = actionHarness();

async function act(inputs: Record<string, string>) {
  const repo = historyRepo(SHOP_HISTORY);
  try {
    const where = runner(repo.dir);
    harness.dirs.push(where.dir);
    // a pull request whose base is the commit before HEAD: the policy is read from it (policy-from: base)
    const event = pullRequestEvent();
    event.pull_request.base.sha = repo.shas.at(-2)!;
    event.pull_request.head.sha = repo.shas.at(-1)!;
    const options = { api: harness.gh.url, payload: event, inputs: { 'fail-on': 'never', ...inputs } };
    return { run: await runAction(where, options), repo };
  } finally {
    repo.cleanup();
  }
}

describe('the action with history', () => {
  it('adds the trend to the job summary and "drifting since" under the deciding service in the comment', async () => {
    const { run, repo } = await act({ history: '2y' });
    expect(run.code).toBe(0);
    const tip = repo.shas[10]!.slice(0, 7);
    const body = harness.gh.comments.get(7)![0]!.body;
    expect(body).toContain(
      `**Drifting since \`${tip}\`** (2026-03-16, “Train product recommendations in the API with TensorFlow.js” by Ana Lytics).`,
    );
    // under the deciding service's heading, before its reasons
    expect(body).toMatch(/#### ⚠️ `api` .*\n\*\*Drifting since/);
    expect(body.indexOf('Drifting since')).toBeLessThan(body.indexOf('**What to do:**'));
    expect(run.summary).toContain('### Fit over time');
    const charts = mermaidBlocks(run.summary).filter((b) => b.includes('fit (first line)'));
    expect(charts.length).toBe(2);
    expect(charts[0]).toContain(`"tip ${tip}"`);
    for (const chart of charts) expect(mermaidErrors(chart)).toEqual([]);
  });

  it('is off by default: no trend, no line', async () => {
    const { run } = await act({});
    expect(run.summary).not.toContain('Fit over time');
    expect(harness.gh.comments.get(7)![0]!.body).not.toContain('Drifting since');
  });

  it('a span it cannot read fails the step with one line', async () => {
    const { run } = await act({ history: 'forever' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::input history: must be a span such as 1y, 6m or 90d, or off (got "forever")',
    );
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/rest';
import type { GitHubClient } from '../../src/github/client.js';
import {
  ACTIONS_BOT,
  changedEnough,
  markerFor,
  readState,
  stateMarker,
  upsertComment,
} from '../../src/github/comment.js';
import type { CommentMode } from '../../src/github/inputs.js';
import type { Report } from '../../src/model/report.js';
import { FakeGitHub } from '../support/github-server.js';
import { sampleReport } from '../report/sample-report.js';

// The posting code in-process against the GitHub API served on 127.0.0.1: which requests a
// pull request sees for each `comment:` mode and each earlier comment.

const ISSUE = 7;
const TARGET = { owner: 'o', repo: 'r', issue: ISSUE };
const MARKER = markerFor('.');

let gh: FakeGitHub;
beforeEach(async () => {
  gh = new FakeGitHub();
  await gh.start();
});
afterEach(() => gh.stop());

/** The body the action writes: marker first, state last. */
function bodyFor(report: Report, text = 'the verdict'): string {
  return `${MARKER}\n${text}\n${stateMarker(report)}`;
}

function post(mode: CommentMode, report: Report, options: { minChange?: number; self?: string } = {}) {
  return upsertComment(client(), TARGET, bodyFor(report, 'new body'), MARKER, {
    mode,
    report,
    minChange: options.minChange ?? 1,
    self: async () => options.self ?? ACTIONS_BOT,
  });
}

/**
 * Plain Octokit, without the action's throttling: its one-write-per-second pacing would make
 * each test (and each mutant Stryker runs them for) seconds long.
 */
const client = () => new Octokit({ auth: 't0ken', baseUrl: gh.url }) as unknown as GitHubClient;
const writes = () => gh.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH');
const bodies = () => (gh.comments.get(ISSUE) ?? []).map((c) => c.body);

describe('comment: on-change, through the code that posts', () => {
  const report = sampleReport(); // mismatch, node 41, python 65

  it('leaves the earlier comment alone when verdict and scores are what it recorded', async () => {
    gh.seed(ISSUE, bodyFor(report, 'old body'));
    const result = await post('on-change', report);
    expect(result).toEqual({
      action: 'skipped',
      why: 'verdict and scores unchanged against the previous comment (moved 0 < 1)',
    });
    expect(writes()).toEqual([]);
    expect(bodies()).toEqual([bodyFor(report, 'old body')]);
  });

  it('updates the earlier comment when a score moved by min-change, up or down', async () => {
    const old = gh.seed(ISSUE, bodyFor(sampleReport({ scores: { node: 39, python: 65 } }), 'old body'));
    expect(await post('on-change', report, { minChange: 2 })).toEqual({ action: 'updated', url: old.html_url });
    expect(bodies()).toEqual([bodyFor(report, 'new body')]);

    // python only, and downwards: the larger move of the two counts, whichever way
    gh.seed(8, bodyFor(sampleReport({ scores: { node: 41, python: 68 } }), 'old body'));
    const result = await upsertComment(client(), { ...TARGET, issue: 8 }, 'new', MARKER, {
      mode: 'on-change',
      report,
      minChange: 3,
      self: async () => ACTIONS_BOT,
    });
    expect(result.action).toBe('updated');
  });

  it('stays silent for a move smaller than min-change', async () => {
    gh.seed(ISSUE, bodyFor(sampleReport({ scores: { node: 43, python: 64 } })));
    expect(await post('on-change', report, { minChange: 3 })).toEqual({
      action: 'skipped',
      why: 'verdict and scores unchanged against the previous comment (moved 2 < 3)',
    });
    expect(writes()).toEqual([]);
  });

  it('updates when the verdict changed, even with the same scores', async () => {
    gh.seed(ISSUE, bodyFor(sampleReport({ verdict: 'review' })));
    expect((await post('on-change', report, { minChange: 50 })).action).toBe('updated');
  });

  it('creates the first comment: nothing to compare with', async () => {
    expect((await post('on-change', report)).action).toBe('created');
    expect(bodies()).toEqual([bodyFor(report, 'new body')]);
  });

  it('compares with the base of the pull request when the report has one, not the earlier comment', async () => {
    const delta = (node: number) =>
      sampleReport({
        delta: {
          baseRef: 'main',
          base: { verdict: 'mismatch', fitScore: node, scores: { node, python: 65 } },
          changes: [],
        },
      });
    // the earlier comment recorded other scores, the base has the same: silent
    gh.seed(ISSUE, bodyFor(sampleReport({ scores: { node: 10, python: 90 } })));
    expect(await post('on-change', delta(41))).toEqual({
      action: 'skipped',
      why: 'verdict and scores unchanged against base main (moved 0 < 1)',
    });
    expect((await post('on-change', delta(45))).action).toBe('updated');
  });

  it('an earlier comment whose saved state is not ours is treated as having none: it posts', async () => {
    const states = [
      '{"node":"x"}',
      '{"verdict":"mismatch","node":"x","python":65}',
      '{"verdict":"mismatch","node":41,"python":"65"}',
      '{"verdict":"mismatch","python":65}',
      '{"verdict":2,"node":41,"python":65}',
      '{"verdict":"mismatch","node":41,"python":65',
    ];
    for (const [i, state] of states.entries()) {
      const issue = 100 + i;
      gh.seed(issue, `${MARKER}\nold\n<!-- backend-fit-state:${state} -->`);
      const result = await upsertComment(client(), { ...TARGET, issue }, 'new', MARKER, {
        mode: 'on-change',
        report,
        minChange: 1,
        self: async () => ACTIONS_BOT,
      });
      expect(result.action, state).toBe('updated');
    }
  });
});

describe('comment: auto and never', () => {
  const report = sampleReport();

  it('auto rewrites the comment even when nothing changed', async () => {
    const old = gh.seed(ISSUE, bodyFor(report, 'old body'));
    expect(await post('auto', report)).toEqual({ action: 'updated', url: old.html_url });
    expect(bodies()).toEqual([bodyFor(report, 'new body')]);
  });

  it('never sends no request at all', async () => {
    gh.seed(ISSUE, bodyFor(sampleReport({ verdict: 'fits' })));
    expect(await post('never', report)).toEqual({ action: 'skipped', why: 'comment: never' });
    expect(gh.requests).toEqual([]);
  });
});

describe('which earlier comment is ours', () => {
  const report = sampleReport();

  it('a comment by a deleted account (user: null) is skipped, not a crash', async () => {
    const ghost = gh.seed(ISSUE, bodyFor(report, 'by a ghost'));
    Object.assign(ghost, { user: null });
    const result = await post('on-change', report);
    expect(result.action).toBe('created');
    expect(bodies()).toEqual([bodyFor(report, 'by a ghost'), bodyFor(report, 'new body')]);
  });

  it('a comment listed without a body (as some media types return it) is skipped', async () => {
    const bare = gh.seed(ISSUE, 'x');
    Object.assign(bare, { body: undefined });
    expect((await post('auto', report)).action).toBe('created');
  });

  it('another account quoting our marker is never edited', async () => {
    gh.seed(ISSUE, bodyFor(report, 'copied'), 'octocat', 'User');
    expect((await post('auto', report)).action).toBe('created');
    expect(bodies()[0]).toBe(bodyFor(report, 'copied'));
  });

  it('a personal token edits the comments of its own user', async () => {
    const mine = gh.seed(ISSUE, bodyFor(sampleReport({ verdict: 'fits' })), 'octocat', 'User');
    expect(await post('on-change', report, { self: 'octocat' })).toEqual({ action: 'updated', url: mine.html_url });
  });

  it('finds its comment past the first page, and the one of its own path only', async () => {
    gh.perPage = 2;
    gh.seed(ISSUE, 'first');
    gh.seed(ISSUE, `${markerFor('services/api')}\nthe api's comment`);
    const ours = gh.seed(ISSUE, bodyFor(sampleReport({ verdict: 'fits' })));
    expect(await post('on-change', report)).toEqual({ action: 'updated', url: ours.html_url });
    expect(bodies()[1]).toBe(`${markerFor('services/api')}\nthe api's comment`);
  });
});

describe('the state an earlier comment saved', () => {
  const state = (json: string) => readState(`text\n<!-- backend-fit-state:${json} -->`);

  it('is read back only when verdict, node and python all have their types', () => {
    expect(state('{"verdict":"fits","node":41,"python":65}')).toEqual({ verdict: 'fits', node: 41, python: 65 });
    expect(state('{"verdict":2,"node":41,"python":65}')).toBeUndefined();
    expect(state('{"verdict":"fits","node":"41","python":65}')).toBeUndefined();
    expect(state('{"verdict":"fits","node":41}')).toBeUndefined();
    expect(state('{"node":"x"}')).toBeUndefined();
    expect(readState('a comment with no state')).toBeUndefined();
  });
});

describe('the reason on-change gives for posting', () => {
  const report = sampleReport();
  it('names what changed and against what', () => {
    expect(changedEnough(report, undefined, 1)).toEqual({
      post: true,
      why: 'no base and no previous comment to compare with',
    });
    expect(changedEnough(report, { verdict: 'mismatch', node: 38, python: 65 }, 2)).toEqual({
      post: true,
      why: 'a score moved by 3 against the previous comment',
    });
    expect(changedEnough(report, { verdict: 'fits', node: 41, python: 65 }, 2)).toEqual({
      post: true,
      why: 'verdict changed against the previous comment',
    });
  });
});

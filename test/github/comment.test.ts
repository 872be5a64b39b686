import { describe, expect, it } from 'vitest';
import {
  ACTIONS_BOT,
  changedEnough,
  findOwnComment,
  markerFor,
  readState,
  renderComment,
  stateMarker,
} from '../../src/github/comment.js';
import { readInputs } from '../../src/github/inputs.js';
import { sampleReport } from '../report/sample-report.js';

describe('the sticky comment', () => {
  it('one marker per path, a hash that cannot close the HTML comment', () => {
    expect(markerFor('.')).toMatch(/^<!-- backend-fit:[0-9a-f]{12} -->$/);
    expect(markerFor('services/api')).not.toBe(markerFor('.'));
    expect(markerFor('x --> <b>').match(/-->/g)).toHaveLength(1);
  });

  it('finds only its own comment: marker first and written by the bot', () => {
    const marker = markerFor('.');
    const comments = [
      { id: 1, body: `> ${marker} quoted`, html_url: '', user: { login: ACTIONS_BOT } },
      { id: 2, body: `${marker}\nby a person`, html_url: '', user: { login: 'octocat' } },
      { id: 3, body: `${marker}\nours`, html_url: '', user: { login: ACTIONS_BOT } },
    ];
    expect(findOwnComment(comments, marker, ACTIONS_BOT)?.id).toBe(3);
    expect(findOwnComment(comments.slice(0, 2), marker, ACTIONS_BOT)).toBeUndefined();
  });

  it('records its state and reads it back defensively', () => {
    const report = sampleReport();
    expect(readState(`body\n${stateMarker(report)}`)).toEqual({ verdict: 'mismatch', node: 41, python: 65 });
    expect(readState('<!-- backend-fit-state:{"verdict":1} -->')).toBeUndefined();
    expect(readState('<!-- backend-fit-state:{not json} -->')).toBeUndefined();
  });

  it('reads the state only at the end of the body, where renderComment puts it: a name cannot move it', () => {
    const report = sampleReport();
    const spoof = '<!-- backend-fit-state:{"verdict":"fits","node":99,"python":1} -->';
    const real = stateMarker(report);
    expect(readState(`x \`${spoof}\` y\n${real}`)).toEqual({ verdict: 'mismatch', node: 41, python: 65 });
    expect(readState(`${real}\n\n`)).toEqual({ verdict: 'mismatch', node: 41, python: 65 });
    expect(readState(`${spoof}\nmore text`)).toBeUndefined();
    expect(readState(renderComment(report, '<!-- m -->'))).toEqual({ verdict: 'mismatch', node: 41, python: 65 });
  });
});

describe('comment: on-change', () => {
  const report = sampleReport();
  it('against the delta base: verdict change or a score moved by min-change', () => {
    const withBase = (verdict: 'fits' | 'mismatch', node: number) =>
      sampleReport({
        delta: { baseRef: 'main', base: { verdict, fitScore: node, scores: { node, python: 65 } }, changes: [] },
      });
    expect(changedEnough(withBase('fits', 41), undefined, 1)).toMatchObject({
      post: true,
      why: 'verdict changed against base main',
    });
    expect(changedEnough(withBase('mismatch', 43), undefined, 3)).toMatchObject({ post: false });
    expect(changedEnough(withBase('mismatch', 44), undefined, 3)).toMatchObject({ post: true });
  });

  it('without a delta, against the previous comment; with neither, it posts', () => {
    expect(changedEnough(report, { verdict: 'mismatch', node: 41, python: 65 }, 1).post).toBe(false);
    expect(changedEnough(report, { verdict: 'mismatch', node: 40, python: 65 }, 1).post).toBe(true);
    expect(changedEnough(report, undefined, 1).post).toBe(true);
  });
});

describe('inputs', () => {
  const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';
  it('defaults, and an explicit fail-on only when given', () => {
    const inputs = readInputs(get({}), { GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/r' });
    expect(inputs).toMatchObject({
      root: '/ws',
      path: '.',
      failOn: 'mismatch',
      failOnExplicit: false,
      comment: 'auto',
      summary: true,
      configExplicit: false,
      reportFile: '/tmp/r/backend-fit-report.json',
    });
    expect(
      readInputs(get({ 'fail-on': 'review', config: 'x.yml', path: 'svc' }), { GITHUB_WORKSPACE: '/ws' }),
    ).toMatchObject({ failOn: 'review', failOnExplicit: true, configExplicit: true, path: 'svc', root: '/ws/svc' });
  });

  it('bad values are one line naming the input', () => {
    expect(() => readInputs(get({ summary: 'yes' }), { GITHUB_WORKSPACE: '/ws' })).toThrow(
      'input summary: must be true or false (got "yes")',
    );
    expect(() => readInputs(get({ path: '../x' }), { GITHUB_WORKSPACE: '/ws' })).toThrow(/outside the workspace/);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/github/inputs.js';
import {
  countValues,
  loadReport,
  MAX_REPORT_BYTES,
  MAX_REPORT_VALUES,
  runHead,
  verifyPullRequest,
  VerificationError,
} from '../../src/github/report-mode.js';
import { sampleReport } from '../report/sample-report.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const ref = { number: 7, headSha: A, baseSha: B };

describe('verifyPullRequest', () => {
  const run = { sha: A, ref: 'fork/shop:feature' };
  it('posts when the PR, the report and the run are at one commit', () => {
    expect(verifyPullRequest(ref, run, { sha: A, ref: 'fork/shop:feature' })).toEqual({ post: true });
  });
  it('a PR that moved on is stale, not an error', () => {
    expect(verifyPullRequest(ref, run, { sha: B, ref: 'fork/shop:feature' })).toMatchObject({ post: false });
  });
  it('refuses a report for another commit, or naming another PR', () => {
    expect(() => verifyPullRequest(ref, { ...run, sha: B }, { sha: A, ref: 'fork/shop:feature' })).toThrow(
      VerificationError,
    );
    expect(() => verifyPullRequest(ref, run, { sha: B, ref: 'other/shop:main' })).toThrow(
      /names pull request #7, whose head is other\/shop:main/,
    );
    expect(() => verifyPullRequest(ref, { sha: A }, { sha: B, ref: 'x:y' })).toThrow(
      new VerificationError(
        'the workflow run does not say its head repository and branch, so it cannot be matched with pull request #7',
      ),
    );
  });
  it('another pull request at the same commit is refused: head repository and branch must match too', () => {
    for (const other of ['someone/shop:feature', 'fork/shop:other', 'fork/shop:feature2']) {
      expect(() => verifyPullRequest(ref, run, { sha: A, ref: other })).toThrow(
        new VerificationError(
          `the report names pull request #7, whose head is ${other}, not the workflow run's fork/shop:feature`,
        ),
      );
    }
    expect(() => verifyPullRequest(ref, { sha: A }, { sha: A, ref: 'fork/shop:feature' })).toThrow(VerificationError);
  });
});

describe('runHead', () => {
  const report = sampleReport({ pullRequest: ref });
  it('reads workflow_run and pull_request events', () => {
    expect(
      runHead(
        'workflow_run',
        { workflow_run: { head_sha: A, head_branch: 'feature', head_repository: { full_name: 'fork/shop' } } },
        report,
      ),
    ).toEqual({ sha: A, ref: 'fork/shop:feature' });
    expect(runHead('pull_request', { pull_request: { number: 7, head: { sha: A } } }, report)).toEqual({ sha: A });
    const head = { sha: A, ref: 'feature', repo: { full_name: 'fork/shop' } };
    expect(runHead('pull_request', { pull_request: { number: 7, head } }, report)).toEqual({
      sha: A,
      ref: 'fork/shop:feature',
    });
    expect(runHead('pull_request', { pull_request: { number: 7, head: { ...head, ref: '' } } }, report)).toEqual({
      sha: A,
    });
    expect(runHead('pull_request', { pull_request: { number: 7, head: { ...head, repo: null } } }, report)).toEqual({
      sha: A,
    });
    expect(() => runHead('pull_request', { pull_request: { number: 9, head: { sha: A } } }, report)).toThrow(
      /this run is for #9/,
    );
    expect(() => runHead('push', {}, report)).toThrow(/runs on workflow_run or pull_request events, not push/);
  });
});

describe('loadReport', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bf-report-'));
  const write = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  it('accepts a valid report with a pull request, one line for anything else', async () => {
    await expect(
      loadReport(write('ok.json', JSON.stringify(sampleReport({ pullRequest: ref })))),
    ).resolves.toMatchObject({ pullRequest: ref });
    await expect(loadReport(write('nopr.json', JSON.stringify(sampleReport())))).rejects.toThrow(
      /records no pull request/,
    );
    await expect(loadReport(write('bad.json', '[1,'))).rejects.toThrow(/bad\.json is not JSON/);
    await expect(loadReport(path.join(dir, 'missing.json'))).rejects.toThrow(/cannot read .*missing\.json \(ENOENT\)/);
    const wrong = write('wrong.json', JSON.stringify({ ...sampleReport({ pullRequest: { ...ref, headSha: 'zz' } }) }));
    await expect(loadReport(wrong)).rejects.toThrow(
      /wrong\.json is not a valid backend-fit report: \/pullRequest\/headSha must match pattern/,
    );
  });
});

describe('the report input', () => {
  it('resolves against the workspace, absolute paths kept; absent means a scan', async () => {
    const { readInputs } = await import('../../src/github/inputs.js');
    const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';
    expect(readInputs(get({ report: 'r/backend-fit-report.json' }), { GITHUB_WORKSPACE: '/ws' }).report).toBe(
      '/ws/r/backend-fit-report.json',
    );
    expect(readInputs(get({ report: '/tmp/x/report.json' }), { GITHUB_WORKSPACE: '/ws' }).report).toBe(
      '/tmp/x/report.json',
    );
    expect(readInputs(get({}), { GITHUB_WORKSPACE: '/ws' }).report).toBeUndefined();
  });
});

describe('what the report-only step says when it refuses', () => {
  const report = sampleReport({ pullRequest: ref });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bf-report-'));
  const write = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  const padded = (bytes: number) => {
    const text = JSON.stringify(report);
    return text + ' '.repeat(bytes - Buffer.byteLength(text));
  };

  it('a file larger than any report is refused before it is read, one at the limit is read', async () => {
    await expect(loadReport(write('huge.json', padded(MAX_REPORT_BYTES + 1)))).rejects.toThrow(
      `huge.json is ${MAX_REPORT_BYTES + 1} bytes, larger than any report (limit ${MAX_REPORT_BYTES})`,
    );
    await expect(loadReport(write('limit.json', padded(MAX_REPORT_BYTES)))).resolves.toMatchObject({
      pullRequest: ref,
    });
  });

  it('a file that is not JSON is named, and none of its text is repeated', async () => {
    await expect(loadReport(write('cut.json', 'pwned-by-the-report'))).rejects.toThrow(
      new InputError(`report: ${path.join(dir, 'cut.json')} is not JSON`),
    );
  });

  it('schema errors: the first one only (collecting all costs more than linear time)', async () => {
    const data: Record<string, unknown> = {
      ...sampleReport({ pullRequest: { ...ref, headSha: 'zz', baseSha: 'yy' } }),
    };
    delete data.stats;
    const file = write('broken.json', JSON.stringify(data));
    await expect(loadReport(file)).rejects.toThrow(
      new InputError(`report: ${file} is not a valid backend-fit report: / must have required property 'stats'`),
    );
  });

  it('a report holding more values than any report is refused before validation', async () => {
    const data = { ...sampleReport({ pullRequest: ref }), warnings: new Array(MAX_REPORT_VALUES).fill(0) };
    const file = write('huge.json', JSON.stringify(data));
    await expect(loadReport(file)).rejects.toThrow(
      new InputError(
        `report: ${file} holds more than ${MAX_REPORT_VALUES} values, more than any report (not validated)`,
      ),
    );
  });

  it('countValues counts every value, nested ones too, and stops just past the budget', () => {
    expect(countValues(1, 10)).toBe(1);
    expect(countValues(null, 10)).toBe(1);
    expect(countValues([], 10)).toBe(1);
    expect(countValues({ a: [1, 2, { b: 'x' }], c: null }, 10)).toBe(7);
    expect(countValues(new Array(100).fill([1]), 10)).toBe(11);
    expect(countValues(new Array(5).fill(0), 5)).toBe(6);
    expect(countValues(new Array(4).fill(0), 5)).toBe(5);
  });

  it('an event without the head it needs is an input error naming what is missing', () => {
    expect(() => runHead('workflow_run', {}, report)).toThrow(
      new InputError('report: the workflow_run event has no head_sha'),
    );
    expect(() => runHead('workflow_run', { workflow_run: { head_branch: 'feature' } }, report)).toThrow(
      'report: the workflow_run event has no head_sha',
    );
    expect(() => runHead('pull_request', {}, report)).toThrow(
      'report: the pull_request event has no pull request head',
    );
    expect(() => runHead('pull_request_target', { pull_request: { number: 7 } }, report)).toThrow(
      'report: the pull_request_target event has no pull request head',
    );
    expect(() => runHead('', {}, report)).toThrow(
      'report: runs on workflow_run or pull_request events, not this event',
    );
  });

  it('a workflow run names its head branch only when it says both repository and branch', () => {
    expect(runHead('workflow_run', { workflow_run: { head_sha: A } }, report)).toEqual({ sha: A });
    expect(
      runHead('workflow_run', { workflow_run: { head_sha: A, head_repository: { full_name: 'fork/shop' } } }, report),
    ).toEqual({ sha: A });
    expect(runHead('workflow_run', { workflow_run: { head_sha: A, head_branch: 'feature' } }, report)).toEqual({
      sha: A,
    });
    expect(runHead('pull_request_target', { pull_request: { number: 7, head: { sha: A } } }, report)).toEqual({
      sha: A,
    });
  });

  it('refusals and a stale report name the commits by their first twelve characters', () => {
    const run = { sha: A, ref: 'fork/shop:feature' };
    expect(() => verifyPullRequest(ref, { sha: B }, { sha: A, ref: 'x:y' })).toThrow(
      new VerificationError('the report was made for aaaaaaaaaaaa, but the workflow run is for bbbbbbbbbbbb'),
    );
    expect(verifyPullRequest(ref, run, { sha: B, ref: 'fork/shop:feature' })).toEqual({
      post: false,
      why: 'pull request #7 has moved on to bbbbbbbbbbbb since this report (aaaaaaaaaaaa): a newer run will comment',
    });
  });
});

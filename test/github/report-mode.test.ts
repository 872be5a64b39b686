import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport, runHead, verifyPullRequest, VerificationError } from '../../src/github/report-mode.js';
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
    expect(() => verifyPullRequest(ref, { sha: A }, { sha: B, ref: 'x:y' })).toThrow(/is at bbbbbbbbbbbb/);
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

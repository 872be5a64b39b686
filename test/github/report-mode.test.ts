import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/github/inputs.js';
import {
  loadReport,
  MAX_REPORT_BYTES,
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

  it('a file that is not JSON is named with the parser’s one-line reason', async () => {
    let reason = '';
    try {
      JSON.parse('[1,');
    } catch (error) {
      reason = (error as Error).message;
    }
    await expect(loadReport(write('cut.json', '[1,'))).rejects.toThrow(`cut.json is not JSON (${reason})`);
  });

  it('schema errors: the first three, and how many more', async () => {
    const broken = (drop: string[]) => {
      const data: Record<string, unknown> = {
        ...sampleReport({ pullRequest: { ...ref, headSha: 'zz', baseSha: 'yy' } }),
      };
      for (const key of drop) delete data[key];
      return JSON.stringify(data);
    };
    const three = write('three.json', broken(['stats']));
    // all three listed, nothing said about more
    await expect(loadReport(three)).rejects.toThrow(
      /three\.json is not a valid backend-fit report: [^;]+; [^;]+; \/pullRequest\/baseSha must match pattern "[^"]+"$/,
    );
    const four = write('four.json', broken(['stats', 'warnings']));
    await expect(loadReport(four)).rejects.toThrow(
      /four\.json is not a valid backend-fit report: [^;]+; [^;]+; [^;]+ \(and 1 more\)$/,
    );
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

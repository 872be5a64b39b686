import { readFile, stat } from 'node:fs/promises';
import type { PullRequestRef, Report } from '../model/report.js';
import { validateReport } from '../report/schema.js';
import { InputError } from './inputs.js';
import { commitId } from '../commit-id.js';

/**
 * The report-only mode (input `report`): the fork-PR recipe's second workflow comments from a
 * report that the PR's own run wrote with a read-only token. That report was made by code from
 * the fork, so nothing in it is trusted: it must match the schema, it is re-rendered here with
 * the same escaping, and it may only comment on the pull request whose current head is the
 * commit the report was made for AND the commit of the workflow run that uploaded it.
 */

/** A report larger than this is not one backend-fit wrote for a pull request. */
export const MAX_REPORT_BYTES = 32 * 1024 * 1024;
/** Values in a report: the largest real reports hold a few hundred thousand. */
export const MAX_REPORT_VALUES = 2_000_000;

export async function loadReport(file: string): Promise<Report> {
  const size = await stat(file).then(
    (s) => s.size,
    (e: NodeJS.ErrnoException) => {
      throw new InputError(`report: cannot read ${file} (${e.code ?? e.message})`);
    },
  );
  if (size > MAX_REPORT_BYTES)
    throw new InputError(`report: ${file} is ${size} bytes, larger than any report (limit ${MAX_REPORT_BYTES})`);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    // the parser's message quotes the text, and the text is the fork's: not repeated
    throw new InputError(`report: ${file} is not JSON`);
  }
  const values = countValues(data, MAX_REPORT_VALUES);
  if (values > MAX_REPORT_VALUES)
    throw new InputError(
      `report: ${file} holds more than ${MAX_REPORT_VALUES} values, more than any report (not validated)`,
    );
  const errors = validateReport(data);
  if (errors.length) throw new InputError(`report: ${file} is not a valid backend-fit report: ${errors[0]}`);
  const report = data as Report;
  if (!report.pullRequest)
    throw new InputError(`report: ${file} records no pull request (write it with the action on a pull_request event)`);
  return report;
}

/**
 * Values (objects, arrays, scalars) in parsed JSON, counted up to just past `budget`: the check
 * before schema validation, so a report's cost stays linear in its size whatever it holds.
 */
export function countValues(data: unknown, budget: number): number {
  let count = 0;
  const pending: unknown[] = [data];
  while (pending.length > 0 && count <= budget) {
    const value = pending.pop();
    count++;
    if (value !== null && typeof value === 'object') for (const inner of Object.values(value)) pending.push(inner);
  }
  return count;
}

/** What the event that started this run says about the commit it is for. */
export interface RunHead {
  sha: string;
  /** `owner/name:branch` of the head, where the event says (workflow_run does). */
  ref?: string;
}

/** The head of the run from a `workflow_run` or `pull_request` event; an InputError on any other. */
export function runHead(eventName: string, payload: Record<string, unknown>, report: Report): RunHead {
  if (eventName === 'workflow_run') {
    const run = payload.workflow_run as
      { head_sha?: string; head_branch?: string; head_repository?: { full_name?: string } } | undefined;
    if (!run?.head_sha) throw new InputError('report: the workflow_run event has no head_sha');
    const repo = run.head_repository?.full_name;
    return { sha: run.head_sha, ...(repo && run.head_branch ? { ref: `${repo}:${run.head_branch}` } : {}) };
  }
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = payload.pull_request as
      { number?: number; head?: { sha?: string; ref?: string; repo?: { full_name?: string } } } | undefined;
    if (!pr?.head?.sha) throw new InputError(`report: the ${eventName} event has no pull request head`);
    if (pr.number !== report.pullRequest!.number)
      throw new VerificationError(
        `the report names pull request #${report.pullRequest!.number}, but this run is for #${pr.number}`,
      );
    const repo = pr.head.repo?.full_name;
    return { sha: pr.head.sha, ...(repo && pr.head.ref ? { ref: `${repo}:${pr.head.ref}` } : {}) };
  }
  throw new InputError(`report: runs on workflow_run or pull_request events, not ${eventName || 'this event'}`);
}

/** The report must be for the commit the run that uploaded it was for; checked before any API call. */
export function matchRun(ref: PullRequestRef, run: RunHead): void {
  if (ref.headSha !== run.sha)
    throw new VerificationError(
      `the report was made for ${commitId(ref.headSha)}, but the workflow run is for ${commitId(run.sha)}`,
    );
}

/** The report does not belong to the pull request it names: the step fails and nothing is posted. */
export class VerificationError extends Error {}

export interface PullRequestHead {
  sha: string;
  ref: string;
}

export type Verdict = { post: true } | { post: false; why: string };

/**
 * Whether the report may comment on the pull request it names, given that pull request's
 * current head (from the API). Three things must agree: the report's headSha and the run's
 * head SHA; the run's head repository and branch and the PR's (another PR can be at the same
 * commit); and the PR's current head SHA. A PR that moved on since (same branch, newer commit)
 * makes the report stale: nothing is posted, and a newer run will comment. Anything else is refused.
 */
export function verifyPullRequest(ref: PullRequestRef, run: RunHead, pr: PullRequestHead): Verdict {
  matchRun(ref, run);
  if (!run.ref)
    throw new VerificationError(
      `the workflow run does not say its head repository and branch, so it cannot be matched with pull request #${ref.number}`,
    );
  if (run.ref !== pr.ref)
    throw new VerificationError(
      `the report names pull request #${ref.number}, whose head is ${pr.ref}, not the workflow run's ${run.ref}`,
    );
  if (pr.sha === ref.headSha) return { post: true };
  return {
    post: false,
    why: `pull request #${ref.number} has moved on to ${commitId(pr.sha)} since this report (${commitId(ref.headSha)}): a newer run will comment`,
  };
}

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { analyze, type AnalyzeOptions } from '../analyze.js';
import { ConfigError, resolveSettings, type Settings } from '../config/index.js';
import { history } from '../history/index.js';
import type { History } from '../model/history.js';
import { driftingLines, historyMarkdown } from '../report/history.js';
import { DEFAULT_PARAMS } from '../score/index.js';
import type { Report } from '../model/report.js';
import { renderJson } from '../report/index.js';
import { renderMarkdown } from '../report/markdown.js';
import { loadSettings } from '../settings.js';
import { repositoryRef } from '../repository.js';
import { parseExternalRef, readOrganisationPolicy } from '../config/organisation.js';
import { annotationsFor } from './annotations.js';
import { createClient, type GitHubClient } from './client.js';
import {
  loadReport,
  matchRun,
  runHead,
  verifyPullRequest,
  VerificationError,
  type PullRequestHead,
} from './report-mode.js';
import { commentAuthor, markerFor, renderComment, upsertComment } from './comment.js';
import { DEFAULT_CONFIG, InputError, readInputs, type ActionInputs } from './inputs.js';
import { outputsFor } from './outputs.js';
import { log } from './log.js';
import { readBasePolicy } from './policy-source.js';

/**
 * The job summary may hold 1 MiB per step. The renderer counts UTF-16 code units, and one unit
 * is at most 3 bytes of UTF-8, so a third of the limit always fits.
 */
export const SUMMARY_LIMIT = Math.floor((1024 * 1024) / 3);

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** The action: analyse, write the report, outputs and summary, comment, annotate, apply the policy. */
export async function run(
  env: NodeJS.ProcessEnv = process.env,
  options: Pick<AnalyzeOptions, 'readWorker'> = {},
): Promise<void> {
  try {
    await runOrThrow(env, options);
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError) {
      log.fail(error.message);
      return;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    log.debug(e.stack ?? e.message);
    log.fail(`backend-fit: unexpected error: ${e.message.split('\n')[0]}`);
  }
}

async function runOrThrow(env: NodeJS.ProcessEnv, options: Pick<AnalyzeOptions, 'readWorker'>): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name), env);
  if (inputs.token) core.setSecret(inputs.token);
  if (inputs.report) return commentFromReport(inputs, inputs.report, env);
  const external = parseExternalRef(inputs.config);
  const organisation = external
    ? await readOrganisationPolicy(external, createClient(inputs.externalRepoToken || inputs.token, env, log.info))
    : undefined;
  const { context } = github;
  const pr = PR_EVENTS.has(context.eventName) ? context.payload.pull_request : undefined;
  const baseSha: string | undefined = pr?.base?.sha;
  const request = {
    root: inputs.root,
    // with the organisation's config named, the repository's own file is read at its usual place
    configFile: external ? DEFAULT_CONFIG : inputs.config,
    explicit: external ? false : inputs.configExplicit,
    overrides: inputs.failOnExplicit ? { failOn: inputs.failOn } : {},
    defaultFailOn: 'mismatch' as const,
    organisation,
  };
  // on a pull request the base's policy decides, unless the workflow lets the PR change its own gate
  const basePolicy =
    baseSha && inputs.policyFrom === 'base' ? await readBasePolicy({ ...request, baseSha }) : undefined;
  if (baseSha && inputs.policyFrom === 'base' && !basePolicy)
    log.info(
      `${inputs.path} is not in a git checkout: there is no base commit to read the policy from, so the checked-out files decide it`,
    );
  const settings = basePolicy?.settings ?? (await loadSettings(request));
  // Source-location URLs name folders from the repository's root; only a scan of that root can use them as paths.
  const repository = inputs.path === '.' && env.GITHUB_REPOSITORY ? env.GITHUB_REPOSITORY : undefined;
  const report = await analyze({
    root: inputs.root,
    settings,
    baseRef: baseSha,
    fetchMissingBase: true,
    ...(repository ? { repository } : {}),
    ...(basePolicy ? { policyFiles: basePolicy.policyFiles } : {}),
    ...options,
  });
  if (env.GITHUB_REPOSITORY) report.repository = await repositoryRef(inputs.root, env.GITHUB_REPOSITORY, env);
  for (const note of settings.organisation?.notes ?? []) {
    report.warnings.push({ message: note });
    log.warning(note);
  }
  if (basePolicy) report.policy.source = basePolicy.source();
  // recorded for the fork-PR flow: the report-only mode posts only where this commit still is
  if (pr && typeof pr.number === 'number' && typeof pr.head?.sha === 'string' && typeof baseSha === 'string')
    report.pullRequest = { number: pr.number, headSha: pr.head.sha, baseSha };

  await writeReport(inputs.reportFile, report);
  const trend = inputs.history ? await followHistory(inputs, settings, inputs.history, options.readWorker) : undefined;
  if (inputs.summary) await writeSummary(report, `Full JSON report: ${inputs.reportFile}`, trend);
  let commentUrl = '';
  if (pr && typeof pr.number === 'number') {
    if (inputs.comment === 'never') log.info('comment: never');
    else if (!inputs.token)
      log.warning('no github-token: the PR comment was not posted (summary and outputs are written)');
    else
      commentUrl = await comment(
        report,
        inputs,
        { owner: context.repo.owner, repo: context.repo.repo, issue: pr.number },
        settings.minChange,
        createClient(inputs.token, env, (m) => log.info(m)),
        trend && driftingLines(trend),
      );
  } else {
    log.info(`No pull request in a ${context.eventName || 'manual'} event: summary and outputs only.`);
  }
  if (inputs.annotations) {
    for (const a of annotationsFor(report)) log.warning(a.message, { file: a.file, startLine: a.line, title: a.title });
  }
  for (const [name, value] of Object.entries(outputsFor(report, inputs.reportFile, commentUrl)))
    core.setOutput(name, value);
  log.info(
    `backend-fit: ${report.verdict} (Node.js ${report.scores.node}, Python ${report.scores.python}); report in ${inputs.reportFile}`,
  );
  if (report.policy.failed)
    log.fail(`backend-fit: ${report.policy.reasons[0] ?? `policy failed (fail-on: ${report.policy.failOn})`}`);
}

async function writeReport(file: string, report: Report): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, renderJson(report));
  } catch (error) {
    log.warning(
      `could not write the report to ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

/**
 * Report-only mode (the fork-PR flow): validate the uploaded report, check that it belongs to
 * the pull request it names, re-render it and post the sticky comment. Nothing is scanned and
 * the policy is not applied again (the pull request's own run did that).
 */
async function commentFromReport(inputs: ActionInputs, file: string, env: NodeJS.ProcessEnv): Promise<void> {
  const report = await loadReport(file);
  const { context } = github;
  const ref = report.pullRequest!;
  const target = { owner: context.repo.owner, repo: context.repo.repo, issue: ref.number };
  let commentUrl = '';
  try {
    const head = runHead(context.eventName, context.payload, report);
    matchRun(ref, head);
    if (inputs.comment === 'never') log.info('comment: never; the report is checked and summarised only');
    else if (!inputs.token) log.warning('no github-token: the PR comment was not posted');
    else {
      const client = createClient(inputs.token, env, (m) => log.info(m));
      const pr = await fetchPullRequest(client, target);
      if (pr) {
        const verdict = verifyPullRequest(ref, head, pr);
        if (verdict.post) commentUrl = await comment(report, inputs, target, defaultMinChange(), client);
        else log.info(`PR comment not posted: ${verdict.why}`);
      }
    }
  } catch (error) {
    if (!(error instanceof VerificationError)) throw error;
    log.fail(`backend-fit: not commenting from ${file}: ${error.message}`);
  }
  if (inputs.summary) await writeSummary(report, `Re-rendered from the uploaded report ${path.basename(file)}`);
  for (const [name, value] of Object.entries(outputsFor(report, file, commentUrl))) core.setOutput(name, value);
}

/** The named pull request's head; undefined (with a warning) when the API fails, refused when it does not exist. */
async function fetchPullRequest(
  client: GitHubClient,
  target: { owner: string; repo: string; issue: number },
): Promise<PullRequestHead | undefined> {
  try {
    const { data } = await client.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.issue });
    return { sha: data.head.sha, ref: `${data.head.repo?.full_name ?? '(deleted fork)'}:${data.head.ref}` };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404)
      throw new VerificationError(`pull request #${target.issue} does not exist in ${target.owner}/${target.repo}`);
    log.warning(
      `could not read pull request #${target.issue}${status ? ` (${status})` : ''}: the PR comment was not posted`,
    );
    return undefined;
  }
}

function defaultMinChange(): number {
  return resolveSettings(undefined, {}, { failOn: 'mismatch', params: DEFAULT_PARAMS }).minChange;
}

/** The `history` input: the trend over that span, or a warning and none (a shallow clone is told what to fetch). */
async function followHistory(
  inputs: ActionInputs,
  settings: Settings,
  span: number,
  readWorker: URL | undefined,
): Promise<History | undefined> {
  try {
    const trend = await history({
      root: inputs.root,
      settings,
      since: new Date(Date.now() - span),
      ...(readWorker ? { readWorker } : {}),
    });
    for (const note of trend.notes) log.warning(`history: ${note}`);
    return trend;
  } catch (error) {
    log.warning(`history: ${(error as Error).message.split('\n')[0]}; no trend`);
    return undefined;
  }
}

async function writeSummary(report: Report, footer: string, trend?: History): Promise<void> {
  try {
    const body = renderMarkdown(report, { maxChars: SUMMARY_LIMIT, chart: true, footer });
    const room = SUMMARY_LIMIT - body.length - 2;
    await core.summary.addRaw(trend && room > 0 ? `${body}\n${historyMarkdown(trend, room)}` : body).write();
  } catch (error) {
    log.warning(`could not write the job summary: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Posts or updates the sticky comment; an API failure is a warning, never a failed build. */
async function comment(
  report: Report,
  inputs: ActionInputs,
  target: { owner: string; repo: string; issue: number },
  minChange: number,
  client: GitHubClient,
  underService?: Record<string, string>,
): Promise<string> {
  const marker = markerFor(inputs.path);
  const body = renderComment(report, marker, underService);
  try {
    const result = await upsertComment(client, target, body, marker, {
      mode: inputs.comment,
      report,
      minChange,
      self: () => commentAuthor(inputs.token, async () => (await client.rest.users.getAuthenticated()).data.login),
    });
    if (result.action === 'skipped') {
      log.info(`PR comment left as it is: ${result.why}`);
      return '';
    }
    log.info(`PR comment ${result.action}: ${result.url}`);
    return result.url;
  } catch (error) {
    log.warning(explainApiError(error));
    return '';
  }
}

function explainApiError(error: unknown): string {
  const status = (error as { status?: number }).status;
  const message = ((error as Error).message ?? String(error)).split('\n')[0];
  switch (status) {
    case 403:
      return 'could not write the PR comment (403): the token lacks `pull-requests: write`. Pull requests from forks get a read-only token; see the README for the workflow_run recipe. The summary and outputs are written.';
    case 401:
      return 'could not write the PR comment (401): the github-token was refused. The summary and outputs are written.';
    case 404:
      return 'could not write the PR comment (404): the pull request or repository was not found (deleted, or not visible to this token).';
    case 422:
      return `could not write the PR comment (422): GitHub refused the comment: ${message}`;
    default:
      return `could not write the PR comment${status ? ` (${status})` : ''}: ${message}. The summary and outputs are written.`;
  }
}

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { analyze } from '../analyze.js';
import { ConfigError } from '../config/index.js';
import type { Report } from '../model/report.js';
import { renderJson } from '../report/index.js';
import { renderMarkdown } from '../report/markdown.js';
import { loadSettings } from '../settings.js';
import { annotationsFor } from './annotations.js';
import { createClient } from './client.js';
import { ACTIONS_BOT, markerFor, stateMarker, upsertComment } from './comment.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { outputsFor } from './outputs.js';

/** GitHub's limit for an issue comment body, in characters. */
export const COMMENT_LIMIT = 65_536;
/**
 * The job summary may hold 1 MiB per step. The renderer counts UTF-16 code units, and one unit
 * is at most 3 bytes of UTF-8, so a third of the limit always fits.
 */
export const SUMMARY_LIMIT = Math.floor((1024 * 1024) / 3);

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** The action: analyse, write the report, outputs and summary, comment, annotate, apply the policy. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await runOrThrow(env);
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError) {
      core.setFailed(error.message);
      return;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    core.debug(e.stack ?? e.message);
    core.setFailed(`backend-fit: unexpected error: ${e.message.split('\n')[0]}`);
  }
}

async function runOrThrow(env: NodeJS.ProcessEnv): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name), env);
  if (inputs.token) core.setSecret(inputs.token);
  const settings = await loadSettings({
    root: inputs.root,
    configFile: inputs.config,
    explicit: inputs.configExplicit,
    overrides: inputs.failOnExplicit ? { failOn: inputs.failOn } : {},
    defaultFailOn: 'mismatch',
  });
  const { context } = github;
  const pr = PR_EVENTS.has(context.eventName) ? context.payload.pull_request : undefined;
  const baseSha: string | undefined = pr?.base?.sha;
  // Source-location URLs name folders from the repository's root; only a scan of that root can use them as paths.
  const repository = inputs.path === '.' && env.GITHUB_REPOSITORY ? env.GITHUB_REPOSITORY : undefined;
  const report = await analyze({
    root: inputs.root,
    settings,
    baseRef: baseSha,
    fetchMissingBase: true,
    ...(repository ? { repository } : {}),
  });

  await writeReport(inputs.reportFile, report);
  if (inputs.summary) await writeSummary(report, inputs);
  let commentUrl = '';
  if (pr && typeof pr.number === 'number') {
    commentUrl = await comment(
      report,
      inputs,
      { owner: context.repo.owner, repo: context.repo.repo, issue: pr.number },
      settings.minChange,
      env,
    );
  } else {
    core.info(`No pull request in a ${context.eventName || 'manual'} event: summary and outputs only.`);
  }
  if (inputs.annotations) {
    for (const a of annotationsFor(report))
      core.warning(a.message, { file: a.file, startLine: a.line, title: a.title });
  }
  for (const [name, value] of Object.entries(outputsFor(report, inputs.reportFile, commentUrl)))
    core.setOutput(name, value);
  core.info(
    `backend-fit: ${report.verdict} (Node.js ${report.scores.node}, Python ${report.scores.python}); report in ${inputs.reportFile}`,
  );
  if (report.policy.failed)
    core.setFailed(`backend-fit: ${report.policy.reasons[0] ?? `policy failed (fail-on: ${report.policy.failOn})`}`);
}

async function writeReport(file: string, report: Report): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, renderJson(report));
  } catch (error) {
    core.warning(
      `could not write the report to ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

async function writeSummary(report: Report, inputs: ActionInputs): Promise<void> {
  try {
    const body = renderMarkdown(report, {
      maxChars: SUMMARY_LIMIT,
      chart: true,
      footer: `Full JSON report: ${inputs.reportFile}`,
    });
    await core.summary.addRaw(body).write();
  } catch (error) {
    core.warning(`could not write the job summary: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Posts or updates the sticky comment; an API failure is a warning, never a failed build. */
async function comment(
  report: Report,
  inputs: ActionInputs,
  target: { owner: string; repo: string; issue: number },
  minChange: number,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  if (inputs.comment === 'never') return '';
  if (!inputs.token) {
    core.warning('no github-token: the PR comment was not posted (summary and outputs are written)');
    return '';
  }
  const client = createClient(inputs.token, env, (m) => core.info(m));
  const marker = markerFor(inputs.path);
  const body =
    renderMarkdown(report, { maxChars: COMMENT_LIMIT - stateMarker(report).length - 1, marker, chart: true }) +
    stateMarker(report);
  try {
    const result = await upsertComment(client, target, body, marker, {
      mode: inputs.comment,
      report,
      minChange,
      self: async () => {
        // GITHUB_TOKEN is an installation token: GET /user is refused and the comments are
        // github-actions[bot]'s. A personal token names its user.
        try {
          return (await client.rest.users.getAuthenticated()).data.login;
        } catch {
          return ACTIONS_BOT;
        }
      },
    });
    if (result.action === 'skipped') {
      core.info(`PR comment left as it is: ${result.why}`);
      return '';
    }
    core.info(`PR comment ${result.action}: ${result.url}`);
    return result.url;
  } catch (error) {
    core.warning(explainApiError(error));
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

import path from 'node:path';
import type { FailOn } from '../model/report.js';
import { parseDuration } from '../history/duration.js';
import type { PolicyFrom } from './policy-source.js';

export type CommentMode = 'auto' | 'on-change' | 'never';

/** A bad input value: the step fails with this one line. */
export class InputError extends Error {}

export interface ActionInputs {
  /** Absolute folder to scan, inside the workspace. */
  root: string;
  /** The `path` input as written, normalised (`.` for the workspace), for the comment marker. */
  path: string;
  config: string;
  configExplicit: boolean;
  failOn: FailOn;
  failOnExplicit: boolean;
  comment: CommentMode;
  summary: boolean;
  annotations: boolean;
  token: string;
  /** Reads the organisation's config in another repository (`config: owner/repo/path@ref`); the token's fallback. */
  externalRepoToken: string;
  reportFile: string;
  /** Report-only mode: comment from this report (the fork-PR flow); nothing is scanned. */
  report?: string;
  /** `history`: the span of history to follow, in milliseconds; off when absent. */
  history?: number;
  /** On pull requests, whose policy decides: the base commit's (default) or the PR's own. */
  policyFrom: PolicyFrom;
}

export const DEFAULT_CONFIG = '.github/backend-fit.yml';

/** Reads the action's inputs as the runner passes them (INPUT_<NAME>, hyphens kept). */
export function readInputs(get: (name: string) => string, env: NodeJS.ProcessEnv): ActionInputs {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const rawPath = get('path') || '.';
  const root = path.resolve(workspace, rawPath);
  const relative = path.relative(workspace, root);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new InputError(`path: "${rawPath}" is outside the workspace ${workspace}`);
  }
  const config = get('config') || DEFAULT_CONFIG;
  const failOnRaw = get('fail-on');
  const reportFile = get('report-file') || path.join(env.RUNNER_TEMP || workspace, 'backend-fit-report.json');
  const report = get('report');
  const historyRaw = get('history');
  const history = historyRaw && historyRaw !== 'off' ? parseDuration(historyRaw) : undefined;
  if (historyRaw && historyRaw !== 'off' && history === undefined)
    throw new InputError(`input history: must be a span such as 1y, 6m or 90d, or off (got "${historyRaw}")`);
  return {
    root,
    path: relative.split(path.sep).join('/') || '.',
    config,
    configExplicit: config !== DEFAULT_CONFIG,
    failOn: oneOf('fail-on', failOnRaw || 'mismatch', ['mismatch', 'review', 'never']),
    failOnExplicit: failOnRaw !== '',
    comment: oneOf('comment', get('comment') || 'auto', ['auto', 'on-change', 'never']),
    summary: bool('summary', get('summary') || 'true'),
    annotations: bool('annotations', get('annotations') || 'true'),
    token: get('github-token'),
    externalRepoToken: get('external-repo-token'),
    reportFile: path.resolve(workspace, reportFile),
    policyFrom: oneOf('policy-from', get('policy-from') || 'base', ['base', 'head']),
    ...(report ? { report: path.resolve(workspace, report) } : {}),
    ...(history ? { history } : {}),
  };
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`input ${name}: must be one of ${allowed.join(', ')} (got "${value}")`);
}

// The YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them.
function bool(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`input ${name}: must be true or false (got "${value}")`);
}

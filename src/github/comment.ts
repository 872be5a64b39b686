import { createHash } from 'node:crypto';
import type { Report } from '../model/report.js';
import { renderMarkdown } from '../report/markdown.js';
import type { GitHubClient } from './client.js';
import type { CommentMode } from './inputs.js';

/**
 * The hidden marker of this action's comment for one `path`. A hash, not the path itself: a
 * path comes from the user and could contain `-->`.
 */
export function markerFor(path: string): string {
  const id = createHash('sha256').update(path).digest('hex').slice(0, 12);
  return `<!-- backend-fit:${id} -->`;
}

/** GitHub's limit for an issue comment body, in characters: the hard cap. */
export const COMMENT_LIMIT = 65_536;
/** What the comment aims at, so it reads in seconds; evidence beyond it stays in the job summary. */
export const COMMENT_TARGET = 12_000;

/** The sticky comment's body: marker first, the report, and the state `on-change` reads back. */
export function renderComment(report: Report, marker: string, underService?: Record<string, string>): string {
  const state = stateMarker(report);
  const room = COMMENT_LIMIT - state.length - 1;
  return (
    renderMarkdown(report, {
      maxChars: room,
      targetChars: COMMENT_TARGET - state.length - 1,
      marker,
      chart: true,
      ...(underService ? { underService } : {}),
    }) + state
  );
}

/** The verdict and scores the comment was written for, kept in the comment for `on-change`. */
export interface CommentState {
  verdict: string;
  node: number;
  python: number;
}

/**
 * The state is the body's last line, where renderComment puts it; only there is it read. Names
 * from a report render above it, and one that spells a state marker is never taken for it.
 */
const STATE_PATTERN = /<!-- backend-fit-state:(\{[^<>]*\}) -->\s*$/;

export function stateMarker(report: Report): string {
  const state: CommentState = { verdict: report.verdict, node: report.scores.node, python: report.scores.python };
  return `<!-- backend-fit-state:${JSON.stringify(state)} -->`;
}

export function readState(body: string): CommentState | undefined {
  const match = STATE_PATTERN.exec(body);
  if (!match) return undefined;
  try {
    const value = JSON.parse(match[1]!) as Partial<CommentState>;
    if (typeof value.verdict === 'string' && typeof value.node === 'number' && typeof value.python === 'number') {
      return { verdict: value.verdict, node: value.node, python: value.python };
    }
  } catch {
    // a hand-edited or foreign state: treated as none
  }
  return undefined;
}

export interface ExistingComment {
  id: number;
  body?: string;
  html_url: string;
  user?: { login: string; type?: string } | null;
}

/** The login GITHUB_TOKEN comments as; other tokens are matched by the authenticated user. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Who the token's comments are by. GITHUB_TOKEN (and any installation token, `ghs_`) comments
 * as the bot and is refused GET /user, a 403 that Octokit would log as if something failed: it
 * is not asked. A personal token names its user.
 */
export async function commentAuthor(token: string, whoAmI: () => Promise<string>): Promise<string> {
  if (token.startsWith('ghs_')) return ACTIONS_BOT;
  try {
    return await whoAmI();
  } catch {
    return ACTIONS_BOT;
  }
}

/**
 * Our own comment: it starts with our marker AND was written by the identity we post as.
 * A person quoting the marker, or another bot, is never edited.
 */
export function findOwnComment(comments: ExistingComment[], marker: string, self: string): ExistingComment | undefined {
  return comments.find((c) => c.body?.startsWith(marker) && c.user?.login === self);
}

/**
 * Whether `on-change` should write: when the verdict changed or a score moved by at least
 * `minChange` against the base (the delta), or, without a delta, against the state the
 * previous comment recorded. With neither, there is nothing to compare: write.
 */
export function changedEnough(
  report: Report,
  previous: CommentState | undefined,
  minChange: number,
): { post: boolean; why: string } {
  const base = report.delta ? { verdict: report.delta.base.verdict, ...report.delta.base.scores } : previous;
  const against = report.delta ? `base ${report.delta.baseRef}` : 'the previous comment';
  if (!base) return { post: true, why: 'no base and no previous comment to compare with' };
  if (base.verdict !== report.verdict) return { post: true, why: `verdict changed against ${against}` };
  const moved = Math.max(Math.abs(base.node - report.scores.node), Math.abs(base.python - report.scores.python));
  if (moved >= minChange) return { post: true, why: `a score moved by ${moved} against ${against}` };
  return { post: false, why: `verdict and scores unchanged against ${against} (moved ${moved} < ${minChange})` };
}

export interface CommentTarget {
  owner: string;
  repo: string;
  issue: number;
}

export type CommentResult = { action: 'created' | 'updated'; url: string } | { action: 'skipped'; why: string };

/** Creates or updates the one sticky comment, as `mode` says. API errors propagate to the caller. */
export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  body: string,
  marker: string,
  options: { mode: CommentMode; report: Report; minChange: number; self: () => Promise<string> },
): Promise<CommentResult> {
  if (options.mode === 'never') return { action: 'skipped', why: 'comment: never' };
  const comments = (await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issue,
    per_page: 100,
  })) as ExistingComment[];
  const own = findOwnComment(comments, marker, await options.self());
  if (options.mode === 'on-change') {
    const decision = changedEnough(options.report, own?.body ? readState(own.body) : undefined, options.minChange);
    if (!decision.post) return { action: 'skipped', why: decision.why };
  }
  if (own) {
    const { data } = await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: own.id,
      body,
    });
    return { action: 'updated', url: data.html_url };
  }
  const { data } = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issue,
    body,
  });
  return { action: 'created', url: data.html_url };
}

import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { VERSION } from '../version.js';

const RetryingOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof RetryingOctokit>;

/** How long one request may take before it is abandoned: a hung API must not hang the job. */
export const REQUEST_TIMEOUT_MS = 15_000;
/** Rate-limit waits honoured before giving up (retry-after can be long; the job is not worth an hour). */
export const MAX_RATE_LIMIT_WAIT_S = 60;

/**
 * Octokit with retries (5xx, network errors) and throttling (429, secondary rate limits),
 * against GITHUB_API_URL so GitHub Enterprise Server works as github.com does.
 */
export function createClient(token: string, env: NodeJS.ProcessEnv, log: (message: string) => void): GitHubClient {
  const timeout = Number(env.BACKEND_FIT_REQUEST_TIMEOUT_MS) || REQUEST_TIMEOUT_MS;
  const onLimit =
    (kind: string) => (after: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
      if (retryCount < 2 && after <= MAX_RATE_LIMIT_WAIT_S) {
        log(`${kind} on ${options.method} ${options.url}; retrying in ${after} s`);
        return true;
      }
      log(`${kind} on ${options.method} ${options.url}; giving up`);
      return false;
    };
  return new RetryingOctokit({
    auth: token,
    baseUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: `backend-fit/${VERSION}`,
    request: {
      fetch: (url: string | URL, init?: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(timeout) }),
    },
    // 4xx answers are final (429 and secondary limits go through the throttling plugin)
    retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
    throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
  });
}

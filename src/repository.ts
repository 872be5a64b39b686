import { git } from './delta/git.js';
import type { RepositoryRef } from './model/report.js';

const NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** `owner/name` as GitHub spells it, else why not (one line for a usage or input error). */
export function repositoryNameProblem(name: string): string | undefined {
  return NAME.test(name) ? undefined : `"${name}" is not owner/name`;
}

/**
 * Which repository a report describes, for `fleet`: its name as given, the commit and commit date
 * of the scanned folder's checkout (when it is one), and the workflow run that made the report
 * (inside GitHub Actions).
 */
export async function repositoryRef(root: string, name: string, env: NodeJS.ProcessEnv): Promise<RepositoryRef> {
  const ref: RepositoryRef = { name };
  const head = await git(root, ['log', '-1', '--format=%H %cI', 'HEAD']).catch(() => '');
  const [commit, date] = head.trim().split(' ');
  if (commit && date) Object.assign(ref, { commit, date });
  else if (env.GITHUB_SHA) ref.commit = env.GITHUB_SHA;
  if (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    ref.run = `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  return ref;
}

import type { GitHubClient } from '../github/client.js';

/** GitHub's matrix runs at most 256 jobs per workflow run. */
export const MAX_MATRIX_JOBS = 256;

/** Which of the organisation's repositories to scan. */
export interface RepositoryFilter {
  /** Every topic must be on the repository. */
  topics: string[];
  /** The repository's main language (GitHub's), case-insensitive. */
  language?: string;
  includeArchived: boolean;
  includeForks: boolean;
  /** A regular expression on the repository's name (without the owner). */
  name?: RegExp;
}

/** The fields of GitHub's repository object that the listing reads. */
export interface ListedRepository {
  full_name: string;
  name: string;
  archived?: boolean;
  fork?: boolean;
  private?: boolean;
  disabled?: boolean;
  language?: string | null;
  topics?: string[];
  default_branch?: string;
  size?: number;
}

/** The filter that left a repository out. */
export type SkipFilter = 'archived' | 'disabled' | 'fork' | 'empty' | 'topic' | 'language' | 'name';

export interface Skip {
  filter: SkipFilter;
  /** The filter with what did not pass it, as a person reads it: `topic service missing`. */
  reason: string;
}

export interface Listing {
  /** Chunks of `owner/name`, one matrix job each. */
  chunks: string[][];
  repositories: string[];
  /** Left out, with the filter that did it. */
  skipped: ({ repository: string } & Skip)[];
}

/** Every repository of the organisation through the API, page by page. */
export async function listOrganisation(client: GitHubClient, org: string): Promise<ListedRepository[]> {
  return (await client.paginate('GET /orgs/{org}/repos', { org, type: 'all', per_page: 100 })) as ListedRepository[];
}

/** Why a repository is left out, or undefined when it is scanned. */
export function skipReason(repo: ListedRepository, filter: RepositoryFilter): Skip | undefined {
  const only = (f: SkipFilter): Skip => ({ filter: f, reason: f });
  if (repo.archived && !filter.includeArchived) return only('archived');
  if (repo.disabled) return only('disabled');
  if (repo.fork && !filter.includeForks) return only('fork');
  // GitHub reports size 0 for a repository without commits: nothing to download
  if (repo.size === 0) return only('empty');
  const topics = repo.topics ?? [];
  const missing = filter.topics.find((t) => !topics.includes(t));
  if (missing) return { filter: 'topic', reason: `topic ${missing} missing` };
  if (filter.language && (repo.language ?? '').toLowerCase() !== filter.language.toLowerCase())
    return { filter: 'language', reason: `language ${repo.language ?? 'none'}` };
  if (filter.name && !filter.name.test(repo.name)) return only('name');
  return undefined;
}

/**
 * The repositories to scan, in chunks: `chunkSize` per job, more when that would need more than
 * the matrix allows, so that any organisation fits one workflow run.
 */
export function planListing(repos: ListedRepository[], filter: RepositoryFilter, chunkSize: number): Listing {
  const repositories: string[] = [];
  const skipped: Listing['skipped'] = [];
  for (const repo of [...repos].sort((a, b) => a.full_name.localeCompare(b.full_name))) {
    const skip = skipReason(repo, filter);
    if (skip) skipped.push({ repository: repo.full_name, ...skip });
    else repositories.push(repo.full_name);
  }
  const size = Math.max(chunkSize, Math.ceil(repositories.length / MAX_MATRIX_JOBS));
  const chunks: string[][] = [];
  for (let i = 0; i < repositories.length; i += size) chunks.push(repositories.slice(i, i + size));
  return { chunks, repositories, skipped };
}

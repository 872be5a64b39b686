import { describe, expect, it } from 'vitest';
import {
  MAX_MATRIX_JOBS,
  planListing,
  type ListedRepository,
  type RepositoryFilter,
} from '../../src/fleet/organisation.js';
import { parseFleetListArgs } from '../../src/cli/fleet-args.js';

const repo = (name: string, extra: Partial<ListedRepository> = {}): ListedRepository => ({
  full_name: `acme/${name}`,
  name,
  size: 10,
  ...extra,
});
const none: RepositoryFilter = { topics: [], includeArchived: false, includeForks: false };

describe('the organisation listing', () => {
  it('filters by topic, language, name, archived and forks, saying why', () => {
    const repos = [
      repo('orders-api', { topics: ['service', 'team-a'], language: 'TypeScript' }),
      repo('ml-api', { topics: ['service'], language: 'Python' }),
      repo('docs', { topics: [], language: 'MDX' }),
      repo('old-api', { topics: ['service'], archived: true, language: 'Python' }),
      repo('forked-api', { topics: ['service'], fork: true, language: 'Python' }),
    ];
    const filter = parseFleetListArgs(['--org', 'acme', '--topic', 'service', '--language', 'python', '--name=-api$']);
    const listing = planListing(repos, filter, 10);
    expect(listing.repositories).toEqual(['acme/ml-api']);
    expect(listing.skipped).toEqual([
      { repository: 'acme/docs', filter: 'topic', reason: 'topic service missing' },
      { repository: 'acme/forked-api', filter: 'fork', reason: 'fork' },
      { repository: 'acme/old-api', filter: 'archived', reason: 'archived' },
      { repository: 'acme/orders-api', filter: 'language', reason: 'language TypeScript' },
    ]);
    const all = planListing(repos, { ...none, includeArchived: true, includeForks: true }, 10);
    expect(all.repositories).toHaveLength(5);
  });

  it('grows the chunks so that any organisation fits the matrix', () => {
    const many = Array.from({ length: 5000 }, (_, i) => repo(`r${i}`));
    const listing = planListing(many, none, 10);
    expect(listing.chunks.length).toBeLessThanOrEqual(MAX_MATRIX_JOBS);
    expect(listing.chunks.flat()).toHaveLength(5000);
    expect(new Set(listing.chunks.flat()).size).toBe(5000);
    expect(planListing(many.slice(0, 25), none, 10).chunks.map((c) => c.length)).toEqual([10, 10, 5]);
  });

  it('refuses a bad chunk size or name pattern in one line', () => {
    expect(() => parseFleetListArgs(['--org', 'acme', '--chunk-size', '0'])).toThrow(
      /--chunk-size must be a whole number/,
    );
    expect(() => parseFleetListArgs(['--org', 'acme', '--name', '('])).toThrow(/--name is not a regular expression/);
    expect(() => parseFleetListArgs([])).toThrow(/--org is required/);
  });
});

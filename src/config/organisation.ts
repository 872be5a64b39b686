import type { GitHubClient } from '../github/client.js';
import type { FailOn } from '../model/report.js';
import { ConfigError } from './error.js';
import { parseConfigText } from './load.js';
import type { CatalogRule, CatalogRules, Config } from './types.js';

/**
 * The organisation's policy: a config file in another repository, named `owner/repo/path@ref`
 * (the ref is required: it is what tells it from a path in this repository). It sets the
 * defaults, and its `fail-on`, thresholds, catalog rules (expected backend and fail-on per
 * system, owner or lifecycle) and `max-waiver-days` are limits that a repository's own file
 * may tighten but never loosen; each attempt to loosen is kept as a note and the
 * organisation's value applies.
 */
export interface ExternalConfigRef {
  owner: string;
  repo: string;
  path: string;
  ref: string;
}

export interface OrganisationPolicy {
  /** `owner/repo/path@ref`, for messages. */
  source: string;
  config: Config;
}

const EXTERNAL = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/([^@]+)@([^@\s]+)$/;

export function parseExternalRef(value: string): ExternalConfigRef | undefined {
  const match = EXTERNAL.exec(value.trim());
  if (!match) return undefined;
  const [, owner, repo, file, ref] = match as unknown as [string, string, string, string, string];
  return { owner, repo, path: file.replace(/^\/+/, ''), ref };
}

/** Reads the organisation's file through the API (contents endpoint); errors are one ConfigError line. */
export async function readOrganisationPolicy(
  ref: ExternalConfigRef,
  client: GitHubClient,
): Promise<OrganisationPolicy> {
  const source = `${ref.owner}/${ref.repo}/${ref.path}@${ref.ref}`;
  let text: string;
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: ref.owner,
      repo: ref.repo,
      path: ref.path,
      ref: ref.ref,
    });
    const file = data as { type?: string; content?: string; encoding?: string };
    if (file.type !== 'file' || typeof file.content !== 'string') throw new ConfigError(`${source}: not a file`);
    text = Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const status = (error as { status?: number }).status;
    const hint =
      status === 404 || status === 403 ? ' (set external-repo-token to a token that can read that repository)' : '';
    throw new ConfigError(
      `${source}: cannot read the organisation's config${status ? ` (the API answered ${status})` : ''}${hint}`,
    );
  }
  return parseOrganisationPolicy(text, source);
}

export async function parseOrganisationPolicy(text: string, source: string): Promise<OrganisationPolicy> {
  return { source, config: await parseConfigText(text, source) };
}

/** Where an input or flag tries to loosen the organisation's fail-on: its value and a note, else the input's. */
export function boundFailOn(org: OrganisationPolicy, failOn: FailOn, from: string): { failOn: FailOn; note?: string } {
  const limit = org.config.failOn;
  if (!limit || STRICTNESS[failOn] >= STRICTNESS[limit]) return { failOn };
  return {
    failOn: limit,
    note: `${from}: fail-on ${failOn} would loosen the organisation's ${limit} (${org.source}); ${limit} applies`,
  };
}

const STRICTNESS: Record<FailOn, number> = { never: 0, mismatch: 1, review: 2 };

/**
 * The organisation's config with the repository's own on top, within the organisation's limits.
 * Returns the config to resolve and one note per attempt to loosen a limit.
 */
export function applyOrganisationPolicy(
  org: OrganisationPolicy,
  own: Config | undefined,
  ownFile: string,
  now: Date,
): { config: Config; notes: string[]; fromOrganisation: string[] } {
  const notes: string[] = [];
  // settings (as the config file names them) whose value is the organisation's
  const fromOrganisation: string[] = [];
  const base = org.config;
  const loosen = (what: string, tried: unknown, kept: unknown) =>
    notes.push(
      `${ownFile}: ${what} ${String(tried)} would loosen the organisation's ${String(kept)} (${org.source}); ${String(kept)} applies`,
    );
  const config: Config = { ...base, ...own };

  if (base.failOn && own?.failOn && STRICTNESS[own.failOn] < STRICTNESS[base.failOn]) {
    loosen('fail-on', own.failOn, base.failOn);
    config.failOn = base.failOn;
  }
  if (base.failOn && config.failOn === base.failOn) fromOrganisation.push('fail-on');
  // a lower threshold is stricter: a smaller gap already counts as review or mismatch
  if (base.thresholds || own?.thresholds) {
    const thresholds = { ...base.thresholds, ...own?.thresholds };
    for (const key of ['review', 'mismatch'] as const) {
      const limit = base.thresholds?.[key];
      const tried = own?.thresholds?.[key];
      if (limit !== undefined && tried !== undefined && tried > limit) {
        loosen(`thresholds.${key}`, tried, limit);
        thresholds[key] = limit;
      }
      if (limit !== undefined && thresholds[key] === limit) fromOrganisation.push(`thresholds.${key}`);
    }
    config.thresholds = thresholds;
  }
  if (base.catalog || own?.catalog) config.catalog = mergeCatalog(base.catalog ?? {}, own?.catalog ?? {}, loosen);
  if (base.expected || own?.expected) {
    const expected = { ...own?.expected };
    for (const [service, backend] of Object.entries(base.expected ?? {})) {
      if (expected[service] !== undefined && expected[service] !== backend)
        loosen(`expected backend of ${service}`, expected[service], backend);
      expected[service] = backend;
    }
    config.expected = expected;
  }
  const maxDays = base.maxWaiverDays;
  // the repository's own limit may be shorter, never longer
  if (maxDays !== undefined) config.maxWaiverDays = Math.min(maxDays, own?.maxWaiverDays ?? maxDays);
  const waivers = [...(base.waivers ?? []), ...(own?.waivers ?? [])];
  if (maxDays !== undefined && waivers.length > 0) {
    const limit = new Date(now.getTime() + maxDays * 86_400_000).toISOString().slice(0, 10);
    config.waivers = waivers.map((w) => {
      if (w.expires <= limit) return w;
      notes.push(
        `${ownFile}: the waiver of ${w.service} expires ${w.expires}, past the organisation's max-waiver-days ${maxDays} (${org.source}); it ends ${limit}`,
      );
      return { ...w, expires: limit };
    });
  } else if (waivers.length > 0) config.waivers = waivers;
  return { config, notes, fromOrganisation };
}

function mergeCatalog(
  base: Partial<CatalogRules>,
  own: Partial<CatalogRules>,
  loosen: (what: string, tried: unknown, kept: unknown) => void,
): Partial<CatalogRules> {
  const merged: Partial<CatalogRules> = {};
  for (const kind of ['lifecycles', 'systems', 'owners'] as const) {
    const rules: Record<string, CatalogRule> = { ...own[kind] };
    for (const [name, limit] of Object.entries(base[kind] ?? {})) {
      const tried = rules[name] ?? {};
      const rule: CatalogRule = { ...tried };
      if (limit.expected) {
        if (tried.expected && tried.expected !== limit.expected)
          loosen(`${kind}.${name}.expected`, tried.expected, limit.expected);
        rule.expected = limit.expected;
      }
      if (limit.failOn) {
        if (tried.failOn && STRICTNESS[tried.failOn] < STRICTNESS[limit.failOn])
          loosen(`${kind}.${name}.fail-on`, tried.failOn, limit.failOn);
        if (!tried.failOn || STRICTNESS[tried.failOn] < STRICTNESS[limit.failOn]) rule.failOn = limit.failOn;
      }
      rules[name] = rule;
    }
    if (Object.keys(rules).length > 0) merged[kind] = rules;
  }
  return merged;
}

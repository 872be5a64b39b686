import type { Backend } from '../model/common.js';
import { CRITERIA, type CriterionId } from '../model/profile.js';
import type { FailOn } from '../model/report.js';
import { ConfigError } from './error.js';
import { explainError, pickError } from './explain.js';
import { describeValue, formatKeyPath, type PathSegment } from './key-path.js';
import { rememberOrigin } from './origin.js';
import { schemaErrors } from './schema.js';
import { normalizeServicePath } from './service-path.js';
import type { CatalogRule, Config } from './types.js';
import { ownerKey } from '../knowledge/catalog.js';
import { parseYamlText } from './yaml.js';

/** The file's shape once the schema accepted it (kebab-case keys, as written). */
interface RawConfig {
  $schema?: string;
  'fail-on'?: FailOn;
  thresholds?: { review?: number; mismatch?: number };
  weights?: Partial<Record<CriterionId, number>>;
  expected?: Record<string, Backend>;
  lifecycles?: Record<string, RawCatalogRule>;
  systems?: Record<string, RawCatalogRule>;
  owners?: Record<string, RawCatalogRule>;
  ignore?: string[];
  services?: { path: string; backend?: Backend }[];
  'exclude-services'?: string[];
  waivers?: { service: string; reason: string; expires: string }[];
  comment?: { 'min-change'?: number };
  'max-waiver-days'?: number;
}

interface RawCatalogRule {
  expected?: Backend;
  'fail-on'?: FailOn;
}

/**
 * Config file text -> validated Config. Pure. Throws ConfigError with one line naming `displayPath`,
 * the key path and what is allowed.
 */
export function parseConfig(text: string, displayPath: string): Config {
  const data = parseYamlText(text, displayPath);
  const fail = (message: string): never => {
    throw new ConfigError(`${displayPath}: ${message}`);
  };
  if (data === null || data === undefined) return remember({}, displayPath);
  if (typeof data !== 'object' || Array.isArray(data)) {
    fail(`the top level must be a mapping of settings such as "fail-on: mismatch" (got ${describeValue(data)})`);
  }
  const error = pickError(schemaErrors(data));
  if (error) fail(explainError(error, data));
  return remember(toConfig(data as RawConfig, fail), displayPath);
}

function remember(config: Config, displayPath: string): Config {
  rememberOrigin(config, displayPath);
  return config;
}

/** Checks the schema cannot express, and kebab-case -> camelCase with service paths normalised. */
function toConfig(raw: RawConfig, fail: (message: string) => never): Config {
  const config: Config = {};
  if (raw['fail-on'] !== undefined) config.failOn = raw['fail-on'];
  if (raw.thresholds !== undefined) {
    const { review, mismatch } = raw.thresholds;
    if (review !== undefined && mismatch !== undefined && review > mismatch) {
      fail(`thresholds: review (${review}) must not be above mismatch (${mismatch})`);
    }
    config.thresholds = { ...raw.thresholds };
  }
  if (raw.weights !== undefined) {
    if (CRITERIA.every((id) => raw.weights?.[id] === 0)) {
      fail(`weights: must not all be 0 (give at least one of ${CRITERIA.join(', ')} a weight above 0)`);
    }
    config.weights = { ...raw.weights };
  }
  if (raw.expected !== undefined) config.expected = normalizeExpected(raw.expected, fail);
  for (const key of ['lifecycles', 'systems', 'owners'] as const) {
    const rules = raw[key];
    if (rules !== undefined) (config.catalog ??= {})[key] = normalizeCatalogRules(key, rules, fail);
  }
  if (raw.ignore !== undefined) config.ignore = [...raw.ignore];
  if (raw.services !== undefined) config.services = normalizeServices(raw.services, fail);
  if (raw['exclude-services'] !== undefined) {
    const seen = new Map<string, string>();
    config.excludeServices = raw['exclude-services'].map((path, i) =>
      servicePath(path, ['exclude-services', i], seen, fail),
    );
    for (const declared of config.services ?? []) {
      if (seen.has(declared.path))
        fail(`exclude-services: "${declared.path}" is also declared in services; keep it in one of the two`);
    }
  }
  if (raw.waivers !== undefined) config.waivers = normalizeWaivers(raw.waivers, fail);
  if (raw['max-waiver-days'] !== undefined) config.maxWaiverDays = raw['max-waiver-days'];
  if (raw.comment !== undefined) {
    config.comment = raw.comment['min-change'] === undefined ? {} : { minChange: raw.comment['min-change'] };
  }
  return config;
}

/** Normalises a service path so it compares equal to report paths; two spellings of one folder are an error. */
function servicePath(
  raw: string,
  where: readonly PathSegment[],
  seen: Map<string, string>,
  fail: (message: string) => never,
): string {
  const normalized = normalizeServicePath(raw);
  if (normalized === undefined) {
    return fail(
      `${formatKeyPath(where)}: must be a folder inside the repository, relative to its root (got ${describeValue(raw)})`,
    );
  }
  const earlier = seen.get(normalized);
  if (earlier !== undefined) {
    return fail(`${formatKeyPath(where)}: "${normalized}" is already listed at ${earlier}; list each service once`);
  }
  seen.set(normalized, formatKeyPath(where));
  return normalized;
}

function normalizeExpected(raw: Record<string, Backend>, fail: (message: string) => never): Record<string, Backend> {
  const seen = new Map<string, string>();
  const expected: Record<string, Backend> = {};
  for (const [key, backend] of Object.entries(raw)) {
    expected[servicePath(key, ['expected', key], seen, fail)] = backend;
  }
  return expected;
}

/** Keys trimmed; two spellings of one owner (`payments`, `group:default/payments`) are an error, as for paths. */
function normalizeCatalogRules(
  key: 'lifecycles' | 'systems' | 'owners',
  raw: Record<string, RawCatalogRule>,
  fail: (message: string) => never,
): Record<string, CatalogRule> {
  const seen = new Map<string, string>();
  const rules: Record<string, CatalogRule> = {};
  for (const [name, rule] of Object.entries(raw)) {
    const where = formatKeyPath([key, name]);
    if (!name.trim()) fail(`${where}: must not be empty or blank`);
    const same = key === 'owners' ? ownerKey(name) : name.trim().toLowerCase();
    const earlier = seen.get(same);
    if (earlier !== undefined) fail(`${where}: names the same ${key.slice(0, -1)} as ${earlier}; list each once`);
    seen.set(same, where);
    if (rule.expected === undefined && rule['fail-on'] === undefined) {
      fail(`${where}: sets nothing (allowed: expected, fail-on)`);
    }
    rules[name.trim()] = {
      ...(rule.expected === undefined ? {} : { expected: rule.expected }),
      ...(rule['fail-on'] === undefined ? {} : { failOn: rule['fail-on'] }),
    };
  }
  return rules;
}

function normalizeServices(raw: NonNullable<RawConfig['services']>, fail: (message: string) => never) {
  const seen = new Map<string, string>();
  return raw.map((service, i) => {
    const path = servicePath(service.path, ['services', i, 'path'], seen, fail);
    return service.backend === undefined ? { path } : { path, backend: service.backend };
  });
}

function normalizeWaivers(raw: NonNullable<RawConfig['waivers']>, fail: (message: string) => never) {
  // One waiver per service: with two, which reason and expiry hold would be a guess.
  const seen = new Map<string, string>();
  return raw.map((waiver, i) => ({
    service: servicePath(waiver.service, ['waivers', i, 'service'], seen, fail),
    reason: waiver.reason.trim(),
    expires: waiver.expires,
  }));
}

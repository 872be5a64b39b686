import type { CatalogRule, CatalogRules, Settings } from '../config/index.js';
import { didYouMean } from '../config/did-you-mean.js';
import { ownerKey, WELL_KNOWN_LIFECYCLES } from '../knowledge/catalog.js';
import type { Backend } from '../model/common.js';
import type { FailOn } from '../model/report.js';
import { formatKeyPath } from '../config/key-path.js';

/** What the catalog says about a service, as policy matches it. */
export interface ServiceCatalogKeys {
  owner?: string;
  system?: string;
  lifecycle?: string;
}

/** A setting for one service and the config key it comes from (`systems.payments`, `fail-on`). */
export interface Resolved<T> {
  value: T;
  from: string;
}

/**
 * Which catalog rules a service falls under, most specific first: its lifecycle (a property of
 * the service itself), its system, then its owner (a team owns several systems). For an owner
 * given as several CODEOWNERS owners, the first one with a rule counts.
 */
export function matchingRules(
  keys: ServiceCatalogKeys | undefined,
  rules: CatalogRules,
): { rule: CatalogRule; from: string }[] {
  if (!keys) return [];
  const found: { rule: CatalogRule; from: string }[] = [];
  const find = (group: keyof CatalogRules, values: string[], norm: (v: string) => string) => {
    for (const value of values) {
      const name = Object.keys(rules[group]).find((k) => norm(k) === norm(value));
      if (name !== undefined) return found.push({ rule: rules[group][name]!, from: formatKeyPath([group, name]) });
    }
    return undefined;
  };
  const plain = (v: string) => v.trim().toLowerCase();
  if (keys.lifecycle) find('lifecycles', [keys.lifecycle], plain);
  if (keys.system) find('systems', [keys.system], plain);
  if (keys.owner) find('owners', keys.owner.split(/\s+/).filter(Boolean), ownerKey);
  return found;
}

/**
 * The fail-on and expected backend for one service. Precedence, highest first:
 * fail-on: the action input / CLI flag, then lifecycle, system, owner rules, then the config's
 * `fail-on` and the default; expected: the service's own `expected[path]`, then lifecycle,
 * system, owner rules.
 */
export function resolveForService(
  path: string,
  keys: ServiceCatalogKeys | undefined,
  settings: Settings,
): { failOn: Resolved<FailOn>; expected?: Resolved<Backend> } {
  const rules = matchingRules(keys, settings.catalog);
  const global = { value: settings.failOn, from: 'fail-on' };
  const fromRule = rules.find((r) => r.rule.failOn !== undefined);
  const failOn =
    settings.sources['fail-on'] === 'input' || !fromRule
      ? global
      : { value: fromRule.rule.failOn!, from: fromRule.from };
  const own = settings.expected[path];
  const ruleExpected = rules.find((r) => r.rule.expected !== undefined);
  const expected =
    own !== undefined
      ? { value: own, from: formatKeyPath(['expected', path]) }
      : ruleExpected
        ? { value: ruleExpected.rule.expected!, from: ruleExpected.from }
        : undefined;
  return { failOn, ...(expected ? { expected } : {}) };
}

/**
 * Rules that match no service: likely a typo, or a system renamed in the catalog. One message
 * per rule, with the closest value the services carry (for lifecycles, also Backstage's own).
 */
export function unmatchedRules(services: (ServiceCatalogKeys | undefined)[], rules: CatalogRules): string[] {
  const messages: string[] = [];
  const seen = {
    lifecycles: services.flatMap((s) => (s?.lifecycle ? [s.lifecycle] : [])),
    systems: services.flatMap((s) => (s?.system ? [s.system] : [])),
    owners: services.flatMap((s) => (s?.owner ? s.owner.split(/\s+/).filter(Boolean) : [])),
  };
  for (const group of ['lifecycles', 'systems', 'owners'] as const) {
    const norm = group === 'owners' ? ownerKey : (v: string) => v.trim().toLowerCase();
    const values = [...new Set(seen[group])];
    for (const name of Object.keys(rules[group])) {
      if (values.some((v) => norm(v) === norm(name))) continue;
      const candidates = group === 'lifecycles' ? [...new Set([...values, ...WELL_KNOWN_LIFECYCLES])] : values;
      const guess = didYouMean(name, candidates);
      const found = values.length ? `found: ${values.join(', ')}` : `no service has a ${group.slice(0, -1)}`;
      messages.push(
        `${formatKeyPath([group, name])} matches no service (${found})${guess && guess !== name ? `; did you mean "${guess}"?` : ''}`,
      );
    }
  }
  return messages;
}

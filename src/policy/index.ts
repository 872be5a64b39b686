import type { Settings } from '../config/index.js';
import type { Backend, ServiceKind, Warning } from '../model/common.js';
import type { FailOn, PolicyReport } from '../model/report.js';
import type { Current, Recommended, VerdictKind } from '../model/verdict.js';
import { utcDay, waiverActive } from './dates.js';
import { resolveForService, unmatchedRules, type ServiceCatalogKeys } from './catalog-rules.js';
import { describeCurrent, serviceLabel, verdictReason } from './wording.js';

export interface PolicyInput {
  /** Per service: path, detected backend, verdict, gap. */
  services: {
    path: string;
    /** Two services share a path when a worker runs from the web process's folder: the kind tells them apart. */
    kind?: ServiceKind;
    current: Current;
    verdict: VerdictKind;
    gap: number;
    fitScore: number;
    recommended: Recommended;
    /** Owner, system and lifecycle from the catalog / CODEOWNERS, for the catalog rules. */
    catalog?: ServiceCatalogKeys;
  }[];
  repoVerdict: VerdictKind;
  /** What the root service is called in every line (the scanned folder's name; tests may leave it out). */
  rootName?: string;
}

export interface PolicyOutcome {
  policy: PolicyReport;
  /**
   * Per service path: expected backend and waiver state, for the report. Waivers, expected
   * backends and catalog rules address a folder, so the services in one folder (a web process
   * and its worker) share their entry.
   */
  services: Record<
    string,
    {
      expected?: Backend;
      /** Set when a catalog rule decides the service's fail-on. */
      failOn?: { value: FailOn; from: string };
      waiver?: { reason: string; expires: string; active: boolean };
    }
  >;
  /** Waivers matching no service, expired waivers, expected backends for paths with no service. */
  warnings: Warning[];
}

type Waiver = Settings['waivers'][number];

/**
 * Decides whether the build fails. Pure; the clock is injected.
 *
 * - `fail-on: mismatch` fails on a `mismatch` verdict, `review` on `review` or `mismatch`, `never`
 *   never fails. `unknown` (no backend found) never fails by itself.
 * - `expected`: a service whose detected backend differs from the declared one fails under any
 *   fail-on but `never`. So does a declared service that is no longer found: a service the team
 *   declared vanishing (renamed, moved, or no longer recognised) is exactly what a stack policy
 *   must not let pass silently; it is also a warning.
 * - Waivers waive a service's `review`/`mismatch` verdict only, never an `expected` backend that
 *   differs: the declaration is the team's own statement of the stack, a waiver accepts a score.
 *   A waiver holds through its expiry day (UTC); after it, it stops waiving, and says so in the
 *   reasons and in a warning. A waiver matching no service is a warning.
 * - Catalog rules (`lifecycles`, `systems`, `owners`) set fail-on and expected per service; see
 *   catalog-rules.ts for their precedence. A rule matching no service is a warning.
 */
export function applyPolicy(input: PolicyInput, settings: Settings, now: Date): PolicyOutcome {
  const { failOn } = settings;
  const { thresholds } = settings.params;
  const today = utcDay(now);
  const label = (path: string) => serviceLabel(path, input.rootName ?? '');
  const failures: string[] = [];
  const notes: string[] = [];
  const warnings: Warning[] = [];
  const waived: PolicyReport['waived'] = [];
  const services: PolicyOutcome['services'] = {};
  const warn = (message: string) =>
    warnings.push(settings.configFile === undefined ? { message } : { file: settings.configFile, message });
  const waivers = new Map<string, Waiver>(settings.waivers.map((waiver) => [waiver.service, waiver]));
  const detected = new Set(input.services.map((service) => service.path));

  for (const service of input.services) {
    const name = serviceLabel(service.path, input.rootName ?? '', service.kind, input.services);
    // the second service of a folder (its worker) shares the folder's entry and warnings
    const first = !Object.hasOwn(services, service.path);
    const entry: PolicyOutcome['services'][string] = services[service.path] ?? {};
    services[service.path] = entry;
    const resolved = resolveForService(service.path, service.catalog, settings);
    const serviceFailOn = resolved.failOn.value;
    const enforcing = serviceFailOn !== 'never';
    const ruled = resolved.failOn.from !== 'fail-on';
    if (ruled) entry.failOn = { ...resolved.failOn };
    const failOnWords = ruled ? `${serviceFailOn} from ${resolved.failOn.from}` : serviceFailOn;
    const concerning = service.verdict === 'review' || service.verdict === 'mismatch';

    const waiver = waivers.get(service.path);
    const active = waiver !== undefined && waiverActive(waiver.expires, today);
    if (waiver) entry.waiver = { reason: waiver.reason, expires: waiver.expires, active };
    if (waiver && !active && first) warn(`waiver for ${label(service.path)} expired on ${waiver.expires}`);

    if (concerning && waiver && active) {
      if (!waived.some((w) => w.service === service.path))
        waived.push({ service: service.path, reason: waiver.reason, expires: waiver.expires });
      notes.push(`${name}: ${service.verdict} waived until ${waiver.expires}: ${waiver.reason}`);
    } else if (verdictFails(serviceFailOn, service.verdict)) {
      const threshold = service.verdict === 'mismatch' ? thresholds.mismatch : thresholds.review;
      const expiry = waiver ? `; its waiver expired on ${waiver.expires}` : '';
      failures.push(`${verdictReason(service, name, threshold, failOnWords)}${expiry}`);
    } else if (waiver && !active) {
      notes.push(
        concerning
          ? `${name}: waiver expired on ${waiver.expires}; the ${service.verdict} verdict is no longer waived`
          : `${name}: waiver expired on ${waiver.expires} (verdict now ${service.verdict}; the waiver can go)`,
      );
    } else if (waiver && active) {
      notes.push(`${name}: ${service.verdict}; the waiver until ${waiver.expires} is not needed`);
    }

    if (resolved.expected !== undefined) {
      const expected = resolved.expected.value;
      entry.expected = expected;
      if (service.current !== expected) {
        const from = resolved.expected.from.startsWith('expected') ? '' : ` (${resolved.expected.from})`;
        const line = `${name}: expected ${expected}${from}, found ${describeCurrent(service.current)}`;
        if (enforcing) failures.push(line);
        else notes.push(`${line} (not enforced: fail-on: ${failOnWords})`);
      }
    }
  }

  for (const message of unmatchedRules(
    input.services.map((s) => s.catalog),
    settings.catalog,
  ))
    warn(message);

  for (const [path, backend] of Object.entries(settings.expected)) {
    if (detected.has(path)) continue;
    warn(`expected backend for ${label(path)}: no service found at that path`);
    const line = `${label(path)}: expected ${backend}, but no service was found there`;
    if (failOn !== 'never') failures.push(line);
    else notes.push(`${line} (not enforced: fail-on: never)`);
  }

  for (const waiver of settings.waivers) {
    if (detected.has(waiver.service)) continue;
    const known = input.services.length ? input.services.map((s) => s.path).join(', ') : 'none';
    warn(`waiver for ${label(waiver.service)} matches no service (services found: ${known})`);
  }

  // Without per-service results the repository's own verdict is all there is to enforce.
  if (input.services.length === 0 && verdictFails(failOn, input.repoVerdict)) {
    failures.push(`repository: ${input.repoVerdict} (fail-on: ${failOn})`);
  }

  const failed = failures.length > 0;
  const ruled = Object.values(services).filter((entry) => entry.failOn !== undefined);
  const summary = failed ? [] : [passedReason(failOn, input, waived.length > 0, ruled.length)];
  return {
    policy: {
      failOn,
      failed,
      reasons: [...summary, ...failures, ...notes],
      waived,
      thresholds: { ...thresholds },
      sources: { ...settings.sources },
    },
    services,
    warnings,
  };
}

function verdictFails(failOn: FailOn, verdict: VerdictKind): boolean {
  if (failOn === 'mismatch') return verdict === 'mismatch';
  if (failOn === 'review') return verdict === 'mismatch' || verdict === 'review';
  return false;
}

function passedReason(failOn: FailOn, input: PolicyInput, someWaived: boolean, ruled: number): string {
  if (ruled > 0) {
    const but = someWaived ? ' but for waived ones' : '';
    return `passed: no service fails the fail-on that applies to it${but} (fail-on: ${failOn}; catalog rules set it for ${ruled} service${ruled === 1 ? '' : 's'})`;
  }
  if (failOn === 'never') {
    const flagged = input.services.filter((s) => s.verdict === 'review' || s.verdict === 'mismatch');
    const listed = flagged
      .map((s) => `${serviceLabel(s.path, input.rootName ?? '', s.kind, input.services)}: ${s.verdict}`)
      .join(', ');
    return `passed: fail-on is never, verdicts are reported, not enforced${listed ? ` (${listed})` : ''}`;
  }
  if (input.services.length === 0 && input.repoVerdict === 'unknown') {
    return `passed: no backend service found, nothing to enforce (fail-on: ${failOn})`;
  }
  const what = failOn === 'review' ? 'needs review or is a mismatch' : 'is a mismatch';
  return someWaived
    ? `passed: no service ${what} but for waived ones (fail-on: ${failOn})`
    : `passed: no service ${what} (fail-on: ${failOn})`;
}

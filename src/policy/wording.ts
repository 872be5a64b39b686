import type { Backend, ServiceKind } from '../model/common.js';
import { serviceQualifier } from '../model/facts.js';
import type { FailOn } from '../model/report.js';
import type { Current, Recommended, VerdictKind } from '../model/verdict.js';

/**
 * How every line names a service: by its folder, and the root folder (`.`, which would read as
 * stray punctuation) by the name of what was scanned (the repository's folder). A worker reads
 * `api (worker)`, apart from the web process in the same folder, and a second kind of service in a
 * folder reads `api (http)` when `beside` (the report's services) is given (see serviceName).
 */
export function serviceLabel(
  path: string,
  rootName: string,
  kind?: ServiceKind,
  beside?: readonly { path: string; kind?: ServiceKind }[],
): string {
  const folder = path === '.' ? rootName || '(root)' : path;
  const qualifier = serviceQualifier({ path, kind }, beside);
  return qualifier ? `${folder} (${qualifier})` : folder;
}

/** Points as the report shows them: at most one decimal. */
export function points(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function describeCurrent(current: Current): string {
  if (current === 'both') return 'both node and python';
  if (current === 'none') return 'no backend';
  return current;
}

/** `api: mismatch: python scores 22.5 points above node (threshold 15, fail-on: mismatch)` */
export function verdictReason(
  service: { path: string; current: Current; verdict: VerdictKind; gap: number; recommended: Recommended },
  label: string,
  threshold: number,
  /** The fail-on in force, with where it came from when a catalog rule set it (`review from systems.payments`). */
  failOn: FailOn | string,
): string {
  const { current, recommended } = service;
  const versus =
    isBackend(current) && isBackend(recommended) && recommended !== current
      ? `${recommended} scores ${points(service.gap)} points above ${current}`
      : `the other backend scores ${points(service.gap)} points above the current one`;
  return `${label}: ${service.verdict}: ${versus} (threshold ${points(threshold)}, fail-on: ${failOn})`;
}

function isBackend(value: string): value is Backend {
  return value === 'node' || value === 'python';
}

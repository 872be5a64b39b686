import type { Report, ServiceReport } from '../model/report.js';
import { worst } from '../score/verdict.js';

/**
 * What every format shows in the same order: the headline, the services (worst first), then
 * the service that sets the repository's verdict with its reasons and criteria, then the rest.
 */
export interface Outline {
  /** The service whose verdict is the repository's (the score stage's `worst`); none without services. */
  deciding?: ServiceReport;
  /** Services, worst first; ties keep the report's order. */
  services: ServiceReport[];
  several: boolean;
}

export function outline(report: Report): Outline {
  const decidingAssessment = worst(report.services);
  const deciding = report.services.find((s) => s === decidingAssessment);
  const services = report.services
    .map((s, i) => ({ s, i }))
    .sort((a, b) => compareSeverity(a.s, b.s) || a.i - b.i)
    .map(({ s }) => s);
  return { ...(deciding ? { deciding } : {}), services, several: report.services.length > 1 };
}

/** Negative when `a` is worse than `b`, by the same rule that picks the repository's verdict. */
function compareSeverity(a: ServiceReport, b: ServiceReport): number {
  if (worst([b, a]) === a) return -1;
  if (worst([a, b]) === b) return 1;
  return 0;
}

/** A service a reviewer must look at: its verdict is review or mismatch. */
export function failing(service: { verdict: string }): boolean {
  return service.verdict === 'review' || service.verdict === 'mismatch';
}

/** Biggest reasons shown for the deciding service, in every format. */
export const TOP_REASONS = 3;
/** Longest reason in a table cell or bullet, cut at a word boundary. */
export const REASON_CHARS = 110;

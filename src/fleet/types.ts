import { serviceName } from '../model/facts.js';
import type { FailOn } from '../model/report.js';
import type { Current, Recommended, Scores, VerdictKind } from '../model/verdict.js';

/** Where one service stood at one run (a fleet build or a commit of its history). */
export interface TrendPoint {
  /** ISO 8601: the commit's date, else the fleet build's. */
  date: string;
  verdict: VerdictKind;
  fitScore: number;
}

/**
 * What happened to a service since the last run: `new-drift` (it was fits or unknown, now review
 * or mismatch), `fixed` (it drifted, now fits), `new` (not in the last run), `changed` (verdict
 * moved within drift, or the fit moved by 5 points or more).
 */
export type FleetChangeKind = 'new-drift' | 'fixed' | 'new' | 'changed';

export interface FleetService {
  /** `owner/name` of the repository. */
  repository: string;
  path: string;
  kind?: string;
  name?: string;
  owner?: string;
  system?: string;
  lifecycle?: string;
  current: Current;
  frameworks: string[];
  verdict: VerdictKind;
  fitScore: number;
  scores: Scores;
  recommended: Recommended;
  /** The plan's first sentence, for review and mismatch. */
  plan?: string;
  expected?: string;
  waiver?: { reason: string; expires: string; active: boolean };
  /** The service's folder at the scanned commit. */
  url?: string;
  /** The run that made the report, when known. */
  runUrl?: string;
  /** Oldest first; the last point is this run. */
  trend: TrendPoint[];
  change?: { kind: FleetChangeKind; from?: VerdictKind; fromFit?: number };
}

/** A repository whose report could not be used, or that failed to scan, and why. */
export interface FleetProblem {
  /** The report file (as given), or the repository when a scan failure names it. */
  source: string;
  repository?: string;
  kind: 'missing' | 'truncated' | 'schema' | 'invalid' | 'failed' | 'duplicate';
  message: string;
}

export interface FleetRepository {
  name: string;
  commit?: string;
  date?: string;
  url?: string;
  runUrl?: string;
  /** The repository's verdict (its worst service's). */
  verdict: VerdictKind;
  services: number;
  /** The policy that applied to the run: fail-on, whether it failed, its reasons, where each setting came from. */
  policy: { failOn: FailOn; failed: boolean; reasons: string[]; sources?: Record<string, string> };
  /** Waivers of its services, with their expiry. */
  waivers: { service: string; reason: string; expires: string; active: boolean }[];
  warnings: number;
}

export interface FleetChanges {
  /** `repository:path` keys, each list sorted. */
  newDrifts: string[];
  fixed: string[];
  newServices: string[];
  /** In the last run, absent now, from repositories that were scanned this time. */
  gone: string[];
}

export interface Fleet {
  schemaVersion: 1;
  tool: { name: 'backend-fit'; version: string };
  generatedAt: string;
  /** The fleet this one is compared with (`--previous`), when given. */
  previous?: { generatedAt: string; services: number };
  counts: {
    repositories: number;
    services: number;
    byVerdict: Record<VerdictKind, number>;
    byBackend: Record<Current, number>;
  };
  repositories: FleetRepository[];
  services: FleetService[];
  changes: FleetChanges;
  problems: FleetProblem[];
}

export const DRIFTING: ReadonlySet<VerdictKind> = new Set(['review', 'mismatch']);

/**
 * A service across runs: its repository and name (a worker beside its folder's web process is `api (worker)`,
 * a server beside its folder's function `api (http)`); `fleet` is the services it is listed with.
 */
export function serviceKey(
  s: { repository: string; path: string; kind?: string },
  fleet: readonly { repository: string; path: string; kind?: string }[] = [],
): string {
  return `${s.repository}:${serviceName(s, fleet)}`;
}

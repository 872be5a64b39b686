import { serviceName } from '../model/facts.js';
import type { ServiceReport } from '../model/report.js';
import type { Current, VerdictKind } from '../model/verdict.js';
import { VERSION } from '../version.js';
import type { FleetInput, Loaded } from './read.js';
import { nameFromFile } from './read.js';
import {
  DRIFTING,
  serviceKey,
  type Fleet,
  type FleetChanges,
  type FleetProblem,
  type FleetRepository,
  type FleetService,
  type TrendPoint,
} from './types.js';

/** Points kept per service: half a year of weekly runs. */
const TREND_POINTS = 26;
/** A fit that moves by this much or more, verdict unchanged, is a change worth showing. */
const FIT_CHANGE = 5;

export interface MergeOptions {
  /** The fleet of the last run, to say what changed and to extend each service's trend. */
  previous?: Fleet;
  /** Links to repositories: `https://github.com` unless the reports came from GitHub Enterprise. */
  serverUrl?: string;
  now?: Date;
}

const VERDICTS: VerdictKind[] = ['fits', 'review', 'mismatch', 'unknown'];
const CURRENTS: Current[] = ['node', 'python', 'both', 'none'];

/** Many repositories' reports, one fleet: every service with its owner, trend and change since the last run. */
export function mergeReports(loaded: Loaded[], problems: FleetProblem[], options: MergeOptions = {}): Fleet {
  const server = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const generatedAt = (options.now ?? new Date()).toISOString();
  const allProblems = [...problems];
  const previousServices = options.previous?.services ?? [];
  const previous = new Map(previousServices.map((s) => [serviceKey(s, previousServices), s]));

  const byName = new Map<string, Loaded>();
  for (const item of loaded) {
    const name = item.report.repository?.name ?? nameFromFile(item.source);
    const other = byName.get(name);
    if (!other) {
      byName.set(name, item);
      continue;
    }
    const [keep, drop] = newer(item, other) ? [item, other] : [other, item];
    byName.set(name, keep);
    allProblems.push({
      source: drop.source,
      repository: name,
      kind: 'duplicate',
      message: `${drop.source}: a second report of ${name}; ${keep.source} is the newer and is used`,
    });
  }

  const repositories: FleetRepository[] = [];
  const services: FleetService[] = [];
  for (const [name, { report }] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
    const ref = report.repository;
    const treeUrl = `${server}/${name}/tree/${ref?.commit ?? 'HEAD'}`;
    repositories.push({
      name,
      ...(ref?.commit ? { commit: ref.commit } : {}),
      ...(ref?.date ? { date: ref.date } : {}),
      url: `${server}/${name}`,
      ...(ref?.run ? { runUrl: ref.run } : {}),
      verdict: report.verdict,
      services: report.services.length,
      policy: {
        failOn: report.policy.failOn,
        failed: report.policy.failed,
        reasons: report.policy.reasons ?? [],
        ...(report.policy.sources ? { sources: report.policy.sources } : {}),
      },
      // a waiver addresses a folder: a web process and its worker there share one
      waivers: report.services.flatMap((s, i, all) =>
        s.waiver && all.findIndex((o) => o.path === s.path && o.waiver) === i ? [{ service: s.path, ...s.waiver }] : [],
      ),
      warnings: report.warnings?.length ?? 0,
    });
    // the repository's services, named among each other as the fleet names them
    const listed = report.services.map((o) => ({ path: o.path, kind: o.kind, repository: name }));
    for (const s of report.services) {
      const service = fleetService(name, s, report, treeUrl);
      const before = previous.get(serviceKey(service, listed));
      // a history's last point is the scanned commit itself: this run stands for it
      const earlier =
        before?.trend ??
        historyTrend(report, serviceName(s, report.services)).filter((p) => !ref?.date || p.date < ref.date);
      service.trend = trendOf(service, generatedAt, earlier);
      const change = changeOf(service, before, options.previous !== undefined);
      if (change) service.change = change;
      services.push(service);
    }
  }

  const changes = listChanges(services, options.previous, new Set(byName.keys()));
  return {
    schemaVersion: 1,
    tool: { name: 'backend-fit', version: VERSION },
    generatedAt,
    ...(options.previous
      ? { previous: { generatedAt: options.previous.generatedAt, services: options.previous.services.length } }
      : {}),
    counts: {
      repositories: repositories.length,
      services: services.length,
      byVerdict: tally(services, (s) => s.verdict, VERDICTS),
      byBackend: tally(services, (s) => s.current, CURRENTS),
    },
    repositories,
    services,
    changes,
    problems: allProblems.sort((a, b) => a.source.localeCompare(b.source)),
  };
}

function fleetService(repository: string, s: ServiceReport, report: FleetInput, treeUrl: string): FleetService {
  const optional = {
    kind: s.kind,
    name: s.name,
    owner: s.owner,
    system: s.system,
    lifecycle: s.lifecycle,
    plan: s.plan ? firstSentence(s.plan.suggestion) : undefined,
    expected: s.expected,
    waiver: s.waiver,
    runUrl: report.repository?.run,
  };
  return {
    repository,
    path: s.path,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined && v !== '')),
    current: s.current,
    frameworks: s.frameworks ?? [],
    verdict: s.verdict,
    fitScore: s.fitScore,
    scores: { node: s.scores.node, python: s.scores.python },
    recommended: s.recommended,
    url: s.path === '.' ? treeUrl : `${treeUrl}/${s.path.split('/').map(encodeURIComponent).join('/')}`,
    trend: [],
  };
}

/** The history a report carries (`history.points`), as this service's trend. */
function historyTrend(report: FleetInput, service: string): TrendPoint[] {
  const points = report.history?.points;
  if (!Array.isArray(points)) return [];
  return points.flatMap((p) => {
    const at = p?.services?.[service];
    return at && typeof p.commit?.date === 'string' && typeof at.fitScore === 'number'
      ? [{ date: p.commit.date, verdict: at.verdict, fitScore: at.fitScore }]
      : [];
  });
}

/** The earlier points, then this run's (dated by the run); the newest TREND_POINTS. */
function trendOf(service: FleetService, date: string, earlier: TrendPoint[]): TrendPoint[] {
  const now: TrendPoint = { date, verdict: service.verdict, fitScore: service.fitScore };
  const points = [...earlier.filter((p) => p.date < date), now];
  return points.slice(-TREND_POINTS);
}

function changeOf(
  service: FleetService,
  before: FleetService | undefined,
  hasPrevious: boolean,
): FleetService['change'] {
  // without a previous fleet, the last run is the history's point before this one
  const last = before ? before.trend.at(-1) : hasPrevious ? undefined : service.trend.at(-2);
  if (!last) return hasPrevious ? { kind: 'new' } : undefined;
  const from = { from: last.verdict, fromFit: last.fitScore };
  const was = DRIFTING.has(last.verdict);
  const is = DRIFTING.has(service.verdict);
  if (!was && is) return { kind: 'new-drift', ...from };
  if (was && !is && service.verdict === 'fits') return { kind: 'fixed', ...from };
  if (last.verdict !== service.verdict || Math.abs(last.fitScore - service.fitScore) >= FIT_CHANGE)
    return { kind: 'changed', ...from };
  return undefined;
}

function listChanges(services: FleetService[], previous: Fleet | undefined, scanned: Set<string>): FleetChanges {
  const keys = (kind: string) =>
    services
      .filter((s) => s.change?.kind === kind)
      .map((s) => serviceKey(s, services))
      .sort();
  const now = new Set(services.map((s) => serviceKey(s, services)));
  return {
    newDrifts: keys('new-drift'),
    fixed: keys('fixed'),
    newServices: keys('new'),
    // a repository whose report is missing this time has not lost its services
    gone: (previous?.services ?? [])
      .filter((s) => scanned.has(s.repository) && !now.has(serviceKey(s, previous!.services)))
      .map((s) => serviceKey(s, previous!.services))
      .sort(),
  };
}

function newer(a: Loaded, b: Loaded): boolean {
  return (a.report.repository?.date ?? '') > (b.report.repository?.date ?? '');
}

function tally<T extends string>(services: FleetService[], of: (s: FleetService) => T, keys: T[]): Record<T, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<T, number>;
  for (const s of services) counts[of(s)] = (counts[of(s)] ?? 0) + 1;
  return counts;
}

/** Up to the first sentence end (a full stop, question or exclamation mark before a space or the end). */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/s.exec(text.trim());
  return (match ? match[0] : text.trim()).replace(/\s+/g, ' ');
}

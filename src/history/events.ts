import type { DiffEntry } from '../delta/git.js';
import { compareReports } from '../delta/index.js';
import type { HistoryEvent, HistoryPoint, ServicePoint, Tipping } from '../model/history.js';
import type { Report, ServiceReport } from '../model/report.js';
import { serviceName } from '../model/facts.js';
import type { VerdictKind } from '../model/verdict.js';
import { isInside } from '../paths.js';

/** What a bisect looks for: the first commit at which `holds` is true of the report. */
export interface Change {
  service: string;
  kind: HistoryEvent['kind'];
  from?: string;
  holds: (report: Report) => boolean;
  /** Set when the change is on the way to a service drifting now under another name. */
  follows?: boolean;
}

const DRIFTING: ReadonlySet<VerdictKind> = new Set(['review', 'mismatch']);

export function isDrifting(point: ServicePoint | undefined): boolean {
  return point !== undefined && DRIFTING.has(point.verdict);
}

function servicePoint(s: ServiceReport): ServicePoint {
  return { current: s.current, verdict: s.verdict, fitScore: s.fitScore, scores: s.scores };
}

export function pointServices(report: Report): Record<string, ServicePoint> {
  return Object.fromEntries(report.services.map((s) => [serviceName(s, report.services), servicePoint(s)]));
}

/** Services are followed by name: a worker run from the web process's folder is `api (worker)`. */
const find = (report: Report, name: string) => report.services.find((s) => serviceName(s, report.services) === name);
/** The folder of a named service in either report (renames and files are about folders). */
const folderOf = (name: string, ...reports: Report[]) =>
  reports.map((r) => find(r, name)?.path).find((p) => p !== undefined) ?? name;

/**
 * The changes between two sampled reports, each as a question a bisect can ask of a commit in
 * between. A folder that went away while a new one came, with files renamed from the one into the
 * other (`renames` diffs the two commits in those folders), is one service renamed. Fit moves are looked for only in `follow` (the services drifting
 * now): for the others the points say enough.
 */
export async function changesBetween(
  older: Report,
  newer: Report,
  renames: (paths: string[]) => Promise<readonly DiffEntry[]>,
  follow: ReadonlySet<string>,
): Promise<Change[]> {
  const changes: Change[] = [];
  const named = (report: Report) => report.services.map((s) => serviceName(s, report.services));
  const gone = named(older).filter((name) => !find(newer, name));
  const came = named(newer).filter((name) => !find(older, name));
  const folder = (name: string) => folderOf(name, older, newer);
  const diff = gone.length && came.length ? await renames([...new Set([...gone, ...came].map(folder))]) : [];
  const renamedTo = new Map<string, string>();
  for (const from of gone) {
    const counts = new Map<string, number>();
    for (const entry of diff) {
      if (entry.status !== 'renamed' || !entry.from || !isInside(entry.from, folder(from))) continue;
      // a service renamed keeps its kind: a web process does not become a worker by moving
      const to = came.find(
        (c) =>
          folder(c) !== '.' &&
          isInside(entry.path, folder(c)) &&
          find(newer, c)?.kind === find(older, from)?.kind &&
          ![...renamedTo.values()].includes(c),
      );
      if (to) counts.set(to, (counts.get(to) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best) renamedTo.set(from, best[0]);
  }
  const renamedFrom = new Map([...renamedTo].map(([from, to]) => [to, from]));
  for (const path of came) {
    const from = renamedFrom.get(path);
    changes.push({
      service: path,
      kind: from ? 'renamed' : 'appeared',
      ...(from ? { from } : {}),
      holds: (r) => find(r, path) !== undefined,
    });
  }
  for (const path of gone) {
    if (renamedTo.has(path)) continue;
    changes.push({ service: path, kind: 'disappeared', holds: (r) => find(r, path) === undefined });
  }
  for (const after of newer.services) {
    const name = serviceName(after, newer.services);
    const before = find(older, name);
    if (!before) continue;
    // the folder now runs the other language (a rewrite): said as such, whatever else moved with it
    if (before.current !== after.current) {
      changes.push({
        service: name,
        kind: 'backend',
        holds: (r) => find(r, name)?.current === after.current,
      });
    } else if (before.verdict !== after.verdict) {
      changes.push({
        service: name,
        kind: 'verdict',
        holds: (r) => find(r, name)?.verdict === after.verdict,
      });
    } else if (before.fitScore !== after.fitScore && follow.has(name)) {
      changes.push({
        service: name,
        kind: 'fit',
        holds: (r) => find(r, name)?.fitScore === after.fitScore,
      });
    }
  }
  return changes;
}

/**
 * For a rename found between two points: the verdict or fit change of the service under its
 * old folder, between the older point and the commit before the move, when there was one.
 */
export function changeBeforeRename(
  rename: Change,
  older: Report,
  beforeMove: Report,
  follow: ReadonlySet<string>,
): Change | undefined {
  const path = rename.from!;
  const was = find(older, path);
  const then = find(beforeMove, path);
  if (!was || !then) return undefined;
  const follows = follow.has(rename.service) || rename.follows === true;
  if (was.verdict !== then.verdict) {
    return { service: path, kind: 'verdict', follows, holds: (r) => find(r, path)?.verdict === then.verdict };
  }
  if (was.fitScore !== then.fitScore && follows) {
    return { service: path, kind: 'fit', follows, holds: (r) => find(r, path)?.fitScore === then.fitScore };
  }
  return undefined;
}

/**
 * The event a bisect found: the commit, the service before and after it, the commit's files in
 * the service, and what it moved in the delta's terms (signals, scores, verdict), read from the
 * service's own part of the two reports.
 */
export function eventOf(
  change: Change,
  commit: HistoryEvent['commit'],
  before: Report,
  after: Report,
  changed: readonly DiffEntry[],
): HistoryEvent {
  const path = change.service;
  const was = find(before, change.from ?? path);
  const is = find(after, path);
  const folder = folderOf(path, after, before);
  const fromFolder = change.from ? folderOf(change.from, before, after) : folder;
  const ownFiles = changed
    .filter((c) => isInside(c.path, folder) || (c.from !== undefined && isInside(c.from, fromFolder)))
    .map((c) => c.path);
  const moved =
    was && is ? compareReports(scoped(before, was), scoped(after, is), [...changed], commit.sha).changes : [];
  const changes = moved.filter((c) => !c.id.startsWith('criterion.') && !c.id.startsWith('service.'));
  const files = ownFiles.length ? ownFiles : [...new Set(changes.flatMap((c) => c.files))];
  return {
    service: path,
    kind: change.kind,
    ...(change.from ? { from: change.from } : {}),
    commit,
    ...(was ? { before: servicePoint(was) } : {}),
    ...(is ? { after: servicePoint(is) } : {}),
    files: files.slice(0, 20),
    changes,
  };
}

/** A report narrowed to one service, so the delta's comparison speaks of it alone. */
function scoped(report: Report, service: ServiceReport): Report {
  return {
    ...report,
    verdict: service.verdict,
    current: service.current,
    recommended: service.recommended,
    fitScore: service.fitScore,
    gap: service.gap,
    scores: service.scores,
    criteria: service.criteria,
    signals: service.signals,
    services: [service],
  };
}

/**
 * For each service drifting at HEAD: the latest event that took it (or the folder it was renamed
 * from) from not drifting to drifting. None found and drifting at the oldest point: drifting since
 * before that point.
 */
export function tippingOf(points: readonly HistoryPoint[], events: readonly HistoryEvent[]): Tipping[] {
  const head = points.at(-1);
  if (!head) return [];
  const tipping: Tipping[] = [];
  for (const [service, now] of Object.entries(head.services)) {
    if (!isDrifting(now)) continue;
    let path = service;
    let found: number | undefined;
    for (let i = events.length - 1; i >= 0; i--) {
      const event = events[i]!;
      if (event.service !== path) continue;
      const wasDrifting = event.kind === 'appeared' ? false : isDrifting(event.before);
      if (isDrifting(event.after) && !wasDrifting) {
        found = i;
        break;
      }
      if (event.kind === 'renamed' && event.from) path = event.from;
    }
    if (found !== undefined) tipping.push({ service, event: found, commit: events[found]!.commit.sha });
    else tipping.push({ service, since: points[0]!.commit.date });
  }
  return tipping;
}

import { evaluateScan } from '../analyze.js';
import type { Settings } from '../config/index.js';
import { scanBase } from '../delta/base-scan.js';
import { diffCommits, diffNames, locate, resolveCommit, type DiffEntry } from '../delta/git.js';
import { GitObjects, treeChanges, type TreeChange } from '../delta/objects.js';
import type { History, HistoryCommit, HistoryEvent, HistoryPoint } from '../model/history.js';
import type { Report } from '../model/report.js';
import { serviceName } from '../model/facts.js';
import type { ScannedFile, ScanResult } from '../model/scan.js';
import { rememberFacts, type FileFacts } from '../detect/index.js';
import type { LockfileEntries } from '../detect/manifests/index.js';
import { isOwnershipKind } from '../knowledge/manifest-files.js';
import { ReadPool, scan } from '../scan/index.js';
import { VERSION } from '../version.js';
import path from 'node:path';
import ignore from 'ignore';
import { FileVersions, scanCommit, SourceHeads } from './commit-scan.js';
import { runInWorker } from './in-worker.js';
import {
  currentBranch,
  firstParentLine,
  headTime,
  isShallow,
  samplePoints,
  type LineCommit,
  type Sampling,
} from './commits.js';
import {
  changeBeforeRename,
  changesBetween,
  eventOf,
  isDrifting,
  pointServices,
  tippingOf,
  type Change,
} from './events.js';

export interface HistoryOptions {
  root: string;
  settings: Settings;
  /** Oldest commit time to look at; default a year before HEAD (so a quiet repository still has a history). */
  since?: Date;
  /** Default 12 points. */
  sampling?: Sampling;
  now?: Date;
  readWorker?: URL;
  /**
   * Commits evaluated to place changes, at the most, beyond the points: `drifting` for the
   * services drifting now (their tipping commits), `other` for the rest (default none: a service
   * that appeared, went away or moved, or whose verdict changed, is shown between the two points
   * it lies between). A change the budget cannot place is told as lying between two commits.
   */
  maxProbes?: { drifting: number; other: number };
  /** Each evaluated commit's whole report, as it is made (tests hold it against a scan of that commit). */
  onEvaluated?: (sha: string, report: Report) => void;
}

const YEAR_MS = 365 * 24 * 3600 * 1000;
/**
 * About 8 changes of the services drifting now placed in ranges of 250 commits. The others are
 * shown between two points: on a large monorepo's year (medusa) placing them took 16 of 28
 * evaluations, for services whose standing the points already show.
 */
const DEFAULT_PROBES = { drifting: 64, other: 0 };
/** `--place-all`: the other services' changes placed on their commits too, as many again. */
export const PLACE_ALL_PROBES = { drifting: 64, other: 64 };

interface Evaluated {
  index: number;
  /** Let go (undefined) once no probe can start from it. */
  scan: ScanResult | undefined;
  report: Report;
}

/**
 * The pipeline's pure part at sampled commits of the first-parent line, newest to oldest. HEAD
 * comes from one scan of the folder (the working tree's own edits undone from git objects); each
 * older point is the newer one's scan with only the files `git diff-tree` names re-read from
 * blobs. Between two points, each change of a service is placed on its commit by bisecting only
 * the commits between them. Throws GitError when the folder is not in a git repository.
 */
export function history(options: HistoryOptions): Promise<History> {
  // built (dist/), the history runs in a thread of its own, built beside the read worker (a
  // caller that watches each report gets them here: a function does not cross to a thread)
  return options.readWorker && !options.onEvaluated
    ? runInWorker(new URL('./history-worker.js', options.readWorker), options)
    : historyHere(options);
}

/** `history` in this thread. */
export async function historyHere(options: HistoryOptions): Promise<History> {
  const started = performance.now();
  const { root, settings } = options;
  const now = options.now ?? new Date();
  const { prefix } = await locate(root);
  const result: History = {
    schemaVersion: 1,
    tool: { name: 'backend-fit', version: VERSION },
    root: path.basename(path.resolve(root)),
    points: [],
    events: [],
    tipping: [],
    notes: [],
    stats: { commits: 0, evaluated: 0, durationMs: 0 },
  };
  const head = await resolveCommit(root, 'HEAD');
  if (!head) {
    result.notes.push('no commits yet: nothing to follow over time');
    return finish(result, started);
  }
  const branch = await currentBranch(root);
  if (branch) result.branch = branch;
  const headMs = await headTime(root);
  const line = await firstParentLine(root, options.since ?? new Date(headMs - YEAR_MS));
  // a --since after HEAD's date still has HEAD
  if (line.length === 0) line.push(...(await firstParentLine(root, new Date(headMs))));
  result.stats.commits = line.length;
  if (await isShallow(root)) {
    result.shallow = { commits: line.length, ...(line.length ? { oldest: line.at(-1)!.date } : {}) };
    result.notes.push(
      `shallow clone: the history sees ${line.length} commit${line.length === 1 ? '' : 's'} back to ${line.at(-1)?.date.slice(0, 10)}; fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)`,
    );
  }

  const fileMemo = new WeakMap<ScannedFile, FileFacts>();
  const evaluate = (scanned: ScanResult) => {
    result.stats.evaluated++;
    const report = evaluateScan({ root, settings, now }, scanned, fileMemo);
    // what detect got from a file is in the memo: its text can go (catalog and CODEOWNERS
    // files, read whole on each call, keep theirs), so the points hold what one scan holds
    for (const file of scanned.files) {
      if (file.text === undefined || !fileMemo.has(file) || isOwnershipFile(file)) continue;
      file.text = undefined;
      file.codeLines = undefined;
    }
    return report;
  };
  const evaluated = (index: number, scan: ScanResult): Evaluated => {
    const report = evaluate(scan);
    options.onEvaluated?.(line[index]!.sha, report);
    return { index, scan, report };
  };
  /** A file read from a blob: its facts kept at once and its text let go, so a commit's thousands of changed files are never all held as text. */
  const lockfiles: LockfileEntries = new Map();
  const digest = (file: ScannedFile) => {
    if (file.text === undefined) return;
    rememberFacts(file as ScannedFile & { text: string }, fileMemo, lockfiles);
    if (isOwnershipFile(file)) return;
    file.text = undefined;
    file.codeLines = undefined;
  };
  const objects = new GitObjects(root);
  try {
    const versions = new FileVersions();
    const heads = new SourceHeads();
    const userIgnore = settings.ignore?.length ? ignore().add(settings.ignore) : undefined;
    /** The scan at `index`, from an evaluated commit's scan and the blobs that differ between them. */
    const scanAt = async (index: number, from: Evaluated, changes?: Promise<TreeChange[]>) =>
      scanCommit(
        from.scan ?? fail('history: a scan let go was asked for again'),
        await (changes ?? treeChanges(root, line[from.index]!.sha, line[index]!.sha, prefix)),
        objects,
        versions,
        { ...(userIgnore ? { userIgnore } : {}), digest, heads },
      );
    /** The diffs of one range, each asked once: a range's diffs are asked again for each change placed in it. */
    const diffsOnce = () => {
      const diffs = new Map<string, Promise<DiffEntry[]>>();
      return (from: number, to: number, paths?: string[]) => {
        const key = `${from} ${to} ${paths?.join('\0') ?? ''}`;
        let diff = diffs.get(key);
        if (!diff) {
          diff = diffCommits(root, line[from]!.sha, line[to]!.sha, prefix, {
            renames: true,
            ...(paths ? { paths } : {}),
          });
          diffs.set(key, diff);
        }
        return diff;
      };
    };

    const indices = samplePoints(line, options.sampling ?? { points: 12 });
    // HEAD's files digested as the points' are, so its lockfiles' entries are kept for the next;
    // no name holds HEAD's scan: once the first range is done, only the points ahead are kept
    const digested = (scanned: ScanResult) => (scanned.files.forEach(digest), scanned);
    let newer = evaluated(0, digested(await scanHead(root, head, prefix, settings, options.readWorker, objects)));
    const follow = new Set(
      newer.report.services.filter((s) => isDrifting(s)).map((s) => serviceName(s, newer.report.services)),
    );
    const points: HistoryPoint[] = [pointOf(line[0]!, newer.report)];
    // each range's events, in order from the newest range
    const placed: Promise<{ index: number; event: HistoryEvent }[]>[] = [];
    const budgets = { ...(options.maxProbes ?? DEFAULT_PROBES) };
    // only the services drifting now (and the folders they came from) spend the `drifting` budget
    const probing = budgets.other > 0 || (follow.size > 0 && budgets.drifting > 0);

    /** Each change of a service between two evaluated commits, placed on its commit as far as the budget goes. */
    const place = async (older: Evaluated, newer: Evaluated) => {
      const events: { index: number; event: HistoryEvent }[] = [];
      const diffOnce = diffsOnce();
      const renames = (paths: string[]) => diffOnce(older.index, newer.index, paths);
      const changes = await changesBetween(older.report, newer.report, renames, follow);
      if (changes.length) {
        // every commit evaluated in this range, so each probe is built from the nearest one
        const known = new Map<number, Evaluated>([
          [older.index, older],
          [newer.index, newer],
        ]);
        const probe = async (i: number) => {
          const hit = known.get(i);
          if (hit) return hit.report;
          const nearest = [...known.values()].reduce((a, b) => (Math.abs(b.index - i) < Math.abs(a.index - i) ? b : a));
          const probed = evaluated(i, await scanAt(i, nearest));
          known.set(i, probed);
          return probed.report;
        };
        const queue = changes.map((change) => ({ change, from: older.index, to: newer.index }));
        for (let item = queue.shift(); item; item = queue.shift()) {
          const { change, from, to } = item;
          const budget = follow.has(change.service) || change.follows ? 'drifting' : 'other';
          const { at, after: lastWithout } = await bisect(change, from, to, probe, budgets, budget);
          const changed = await diffOnce(lastWithout, at);
          const before = await probe(lastWithout);
          const event = eventOf(change, commitOf(line[at]!), before, await probe(at), changed);
          // with the budget spent, the event is known only to lie after `lastWithout`
          if (lastWithout !== at + 1) event.notBefore = line[lastWithout]!.sha;
          events.push({ index: at, event });
          // a folder renamed: what its service did under the old name before the move
          const earlier =
            change.kind === 'renamed' ? changeBeforeRename(change, older.report, before, follow) : undefined;
          if (earlier && lastWithout !== older.index)
            queue.push({ change: earlier, from: older.index, to: lastWithout });
        }
      }
      return events;
    };

    // the next point's diff is asked while this one is read and its range bisected (git works
    // beside node); the points' commits are known from the start
    const pointDiff = (k: number) => {
      const diff = treeChanges(root, line[indices[k - 1]!]!.sha, line[indices[k]!]!.sha, prefix);
      diff.catch(() => undefined);
      return diff;
    };
    let nextDiff = indices.length > 1 ? pointDiff(1) : undefined;
    for (let k = 1; k < indices.length; k++) {
      const index = indices[k]!;
      const diff = nextDiff!;
      nextDiff = k + 1 < indices.length ? pointDiff(k + 1) : undefined;
      const olderScan = await scanAt(index, newer, diff);
      if (!probing) {
        // no probe will start from the newer point: its own file versions, and their facts, go
        // before this point is evaluated (a month of a big monorepo changes 5,000+ files)
        newer.scan = undefined;
        versions.keepOnly(olderScan);
      }
      const older = evaluated(index, olderScan);
      points.unshift(pointOf(line[index]!, older.report));
      const range = place(older, newer);
      // with no probe to spend, a range's changes need only git's diffs: the next point is read
      // while git pairs this range's renames (up to 0.7 s on a month of medusa)
      if (!probing) range.catch(() => undefined);
      else await range;
      placed.push(range);
      newer = older;
      // the ranges ahead are older still: what they can meet again is in the older point
      if (probing) versions.keepOnly(olderScan);
    }

    result.points = points;
    const events = (await Promise.all(placed)).flat();
    result.events = events.sort((a, b) => b.index - a.index).map((e) => e.event);
    result.tipping = tippingOf(points, result.events);
    if (points.every((p) => Object.keys(p.services).length === 0)) {
      result.notes.push(
        `no Node.js or Python service at any of the ${points.length} point${points.length === 1 ? '' : 's'} from ${points[0]!.commit.date.slice(0, 10)} to ${points.at(-1)!.commit.date.slice(0, 10)}`,
      );
    }
    return finish(result, started);
  } finally {
    objects.close();
  }
}

/**
 * The first commit (indices count back from HEAD) in (older, newer] at which the change holds,
 * given it does not hold at `older` and holds at `newer`, and the commit before it. Each probe
 * spends one of the budget; with the budget gone, `after` is the last commit known without it.
 */
async function bisect(
  change: Change,
  older: number,
  newer: number,
  probe: (i: number) => Promise<Report>,
  budgets: Record<'drifting' | 'other', number>,
  budget: 'drifting' | 'other',
): Promise<{ at: number; after: number }> {
  let lo = older;
  let hi = newer;
  while (lo - hi > 1 && budgets[budget] > 0) {
    const mid = (lo + hi) >> 1;
    budgets[budget]--;
    if (change.holds(await probe(mid))) hi = mid;
    else lo = mid;
  }
  return { at: hi, after: lo };
}

/** HEAD's scan: the folder as it is, with the working tree's uncommitted edits undone from git objects. */
async function scanHead(
  root: string,
  head: string,
  prefix: string,
  settings: Settings,
  readWorker: URL | undefined,
  objects: GitObjects,
): Promise<ScanResult> {
  const pool = new ReadPool(readWorker);
  let scanned: ScanResult;
  try {
    scanned = await scan(root, { ignore: settings.ignore, readPool: pool });
  } finally {
    pool.close();
  }
  const edits = await diffNames(root, head, prefix);
  return edits.length ? scanBase(root, head, prefix, scanned, edits, { ignore: settings.ignore, objects }) : scanned;
}

function fail(message: string): never {
  throw new Error(message);
}

function isOwnershipFile(file: ScannedFile): boolean {
  return file.role === 'manifest' && file.manifestKind !== undefined && isOwnershipKind(file.manifestKind);
}

function commitOf(c: LineCommit): HistoryCommit {
  return { sha: c.sha, date: c.date, author: c.author, subject: c.subject };
}

function pointOf(c: LineCommit, report: Report): HistoryPoint {
  return { commit: commitOf(c), verdict: report.verdict, services: pointServices(report) };
}

function finish(result: History, started: number): History {
  result.stats.durationMs = Math.round(performance.now() - started);
  return result;
}

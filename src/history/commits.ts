import { git, ownString } from '../delta/git.js';
import type { HistoryCommit } from '../model/history.js';

/** A first-parent commit with its committer time (what sampling and `--since` go by). */
export interface LineCommit extends HistoryCommit {
  time: number;
}

const FIELD = '\x1f';
const RECORD = '\x1e';

/** The current branch's first-parent line from HEAD back to `since` (committer date), newest first. */
export async function firstParentLine(root: string, since?: Date): Promise<LineCommit[]> {
  const args = ['log', '--first-parent', `--format=%H${FIELD}%aI${FIELD}%ct${FIELD}%an${FIELD}%s${RECORD}`];
  if (since) args.push(`--since=${since.toISOString()}`);
  args.push('HEAD', '--');
  const out = await git(root, args);
  const commits: LineCommit[] = [];
  for (const record of out.split(RECORD)) {
    const [sha, date, time, author, subject] = record.trim().split(FIELD);
    if (!sha || !date) continue;
    // own strings, so the points kept do not hold the whole log's text
    commits.push({
      sha: ownString(sha),
      date: ownString(date),
      time: Number(time) * 1000,
      author: ownString(author ?? ''),
      subject: ownString(subject ?? ''),
    });
  }
  return commits;
}

/** HEAD's committer time in milliseconds. */
export async function headTime(root: string): Promise<number> {
  return Number((await git(root, ['log', '-1', '--format=%ct', 'HEAD'])).trim()) * 1000;
}

export async function isShallow(root: string): Promise<boolean> {
  return (await git(root, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

export async function currentBranch(root: string): Promise<string | undefined> {
  const name = (await git(root, ['rev-parse', '--abbrev-ref', 'HEAD']).catch(() => '')).trim();
  return name && name !== 'HEAD' ? name : undefined;
}

export type Sampling = { points: number } | { every: number };

/**
 * Indices into `line` (newest first) of the commits to evaluate, newest first; always 0 (HEAD)
 * and the oldest. `points` spreads the targets evenly in time between the oldest commit and HEAD
 * (so 12 over a year is about one a month, however busy each month was); `every` steps back
 * from HEAD by a fixed span. At each target the newest commit not after it is taken.
 */
export function samplePoints(line: readonly LineCommit[], sampling: Sampling): number[] {
  if (line.length === 0) return [];
  const newest = line[0]!.time;
  const oldest = line[line.length - 1]!.time;
  const targets: number[] = [];
  if ('every' in sampling) {
    for (let t = newest; t >= oldest; t -= sampling.every) targets.push(t);
  } else {
    const n = Math.max(1, sampling.points);
    for (let k = 0; k < n; k++) targets.push(n === 1 ? newest : newest - ((newest - oldest) * k) / (n - 1));
  }
  targets.push(oldest);
  const picked = new Set<number>([0, line.length - 1]);
  let i = 0;
  for (const target of targets) {
    // committer times can go back and forth (rebases): the first commit at or before the target
    while (i < line.length - 1 && line[i]!.time > target) i++;
    picked.add(i);
  }
  return [...picked].sort((a, b) => a - b);
}

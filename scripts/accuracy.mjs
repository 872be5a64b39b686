// The accuracy bench: runs the built CLI on each repository of bench/accuracy/truth and compares
// its report with the truth written from the repository's files (bench/accuracy/README.md).
//   npm run accuracy -- --repos DIR [--half tune|held-out|all] [--cli dist/cli.js] [--misses FILE]
//                       [--truth bench/accuracy/truth] [--timeout SECONDS] [--set NAME]
// Exit 0 when it ran (whatever the figures), 2 on a usage error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  HALVES,
  checkoutName,
  formatClasses,
  formatTable,
  missesOf,
  scoreRepo,
  summarize,
  truthProblems,
} from './accuracy-score.mjs';

const USAGE =
  'usage: npm run accuracy -- --repos DIR [--half tune|held-out|all] [--cli dist/cli.js] [--misses FILE] ' +
  '[--truth bench/accuracy/truth] [--timeout SECONDS] [--set NAME]';

function usageError(message) {
  console.error(`accuracy: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      repos: { type: 'string' },
      half: { type: 'string', default: 'all' },
      cli: { type: 'string', default: 'dist/cli.js' },
      misses: { type: 'string', default: 'reports/accuracy-misses.json' },
      truth: { type: 'string', default: 'bench/accuracy/truth' },
      timeout: { type: 'string', default: '600' },
      set: { type: 'string' },
    },
  }));
} catch (error) {
  usageError(error.message);
}
if (!values.repos) usageError('--repos DIR is required (the folder holding the <owner>__<name> checkouts)');
if (!isFolder(values.repos)) usageError(`--repos ${values.repos} is not a folder`);
if (![...HALVES, 'all'].includes(values.half)) usageError(`--half must be tune, held-out or all, not ${values.half}`);
if (!existsSync(values.cli)) usageError(`--cli ${values.cli} does not exist (run npm run build first)`);
if (!isFolder(values.truth)) usageError(`--truth ${values.truth} is not a folder`);
const timeoutSeconds = Number(values.timeout);
if (!(timeoutSeconds > 0)) usageError(`--timeout must be a number of seconds, not ${values.timeout}`);

function isFolder(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The well-formed truth files of the chosen half (and set, with --set); a malformed one is named
 * with its faults and left out. Also returns the set names seen, to name them when --set matches none.
 */
function readTruths() {
  const truths = [];
  const sets = new Set();
  const files = readdirSync(values.truth)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    const where = path.join(values.truth, file);
    let truth;
    try {
      truth = JSON.parse(readFileSync(where, 'utf8'));
    } catch (error) {
      console.error(`accuracy: ${where}: not valid JSON (${error.message}); left out`);
      continue;
    }
    const problems = truthProblems(truth);
    if (problems.length > 0) {
      console.error(`accuracy: ${where}: ${problems.join('; ')}; left out`);
      continue;
    }
    if (truth.set !== undefined) sets.add(truth.set);
    if (values.set !== undefined && truth.set !== values.set) continue;
    if (values.half === 'all' || truth.half === values.half) truths.push(truth);
  }
  return { truths, sets };
}

/** The CLI's JSON report on one checkout, or the reason there is none. */
function reportOn(checkout) {
  const run = spawnSync(process.execPath, [path.resolve(values.cli), checkout, '--format', 'json', '--quiet'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: timeoutSeconds * 1000,
  });
  if (run.error) return { error: `the CLI did not finish: ${run.error.message}` };
  try {
    return { report: JSON.parse(run.stdout) };
  } catch {
    const tail = (run.stderr ?? '').trim().split('\n').slice(-2).join(' | ');
    return { error: `no JSON report (exit ${run.status}${tail ? `: ${tail}` : ''})` };
  }
}

const { truths, sets } = readTruths();
if (values.set !== undefined && !sets.has(values.set)) {
  const known = [...sets].sort().join(', ') || 'none';
  usageError(`--set ${values.set}: no truth file has that set (sets in ${values.truth}: ${known})`);
}
const titled = (title) => (values.set === undefined ? title : `${title}, set ${values.set}`);
const missing = [];
const scored = [];
for (const truth of truths) {
  const checkout = path.join(values.repos, checkoutName(truth.repo));
  if (!isFolder(checkout)) {
    missing.push(truth);
    console.log(
      `missing ${truth.repo}: git clone ${truth.url} ${checkout} && git -C ${checkout} checkout ${truth.commit}`,
    );
    continue;
  }
  const { report, error } = reportOn(checkout);
  if (error) console.error(`accuracy: ${truth.repo}: ${error}`);
  scored.push(scoreRepo(truth, report ?? null, error));
}

const halves = values.half === 'all' ? HALVES : [values.half];
const tables = halves.map((half) =>
  formatTable(
    titled(`half ${half}`),
    summarize(
      scored.filter((r) => r.half === half),
      missing.filter((t) => t.half === half),
    ),
  ),
);
if (values.half === 'all') tables.push(formatTable(titled('both halves'), summarize(scored, missing)));
tables.push(formatClasses(scored));
console.log(tables.join('\n\n'));

const misses = missesOf(scored);
mkdirSync(path.dirname(path.resolve(values.misses)), { recursive: true });
writeFileSync(
  values.misses,
  `${JSON.stringify({ half: values.half, set: values.set ?? null, missing: missing.map((t) => t.repo), misses }, null, 2)}\n`,
);
console.log(`\n${misses.length} misses written to ${values.misses}`);

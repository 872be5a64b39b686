// Times `backend-fit history` (12 points, the year before HEAD) against one scan of HEAD on a
// real repository, and compares their peak RSS. Not a test: the figures go in docs/performance.md.
//   npm run bench:history -- /work/repos/medusa [--runs 3] [--cli <a copy of dist>/cli.js]
// Needs GNU time (/usr/bin/time) for the peak RSS of each child process.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3' },
    points: { type: 'string', default: '12' },
    // a copy of dist/, so a build running meanwhile (tests) does not change what is measured
    cli: { type: 'string' },
  },
});
const repo = positionals[0];
if (!repo) {
  console.error('usage: npm run bench:history -- <repository with full history> [--runs N] [--points N] [--cli path]');
  process.exit(2);
}
if (!existsSync('/usr/bin/time')) {
  console.error('bench:history needs GNU time at /usr/bin/time for peak RSS');
  process.exit(2);
}
// each bench its own output file: several may run on one machine
const outFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-history-')), 'out.json');
const cli = values.cli ?? new URL('../dist/cli.js', import.meta.url).pathname;

/** One run of the CLI: wall seconds, CPU seconds (user + system, git's included) and peak RSS in MB; its stdout goes to a file. */
function timed(args) {
  const out = execFileSync(
    'sh',
    ['-c', `/usr/bin/time -f 'BENCH %e %M %U %S' "$@" 2>&1 >"${outFile}"`, 'sh', process.execPath, cli, ...args],
    {
      encoding: 'utf8',
    },
  );
  const m = /BENCH ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(out);
  if (!m) throw new Error(`no timing from: ${out.slice(0, 200)}`);
  return { seconds: Number(m[1]), rssMb: Number(m[2]) / 1024, cpu: Number(m[3]) + Number(m[4]) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = Number(values.runs);
const scans = [];
const histories = [];
for (let i = 0; i < runs; i++) {
  // interleaved, so a busy machine weighs on both alike
  scans.push(timed([repo, '-q', '--format', 'json']));
  histories.push(timed(['history', repo, '--points', values.points, '--format', 'json']));
}
const last = JSON.parse(readFileSync(outFile, 'utf8'));
const medians = (rs) => ({
  seconds: median(rs.map((r) => r.seconds)),
  rssMb: median(rs.map((r) => r.rssMb)),
  cpu: median(rs.map((r) => r.cpu)),
});
const scan = medians(scans);
const history = medians(histories);
console.log(`repository: ${repo}`);
console.log(
  `history: ${last.points.length} points over ${last.stats.commits} first-parent commits, ${last.stats.evaluated} commits evaluated, ${last.events.length} changes placed, ${last.tipping.length} tipping`,
);
const line = (r) =>
  `${r.seconds.toFixed(2)} s, ${r.cpu.toFixed(2)} s CPU, ${r.rssMb.toFixed(0)} MB peak RSS (median of ${runs})`;
console.log(`one scan of HEAD: ${line(scan)}`);
console.log(`history:          ${line(history)}`);
console.log(
  `ratio: time ${(history.seconds / scan.seconds).toFixed(2)}x (target <= 4x), RSS ${(history.rssMb / scan.rssMb).toFixed(2)}x (target <= 1.5x)`,
);
// CPU time moves less with the machine's load than wall time (the scan's read workers count too)
console.log(`CPU time: ${(history.cpu / scan.cpu).toFixed(2)}x`);

// Times `backend-fit history` (12 points, the year before HEAD) against one scan of HEAD on a
// real repository, and compares their peak RSS. Not a test: the figures go in docs/performance.md.
//   npm run bench:history -- /work/repos/medusa [--runs 3] [--cli <a copy of dist>/cli.js] [--threads]
// Needs GNU time (/usr/bin/time) for the peak RSS of each child process. `--threads` also reads
// each thread's CPU time from /proc while the CLI runs (Linux only): the busiest thread (the
// history's own thread, the scan's main thread), node's other threads (V8's collector helpers,
// read workers) and what is left of the whole (git).
import { spawn } from 'node:child_process';
import { clearInterval, setInterval } from 'node:timers';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, readdirSync } from 'node:fs';
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
    threads: { type: 'boolean', default: false },
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
async function timed(args) {
  const timeFile = `${outFile}.time`;
  const out = openSync(outFile, 'w');
  const child = spawn('/usr/bin/time', ['-f', 'BENCH %e %M %U %S', '-o', timeFile, process.execPath, cli, ...args], {
    stdio: ['ignore', out, 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const threads = values.threads ? watchThreads(child.pid) : undefined;
  const code = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  closeSync(out);
  const ticks = threads?.stop();
  const m = /BENCH ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(readFileSync(timeFile, 'utf8'));
  if (code !== 0 || !m) throw new Error(`the CLI failed (${code}): ${stderr.slice(0, 200)}`);
  const cpu = Number(m[3]) + Number(m[4]);
  return { seconds: Number(m[1]), rssMb: Number(m[2]) / 1024, cpu, ...(ticks ? threadShares(ticks, cpu) : {}) };
}

const TICK = 0.01; // clock ticks (getconf CLK_TCK) are 100 a second on Linux

/**
 * Each thread's CPU ticks (user + system) of the node process `time` runs, read from /proc every
 * 20 ms: a thread's last reading is kept, so one that ends between two readings (a read worker)
 * loses at most 20 ms.
 */
function watchThreads(timePid) {
  const ticks = new Map();
  const read = () => {
    try {
      const node = readFileSync(`/proc/${timePid}/task/${timePid}/children`, 'utf8').trim().split(' ')[0];
      if (!node) return;
      for (const tid of readdirSync(`/proc/${node}/task`)) {
        // the fields after the command's closing parenthesis: utime and stime are the 12th and 13th
        const stat = readFileSync(`/proc/${node}/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks.set(tid, Number(fields[11]) + Number(fields[12]));
      }
    } catch {
      // the process or a thread ended between the listing and the read
    }
  };
  const timer = setInterval(read, 20);
  return {
    stop: () => {
      clearInterval(timer);
      return [...ticks.values()];
    },
  };
}

/**
 * The busiest thread's CPU seconds, the next busiest's (a history that hands work to a thread of
 * its own), node's other threads' (the next busiest included), and the rest of the run's (git's).
 */
function threadShares(ticks, cpu) {
  const [busiest = 0, second = 0] = [...ticks].sort((a, b) => b - a).map((t) => t * TICK);
  const node = ticks.reduce((a, b) => a + b, 0) * TICK;
  return { busiest, second, otherThreads: node - busiest, rest: Math.max(0, cpu - node) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = Number(values.runs);
const scans = [];
const histories = [];
for (let i = 0; i < runs; i++) {
  // interleaved, so a busy machine weighs on both alike
  scans.push(await timed([repo, '-q', '--format', 'json']));
  histories.push(await timed(['history', repo, '--points', values.points, '--format', 'json']));
}
const last = JSON.parse(readFileSync(outFile, 'utf8'));
const medians = (rs) => ({
  seconds: median(rs.map((r) => r.seconds)),
  rssMb: median(rs.map((r) => r.rssMb)),
  cpu: median(rs.map((r) => r.cpu)),
  ...(values.threads
    ? {
        busiest: median(rs.map((r) => r.busiest)),
        second: median(rs.map((r) => r.second)),
        otherThreads: median(rs.map((r) => r.otherThreads)),
        rest: median(rs.map((r) => r.rest)),
      }
    : {}),
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
if (values.threads) {
  const threads = (r) =>
    `busiest thread ${r.busiest.toFixed(2)} s, node's other threads ${r.otherThreads.toFixed(2)} s (the next busiest ${r.second.toFixed(2)} s), git and the rest ${r.rest.toFixed(2)} s (CPU, medians)`;
  console.log(`one scan's threads: ${threads(scan)}`);
  console.log(`history's threads:  ${threads(history)}`);
}

// How `backend-fit fleet` grows with the number of reports: node scripts/fleet-bench.mjs [counts...]
// Generates reports (5 services each) from a fixture's real report, runs the built CLI on each
// set, and prints the time per report; linear growth keeps that column flat. Not a test.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateReports } from './fleet-generate.mjs';

const root = path.resolve(import.meta.dirname, '..');
const counts = process.argv.slice(2).map(Number);
const sizes = counts.length ? counts : [250, 500, 1000, 2000];
const cli = path.join(root, 'dist/cli.js');
const template = JSON.parse(
  execFileSync(process.execPath, [cli, path.join(root, 'fixtures/node-voice-assistant'), '--format', 'json', '-q'], {
    encoding: 'utf8',
  }),
);
const work = mkdtempSync(path.join(os.tmpdir(), 'bf-fleet-bench-'));
console.log('reports  services  ms      ms/report  index.html');
try {
  for (const n of sizes) {
    const dir = path.join(work, `r${n}`);
    mkdirSync(dir);
    for (const report of generateReports(template, { repositories: n, servicesPerRepository: 5 }))
      writeFileSync(path.join(dir, `${report.repository.name.replace('/', '__')}.json`), JSON.stringify(report));
    const out = path.join(work, `out${n}`);
    const started = performance.now();
    execFileSync(process.execPath, [cli, 'fleet', dir, '--out', out, '-q']);
    const ms = performance.now() - started;
    const html = statSync(path.join(out, 'index.html')).size;
    console.log(
      `${String(n).padEnd(9)}${String(n * 5).padEnd(10)}${ms.toFixed(0).padEnd(8)}${(ms / n).toFixed(2).padEnd(11)}${(html / 1e6).toFixed(1)} MB`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

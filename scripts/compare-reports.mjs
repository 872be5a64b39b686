// Runs two builds of the CLI over the same folders and checks that their JSON reports are
// identical apart from `stats` (times, byte counts). Not part of `npm test`: it needs the folders.
//   npm run compare-reports -- --before /path/to/old/cli.js [--after dist/cli.js] FOLDER...
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { before: { type: 'string' }, after: { type: 'string', default: 'dist/cli.js' } },
});
if (!values.before || positionals.length === 0) {
  console.error('usage: compare-reports --before OLD/cli.js [--after dist/cli.js] FOLDER...');
  process.exit(2);
}
const scratch = mkdtempSync(path.join(os.tmpdir(), 'bf-compare-'));

/** The report without `stats`, as text; or the reason the run failed. */
function reportOf(cli, folder, name) {
  const out = path.join(scratch, `${name}.json`);
  const run = spawnSync('node', [path.resolve(cli), folder, '--format', 'json', '--output', out, '--quiet'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  let report;
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    return { failed: `exit ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}` };
  }
  delete report.stats;
  return { text: JSON.stringify(report, null, 2) };
}

let differing = 0;
for (const folder of positionals) {
  const before = reportOf(values.before, folder, 'before');
  const after = reportOf(values.after, folder, 'after');
  if (before.failed || after.failed) {
    differing += 1;
    console.log(`FAIL ${folder}: before ${before.failed ?? 'ok'}; after ${after.failed ?? 'ok'}`);
    continue;
  }
  if (before.text === after.text) {
    console.log(`same ${folder} (${before.text.length} bytes without stats)`);
    continue;
  }
  differing += 1;
  const a = before.text.split('\n');
  const b = after.text.split('\n');
  const at = a.findIndex((line, i) => line !== b[i]);
  console.log(`DIFF ${folder}: first difference at line ${at + 1}`);
  console.log(`  before: ${a.slice(at, at + 3).join('\n          ')}`);
  console.log(`  after:  ${b.slice(at, at + 3).join('\n          ')}`);
}
rmSync(scratch, { recursive: true, force: true });
console.log(`${positionals.length - differing} same, ${differing} different`);
process.exit(differing > 0 ? 1 : 0);

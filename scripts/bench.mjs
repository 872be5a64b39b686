// Benchmark (not part of `npm test`): backend-fit against the floor and @specfy/stack-analyser on
// generated monorepos, interleaved, medians of N runs, peak RSS, time per stage, cold start of
// the bundled action and bundle size. Writes docs/performance.md.
//   npm run bench                    sizes 10000,50000,200000, 3 runs
//   npm run bench -- --sizes 10000 --runs 5
//   npm run bench -- --sizes '' --repos ../repos/medusa,../repos/saleor --before ../old/cli.js --out /tmp/b.md
// --repos adds real folders (measured as they are); --before also times an earlier build.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './bench-generate.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,50000,200000' },
    runs: { type: 'string', default: '3' },
    repos: { type: 'string', default: '' },
    before: { type: 'string' },
    out: { type: 'string', default: 'docs/performance.md' },
  },
});
const sizes = values.sizes.split(',').filter(Boolean).map(Number);
const repos = values.repos
  .split(',')
  .filter(Boolean)
  .map((repo) => path.resolve(repo));
const runs = Number(values.runs);
const here = path.resolve(import.meta.dirname, '..');
const work = path.join(here, '.bench');
mkdirSync(work, { recursive: true });

if (!existsSync(path.join(here, 'dist/cli.js')))
  execFileSync('npm', ['run', '-s', 'build'], { cwd: here, stdio: 'inherit' });
const peerCli = path.join(work, 'peer/node_modules/@specfy/stack-analyser/dist/cli.js');
if (!existsSync(peerCli)) {
  console.error('installing @specfy/stack-analyser into .bench/peer (not a dependency of the project)');
  mkdirSync(path.join(work, 'peer'), { recursive: true });
  execFileSync(
    'npm',
    ['install', '--prefix', path.join(work, 'peer'), '--no-audit', '--no-fund', '@specfy/stack-analyser@1'],
    { stdio: 'inherit' },
  );
}
const peerVersion = JSON.parse(readFileSync(path.join(path.dirname(peerCli), '../package.json'), 'utf8')).version;

/** Runs a command under /usr/bin/time -v; returns wall seconds, peak RSS in MB and stdout. */
function measure(args, cwd) {
  const result = spawnSync('/usr/bin/time', ['-v', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: 20 * 60_000,
  });
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(result.stderr);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  // CPU time (user + system): on a shared machine it varies far less than the wall clock
  const cpuOf = (label) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr)?.[1] ?? NaN);
  const cpu = cpuOf('User') + cpuOf('System');
  return { seconds, cpu, rss, ok: result.status === 0, stdout: result.stdout, stderr: result.stderr };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');

const tools = {
  'backend-fit': (tree) => {
    const out = path.join(os.tmpdir(), 'bf-bench.json');
    return {
      args: ['node', path.join(here, 'dist/cli.js'), tree, '--format', 'json', '--output', out, '--quiet'],
      out,
    };
  },
  'async floor': (tree) => ({ args: ['node', path.join(here, 'scripts/bench-floor.mjs'), tree] }),
  'sync floor': (tree) => ({ args: ['node', path.join(here, 'scripts/bench-floor-sync.mjs'), tree] }),
  // it writes its -o path relative to the working folder, whatever the path looks like
  'stack-analyser': (tree) => ({ args: ['node', peerCli, tree, '-o', 'sa-bench.json'], cwd: os.tmpdir() }),
  ...(values.before
    ? {
        before: (tree) => ({
          args: [
            'node',
            path.resolve(values.before),
            tree,
            '--format',
            'json',
            '--output',
            path.join(os.tmpdir(), 'bf-before.json'),
            '--quiet',
          ],
        }),
      }
    : {}),
};

const rows = [];
const trees = [
  ...sizes.map((size) => ({ size, label: size.toLocaleString('en'), tree: path.join(work, `mono-v2-${size}`) })),
  ...repos.map((tree) => ({ label: path.basename(tree), tree })),
];
for (const { size, label, tree } of trees) {
  if (size) {
    const t0 = Date.now();
    generate(tree, size);
    console.error(`tree ${size}: ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const samples = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
  let stages = [];
  let stats;
  for (let run = 0; run < runs; run++) {
    // rotate the order each run so no tool always gets the warm cache
    const order = Object.keys(tools);
    for (let i = 0; i < run % order.length; i++) order.push(order.shift());
    for (const name of order) {
      const { args, out, cwd } = tools[name](tree);
      const m = measure(args, cwd);
      if (!m.ok) console.error(`${name} failed on ${label}: ${m.stderr.split('\n').slice(-5).join(' | ')}`);
      samples[name].push(m);
      if (name === 'backend-fit' && out && m.ok) {
        const report = JSON.parse(readFileSync(out, 'utf8'));
        stats = report.stats;
        stages.push(report.stats.stagesMs ?? {});
      }
      console.error(`  run ${run + 1} ${name}: ${fmt(m.seconds)} s (cpu ${fmt(m.cpu)} s), ${fmt(m.rss, 0)} MB`);
    }
  }
  const med = (name, key) => median(samples[name].map((s) => s[key]));
  const stageMedians = Object.fromEntries(
    Object.keys(stages[0] ?? {}).map((k) => [k, median(stages.map((s) => s[k]))]),
  );
  rows.push({
    size,
    label,
    files: stats?.files,
    bytesRead: stats?.bytesRead,
    bf: med('backend-fit', 'seconds'),
    before: values.before ? med('before', 'seconds') : undefined,
    floor: med('async floor', 'seconds'),
    syncFloor: med('sync floor', 'seconds'),
    peer: med('stack-analyser', 'seconds'),
    cpu: { bf: med('backend-fit', 'cpu'), syncFloor: med('sync floor', 'cpu'), peer: med('stack-analyser', 'cpu') },
    peerOk: samples['stack-analyser'].every((s) => s.ok),
    rss: Math.max(...samples['backend-fit'].map((s) => s.rss)),
    peerRss: Math.max(...samples['stack-analyser'].map((s) => s.rss)),
    stages: stageMedians,
  });
}

// Delta cost: a small PR (5 files changed, an ML manifest added) on a git repository, analysed
// alone and with --base: the base should cost what the change costs, not a second full run.
function deltaCost(size) {
  const tree = path.join(work, `delta-${size}`);
  if (!existsSync(path.join(tree, '.git'))) {
    generate(tree, size, 7);
    const git = (...args) =>
      execFileSync('git', args, {
        cwd: tree,
        stdio: 'ignore',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'b',
          GIT_AUTHOR_EMAIL: 'b@b',
          GIT_COMMITTER_NAME: 'b',
          GIT_COMMITTER_EMAIL: 'b@b',
        },
      });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    const sources = readdirSync(path.join(tree, 'services'), { recursive: true })
      .filter((f) => String(f).endsWith('.ts'))
      .slice(0, 5);
    for (const f of sources)
      writeFileSync(path.join(tree, 'services', String(f)), "import torch from 'onnxruntime-node';\n");
    writeFileSync(path.join(tree, 'requirements.txt'), 'torch==2.5.1\npandas==2.2.3\n');
    git('add', '-A');
    git('commit', '-qm', 'pr');
  }
  const run = (extra) =>
    median(
      Array.from(
        { length: runs },
        () =>
          measure([
            'node',
            path.join(here, 'dist/cli.js'),
            tree,
            '--format',
            'json',
            '--output',
            path.join(os.tmpdir(), 'bf-delta.json'),
            '--quiet',
            ...extra,
          ]).seconds,
      ),
    );
  return { size, head: run([]), withBase: run(['--base', 'HEAD~1']) };
}
const delta = sizes.length === 0 ? undefined : sizes.includes(50000) ? deltaCost(50000) : deltaCost(sizes[0]);

// Cold start: node start + loading the bundle + reading inputs, to the first line of work (an
// invalid input makes the action stop right there), minus a bare `node -e 0`.
function coldStart() {
  const env = {
    ...process.env,
    'INPUT_FAIL-ON': 'not-a-value',
    GITHUB_WORKSPACE: here,
    GITHUB_OUTPUT: '',
    GITHUB_STEP_SUMMARY: '',
  };
  const time = (args, e) => {
    const t = process.hrtime.bigint();
    spawnSync('node', args, { env: e, encoding: 'utf8' });
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const bare = median(Array.from({ length: 15 }, () => time(['-e', '0'], process.env)));
  const action = median(Array.from({ length: 15 }, () => time([path.join(here, 'dist/index.js')], env)));
  return { bare, action, load: action - bare };
}
const cold = coldStart();
const bundleBytes = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => String(f).endsWith('.js'))
    .reduce((sum, f) => sum + statSync(path.join(dir, String(f))).size, 0);
const bundle = bundleBytes(path.join(here, 'dist'));

const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? fmt(a / b) : 'n/a');
const lines = [
  '# Performance',
  '',
  `Measured by \`npm run bench${process.argv.slice(2).length ? ' -- ' + process.argv.slice(2).join(' ') : ''}\` on ${os.cpus().length} cores (${os.cpus()[0]?.model?.trim()}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Medians of ${runs} interleaved runs (the order rotates each run). Generated trees come from \`scripts/bench-generate.mjs\` (seeded): pnpm workspaces with Node services and frontends, Python services, notebooks, vendored \`node_modules\`, binary and large files, a \`.gitignore\` in every package, a large \`pnpm-lock.yaml\`, a berry \`yarn.lock\` and a 2 GB sparse file. Named rows are real repositories, measured as checked out.`,
  '',
  '- **backend-fit**: `node dist/cli.js TREE --format json` (manifests, imports and language bytes).',
  ...(values.before
    ? [
        `- **before**: an earlier build, \`${path.basename(path.dirname(path.resolve(values.before)))}/cli.js\`, the same way.`,
      ]
    : []),
  '- **async floor**: `scripts/bench-floor.mjs`: lists (opendir), stats and reads the first 16 KiB of each source or manifest file through `fs/promises`, 32 at a time; parses nothing.',
  '- **sync floor**: `scripts/bench-floor-sync.mjs`: the same work as cheaply as Node allows: `readdirSync` with types, one `lstatSync` per file, every head read into one reused buffer.',
  `- **stack-analyser**: \`@specfy/stack-analyser\` ${peerVersion}, installed into \`.bench/peer\` by the script (reads manifests only).`,
  '',
  `| tree | files kept | MB read | backend-fit (s) |${values.before ? ' before (s) |' : ''} async floor (s) | sync floor (s) | to sync floor (target <= 3) | stack-analyser (s) | to stack-analyser (target <= 0.5) | peak RSS (MB, target <= 250) | peer peak RSS (MB) |`,
  `| --- | ---: | ---: | ---: |${values.before ? ' ---: |' : ''} ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  ...rows.map(
    (r) =>
      `| ${r.label} | ${r.files?.toLocaleString('en')} | ${fmt(r.bytesRead / 1e6, 1)} | ${fmt(r.bf)} |${values.before ? ` ${fmt(r.before)} |` : ''} ${fmt(r.floor)} | ${fmt(r.syncFloor)} | ${ratio(r.bf, r.syncFloor)} | ${r.peerOk ? fmt(r.peer) : 'failed'} | ${r.peerOk ? ratio(r.bf, r.peer) : 'n/a'} | ${fmt(r.rss, 0)} | ${fmt(r.peerRss, 0)} |`,
  ),
  '',
];
lines.push(
  '### CPU time (user + system, s, median)',
  '',
  '| tree | backend-fit | sync floor | to sync floor | stack-analyser | to stack-analyser |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.label} | ${fmt(r.cpu.bf)} | ${fmt(r.cpu.syncFloor)} | ${ratio(r.cpu.bf, r.cpu.syncFloor)} | ${fmt(r.cpu.peer)} | ${ratio(r.cpu.bf, r.cpu.peer)} |`,
  ),
  '',
);
const r50 = rows.find((r) => r.size === 50000);
const r200 = rows.find((r) => r.size === 200000);
if (r50 && r200)
  lines.push(`Growth: 200,000 files take ${fmt(r200.bf / r50.bf)}x the time of 50,000 (target <= 4.5).`, '');
lines.push(
  '## Time per stage (ms, median)',
  '',
  `| tree | ${Object.keys(rows[0]?.stages ?? {}).join(' | ')} |`,
  `| --- | ${Object.keys(rows[0]?.stages ?? {})
    .map(() => '---:')
    .join(' | ')} |`,
  ...rows.map((r) => `| ${r.label} | ${Object.values(r.stages).join(' | ')} |`),
  '',
);
if (delta)
  lines.push(
    '## Pull-request delta',
    '',
    `A ${delta.size.toLocaleString('en')}-file repository under git, with a PR that changes 5 source files and adds a manifest: ${fmt(delta.head)} s without \`--base\`, ${fmt(delta.withBase)} s with \`--base HEAD~1\` (${fmt(delta.withBase / delta.head)}x; the base reuses every file the diff does not name).`,
    '',
  );
lines.push(
  '## Action start-up and bundle',
  '',
  `- Cold start of \`dist/index.js\` (node start, bundle load, inputs read): ${fmt(cold.action, 0)} ms, of which bare \`node -e 0\` is ${fmt(cold.bare, 0)} ms: **${fmt(cold.load, 0)} ms** for the bundle (target < 300 ms).`,
  `- Bundle (all of \`dist/**/*.js\`): **${fmt(bundle / 1e6, 2)} MB** (target < 2 MB).`,
  '',
);
// the analysis of misses is written by people; the benchmark keeps it with the figures
const notes = path.join(here, 'docs/performance-notes.md');
if (existsSync(notes)) lines.push(readFileSync(notes, 'utf8'));
const outFile = path.resolve(here, values.out);
mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(outFile, lines.join('\n'));
console.log(lines.join('\n'));

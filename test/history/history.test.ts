import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { history, PLACE_ALL_PROBES } from '../../src/history/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';
import { eventLine } from '../../src/report/history.js';
import { historyRepo, SHOP_HISTORY, type FixtureCommit } from './history-repo.js';

const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
const since = new Date('2025-12-01T00:00:00Z');
const now = new Date('2026-06-01T00:00:00Z');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
function repoOf(commits: FixtureCommit[]) {
  const repo = historyRepo(commits);
  cleanups.push(repo.cleanup);
  return repo;
}
function tempDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bf-history-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const expressApp = (name: string) => ({
  [`${name}/package.json`]: json({ name, scripts: { start: 'node server.js' }, dependencies: { express: '^4.21.1' } }),
  [`${name}/server.js`]: "import express from 'express';\nconst app = express();\napp.listen(3000);\n",
});
const tfjs = (name: string) => ({
  [`${name}/package.json`]: json({
    name,
    scripts: { start: 'node server.js' },
    dependencies: { express: '^4.21.1', '@tensorflow/tfjs-node': '^4.22.0', 'danfojs-node': '^1.1.2' },
  }),
  [`${name}/train.js`]:
    "import * as tf from '@tensorflow/tfjs-node';\nimport * as dfd from 'danfojs-node';\nexport const model = tf.sequential();\nexport const frame = new dfd.DataFrame([]);\n",
  [`${name}/server.js`]:
    "import express from 'express';\nimport { model } from './train.js';\nconst app = express();\napp.listen(3000);\n",
});

/** The shop's history at 4 points, with every change placed on its commit (`--place-all`). */
const placingAll = (root: string) =>
  history({ root, settings, since, now, sampling: { points: 4 }, maxProbes: PLACE_ALL_PROBES });

describe('history of the shop: ML tips the API, the socket.io service goes', () => {
  it('finds commit 11 as where the API tipped and commit 16 as where live/ went, with their files', async () => {
    const repo = repoOf(SHOP_HISTORY);
    const h = await placingAll(repo.dir);
    // neither commit is a point: both are found by bisecting between two
    expect(h.points.map((p) => p.commit.sha)).not.toContain(repo.shas[10]);
    expect(h.points.map((p) => p.commit.sha)).not.toContain(repo.shas[15]);
    expect(h.points.at(-1)!.commit.sha).toBe(repo.shas[19]);

    const tip = h.tipping.find((t) => t.service === 'api')!;
    expect(tip.commit).toBe(repo.shas[10]);
    const tipped = h.events[tip.event!]!;
    expect(tipped).toMatchObject({ kind: 'verdict', before: { verdict: 'fits' }, after: { verdict: 'review' } });
    expect(tipped.commit.subject).toBe('Train product recommendations in the API with TensorFlow.js');
    expect(tipped.commit.author).toBe('Ana Lytics');
    expect(tipped.commit.date).toBe('2026-03-16T10:00:00Z'.replace('Z', '+00:00'));
    expect(tipped.files).toEqual(
      expect.arrayContaining(['api/src/ml/train.js', 'api/src/ml/predict.js', 'api/package.json']),
    );
    expect(tipped.changes.map((c) => c.id)).toEqual(expect.arrayContaining(['signal.ml', 'verdict', 'score.python']));
    expect(tipped.notBefore).toBeUndefined();

    const gone = h.events.find((e) => e.service === 'live' && e.kind === 'disappeared')!;
    expect(gone.commit.sha).toBe(repo.shas[15]);
    expect(gone.commit.subject).toBe('Drop live order updates (dashboards poll now)');
    expect(gone.files).toEqual(['live/package.json', 'live/src/presence.js', 'live/src/server.js']);
    expect(gone.before).toMatchObject({ verdict: 'fits', fitScore: 79 });
    expect(h.events.find((e) => e.service === 'live' && e.kind === 'appeared')!.commit.sha).toBe(repo.shas[3]);
  });

  it('by default bisects only for the service drifting now: live/ is shown going away between two points', async () => {
    const repo = repoOf(SHOP_HISTORY);
    const h = await history({ root: repo.dir, settings, since, now, sampling: { points: 4 } });
    expect(h.tipping.find((t) => t.service === 'api')!.commit).toBe(repo.shas[10]);
    expect(h.events[h.tipping[0]!.event!]!.notBefore).toBeUndefined();
    const pointShas = h.points.map((p) => p.commit.sha);
    const gone = h.events.find((e) => e.service === 'live' && e.kind === 'disappeared')!;
    // the two points it lies between, the older one excluded
    const newer = pointShas.indexOf(gone.commit.sha);
    expect(newer).toBeGreaterThan(0);
    expect(gone.notBefore).toBe(pointShas[newer - 1]);
    expect(repo.shas.indexOf(gone.notBefore!)).toBeLessThan(15);
    expect(repo.shas.indexOf(gone.commit.sha)).toBeGreaterThanOrEqual(15);
    expect(gone.files).toEqual(expect.arrayContaining(['live/package.json', 'live/src/server.js']));
    // only the points and the API's bisect were evaluated: fewer than with every change placed
    const all = await placingAll(repo.dir);
    expect(h.stats.evaluated).toBeLessThan(all.stats.evaluated);
    expect(h.points).toEqual(all.points);
  });

  // the shop up to commit 10 has no service drifting at its HEAD: nothing is bisected, and each
  // point's newer scan is let go before the point is evaluated
  it.each([
    ['the shop', SHOP_HISTORY, 1],
    ['the shop before the ML (nothing drifting)', SHOP_HISTORY.slice(0, 10), 0],
  ])(
    '%s: every point is what a scan of that commit says: the incremental reading loses nothing',
    async (_, commits, drifting) => {
      const repo = repoOf(commits);
      const h = await history({ root: repo.dir, settings, since, now, sampling: { points: 6 } });
      expect(h.points.length).toBe(6);
      expect(h.tipping.length).toBe(drifting);
      for (const point of h.points) {
        const dir = tempDir();
        execFileSync('sh', ['-c', `git archive ${point.commit.sha} | tar -x -C ${dir}`], { cwd: repo.dir });
        const report = await analyze({ root: dir, settings, now });
        const fresh = Object.fromEntries(
          report.services.map((s) => [
            s.path,
            { current: s.current, verdict: s.verdict, fitScore: s.fitScore, scores: s.scores },
          ]),
        );
        expect(point.services).toEqual(fresh);
      }
    },
  );

  it('--every samples by span back from HEAD, and the bisect still lands on the commits', async () => {
    const repo = repoOf(SHOP_HISTORY);
    const h = await history({ root: repo.dir, settings, since, now, sampling: { every: 35 * 24 * 3600 * 1000 } });
    expect(h.points.length).toBe(5);
    expect(h.tipping[0]!.commit).toBe(repo.shas[10]);
  });
});

describe('history through renames, merges and clones', () => {
  it('a service whose folder moved is one service renamed, and its tipping is found before the move', async () => {
    const repo = repoOf([
      { subject: 'api', files: expressApp('api') },
      { subject: 'readme', files: { 'README.md': 'x\n' } },
      { subject: 'ML in the API', files: tfjs('api') },
      { subject: 'readme 2', files: { 'README.md': 'y\n' } },
      { subject: 'readme 3', files: { 'README.md': 'z\n' } },
    ]);
    repo.git('mv', 'api', 'shop-api');
    repo.commit({ subject: 'Move the API to shop-api/', files: {} });
    repo.commit({ subject: 'changelog', files: { 'CHANGELOG.md': '-\n' } });
    const h = await history({ root: repo.dir, settings, since, now, sampling: { points: 2 } });
    const renamed = h.events.find((e) => e.kind === 'renamed')!;
    expect(renamed).toMatchObject({
      service: 'shop-api',
      from: 'api',
      commit: { subject: 'Move the API to shop-api/' },
    });
    expect(h.events.some((e) => e.kind === 'appeared' || e.kind === 'disappeared')).toBe(false);
    const tip = h.tipping.find((t) => t.service === 'shop-api')!;
    expect(h.events[tip.event!]).toMatchObject({ service: 'api', kind: 'verdict', commit: { sha: repo.shas[2] } });
  });

  it('a folder rewritten in the other language is one service whose backend moved, at the commit that did it', async () => {
    const flask = {
      'api/requirements.txt': 'flask==3.0.3\ngunicorn==23.0.0\n',
      'api/app.py': 'from flask import Flask\n\napp = Flask(__name__)\n',
      'api/Procfile': 'web: gunicorn app:app\n',
    };
    const repo = repoOf([
      { subject: 'api in Flask', files: flask },
      { subject: 'readme', files: { 'README.md': 'x\n' } },
      { subject: 'readme 2', files: { 'README.md': 'y\n' } },
      {
        subject: 'Rewrite the API in Express',
        files: { 'api/requirements.txt': null, 'api/app.py': null, 'api/Procfile': null, ...expressApp('api') },
      },
      { subject: 'changelog', files: { 'CHANGELOG.md': '-\n' } },
    ]);
    // not drifting now: placed on its commit when asked (--place-all), between the points by default
    const unplaced = await history({ root: repo.dir, settings, since, now, sampling: { points: 2 } });
    expect(unplaced.events).toMatchObject([
      { service: 'api', kind: 'backend', notBefore: repo.shas[0], commit: { sha: repo.shas[4] } },
    ]);
    const h = await history({
      root: repo.dir,
      settings,
      since,
      now,
      sampling: { points: 2 },
      maxProbes: PLACE_ALL_PROBES,
    });
    expect(h.points.map((p) => p.services['api']?.current)).toEqual(['python', 'node']);
    const moved = h.events.filter((e) => e.service === 'api');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({
      kind: 'backend',
      commit: { sha: repo.shas[3], subject: 'Rewrite the API in Express' },
      before: { current: 'python' },
      after: { current: 'node' },
    });
    expect(moved[0]!.files).toContain('api/server.js');
    expect(eventLine(moved[0]!)).toMatch(/^`api` \*\*moved from Python to Node\.js\*\* (at|between) /);
  });

  it('in a merge-heavy history the tipping commit is the merge on the first-parent line, with the merged files', async () => {
    const repo = repoOf([{ subject: 'api', files: expressApp('api') }]);
    const branch = (name: string, commits: FixtureCommit[]) => {
      repo.git('checkout', '-q', '-b', name);
      for (const c of commits) repo.commit(c);
      repo.git('checkout', '-q', 'main');
      repo.commit({ subject: `main work beside ${name}`, files: { [`notes/${name}.md`]: name } });
      repo.git('merge', '-q', '--no-ff', '-m', `Merge ${name}`, name);
    };
    branch('docs', [{ subject: 'docs', files: { 'docs/a.md': 'a' } }]);
    branch('ml', [
      { subject: 'model', files: tfjs('api') },
      { subject: 'more model', files: { 'api/predict.js': "import * as tf from '@tensorflow/tfjs-node';\n" } },
    ]);
    branch('ci', [{ subject: 'ci', files: { '.github/workflows/ci.yml': 'on: push\n' } }]);
    branch('docs2', [{ subject: 'docs2', files: { 'docs/b.md': 'b' } }]);
    const h = await history({ root: repo.dir, settings, since, now, sampling: { points: 2 } });
    const tip = h.events[h.tipping[0]!.event!]!;
    expect(tip.commit.subject).toBe('Merge ml');
    expect(tip.files).toEqual(expect.arrayContaining(['api/train.js', 'api/predict.js', 'api/package.json']));
    // the branch's own commits are not on the first-parent line
    expect(h.stats.commits).toBe(9);
  });

  it('a shallow clone says how far it sees and what to fetch', async () => {
    const repo = repoOf(SHOP_HISTORY);
    const dir = path.join(tempDir(), 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '3', `file://${repo.dir}`, dir]);
    const h = await history({ root: dir, settings, since, now });
    expect(h.shallow).toEqual({ commits: 3, oldest: '2026-05-04T10:00:00+00:00' });
    expect(h.notes.join('\n')).toMatch(
      /shallow clone: the history sees 3 commits back to 2026-05-04; .*fetch-depth: 0/,
    );
    expect(h.points.length).toBe(3);
    // api drifted before what the clone can see
    expect(h.tipping).toEqual([{ service: 'api', since: '2026-05-04T10:00:00+00:00' }]);
  });

  it('an empty repository has no points and says so', async () => {
    const dir = tempDir();
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const h = await history({ root: dir, settings, now });
    expect(h.points).toEqual([]);
    expect(h.notes).toEqual(['no commits yet: nothing to follow over time']);
  });

  it('a repository with no Node.js or Python at any point says so', async () => {
    const repo = repoOf([
      { subject: 'go', files: { 'go.mod': 'module x\n', 'main.go': 'package main\nfunc main() {}\n' } },
      { subject: 'more go', files: { 'server.go': 'package main\n' } },
      { subject: 'readme', files: { 'README.md': '# x\n' } },
    ]);
    const h = await history({ root: repo.dir, settings, since, now });
    expect(h.points).toHaveLength(3);
    expect(h.notes).toEqual(['no Node.js or Python service at any of the 3 points from 2026-01-05 to 2026-01-19']);
    expect(h.events).toEqual([]);
  });

  it('a folder that is not in a git repository is an error the CLI turns into one line', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'x'));
    await expect(history({ root: path.join(dir, 'x'), settings, now })).rejects.toThrow(/git rev-parse failed/);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { history } from '../../src/history/index.js';
import type { Report } from '../../src/model/report.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';
import { historyRepo, type FixtureCommit } from './history-repo.js';

const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
const since = new Date('2025-12-01T00:00:00Z');
const now = new Date('2026-09-01T00:00:00Z');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const node = (name: string, deps: Record<string, string>, start = 'node src/server.js') =>
  json({ name, version: '1.0.0', private: true, scripts: { start }, dependencies: deps });
const express = (extra = '') =>
  `import express from 'express';\n${extra}const app = express();\napp.get('/orders', (_req, res) => res.json([]));\napp.listen(3000);\n`;
const fastify =
  "import Fastify from 'fastify';\nconst app = Fastify();\napp.get('/orders', async () => []);\napp.listen({ port: 3000 });\n";

/**
 * A workspace monorepo over 13 commits: services appear, change framework, are renamed and go;
 * a module moves from a service into a workspace package; a package is added and removed; a
 * Python service comes and goes; a service spawns a Python script outside every Python project.
 */
const MONOREPO: FixtureCommit[] = [
  {
    subject: 'workspace with the orders API and its db package',
    files: {
      'package.json': json({ name: 'shop', private: true, workspaces: ['packages/*', 'services/*'] }),
      'services/api/package.json': node('api', { express: '^4.21.1', db: 'workspace:*' }),
      'services/api/src/server.js': express("import { pool } from 'db';\n"),
      'services/api/src/util.js': "import { pool } from 'db';\nexport const count = () => pool.query('select 1');\n",
      'services/api/test/server.test.js': "import request from 'supertest';\nimport { describe } from 'vitest';\n",
      'packages/db/package.json': node('db', { pg: '^8.13.1' }, 'node index.js'),
      'packages/db/index.js': "import pg from 'pg';\nexport const pool = new pg.Pool();\n",
    },
  },
  {
    subject: 'admin service',
    files: {
      'services/admin/package.json': node('admin', { express: '^4.21.1' }),
      'services/admin/src/server.js': express(),
    },
  },
  {
    subject: 'Python scoring service',
    files: {
      'ml/requirements.txt': 'fastapi==0.115.0\nuvicorn==0.32.0\nscikit-learn==1.5.2\n',
      'ml/main.py':
        'from fastapi import FastAPI\nfrom sklearn.linear_model import LogisticRegression\n\napp = FastAPI()\n\n@app.get("/score")\ndef score():\n    return {"ok": True}\n',
    },
  },
  {
    subject: 'the API moves to fastify',
    files: {
      'services/api/package.json': node('api', { fastify: '^5.1.0', db: 'workspace:*' }),
      'services/api/src/server.js': fastify,
    },
  },
  { subject: 'docs', files: { 'README.md': '# shop\n' } },
  {
    subject: 'util moves into the db package',
    files: {
      'services/api/src/util.js': null,
      'packages/db/util.js': "import { pool } from './index.js';\nexport const count = () => pool.query('select 1');\n",
    },
  },
  {
    subject: 'cache package, used by the API',
    files: {
      'packages/cache/package.json': node('cache', { ioredis: '^5.4.1' }, 'node index.js'),
      'packages/cache/index.js': "import Redis from 'ioredis';\nexport const redis = new Redis();\n",
      'services/api/package.json': node('api', { fastify: '^5.1.0', db: 'workspace:*', cache: 'workspace:*' }),
    },
  },
  {
    subject: 'the API spawns a Python report script',
    files: {
      'services/api/src/report.js':
        "import { spawn } from 'node:child_process';\nexport const report = () => spawn('python3', ['analytics/report.py']);\n",
      'analytics/report.py': 'import pandas as pd\n\nprint(pd.DataFrame([]).to_csv())\n',
    },
  },
  {
    subject: 'cache package goes',
    files: {
      'packages/cache': null,
      'services/api/package.json': node('api', { fastify: '^5.1.0', db: 'workspace:*' }),
    },
  },
  { subject: 'the Python service goes', files: { ml: null } },
  {
    subject: 'a worker service',
    files: {
      'services/jobs/package.json': node('jobs', { bullmq: '^5.25.0' }, 'node src/worker.js'),
      'services/jobs/src/worker.js':
        "import { Worker } from 'bullmq';\nnew Worker('emails', async (job) => job.data, { connection: {} });\n",
    },
  },
  { subject: 'changelog', files: { 'CHANGELOG.md': '- jobs\n' } },
];

/**
 * A report less what says how the run went rather than what the tree holds: how long it took, the
 * bytes it read (a past commit's scan reads only the blobs its range changed) and the folder's name.
 */
function untimed(report: Report): Report {
  const copy = structuredClone(report);
  copy.root = '';
  delete (copy.stats as { durationMs?: number }).durationMs;
  delete (copy.stats as { stagesMs?: unknown }).stagesMs;
  delete (copy.stats as { bytesRead?: number }).bytesRead;
  return copy;
}

describe('history evaluates each commit as a scan of it would', () => {
  it('every evaluated commit of a changing monorepo gives the whole report a scan of its checkout gives', async () => {
    const repo = historyRepo(MONOREPO);
    cleanups.push(repo.cleanup);
    // the admin folder renamed after the cache package: a service renamed between two points
    repo.git('mv', 'services/admin', 'services/backoffice');
    repo.commit({ subject: 'admin becomes backoffice', files: {} });
    const reports = new Map<string, Report>();
    const h = await history({
      root: repo.dir,
      settings,
      since,
      now,
      sampling: { points: repo.shas.length },
      onEvaluated: (sha, report) => reports.set(sha, report),
    });
    expect(h.points.length).toBe(repo.shas.length);
    expect(reports.size).toBe(repo.shas.length);
    const seen = new Set<string>();
    for (const [sha, report] of reports) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'bf-history-eval-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C ${dir}`], { cwd: repo.dir });
      const fresh = await analyze({ root: dir, settings, now });
      expect(untimed(report), `commit ${repo.shas.indexOf(sha) + 1}`).toEqual(untimed(fresh));
      for (const s of report.services) seen.add(`${s.path} ${s.current} ${s.frameworks.join(',')}`);
    }
    // the history went through what it is meant to: each of these held at some commit
    expect([...seen]).toEqual(
      expect.arrayContaining([
        'services/api node Express',
        'services/api node Fastify',
        'services/admin node Express',
        'services/backoffice node Express',
        'services/jobs node BullMQ',
        'ml python FastAPI',
      ]),
    );
    // ... and the API reached code outside its folder both ways: a workspace package, a script it spawns
    const all = JSON.stringify([...reports.values()]);
    expect(all).toContain('workspace package cache, used by services/api');
    expect(all).toContain('run by services/api/src/report.js');
  }, 60_000);
});

import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { runCli } from '../../src/cli/run.js';
import { captureIo } from '../support/cli-io.js';
import { resolveSettings } from '../../src/config/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';
import { gitRepo } from './git-repo.js';

const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
let repo: ReturnType<typeof gitRepo>;
afterEach(() => repo?.cleanup());

const API = {
  'package.json': JSON.stringify(
    { name: 'api', scripts: { start: 'node dist/server.js' }, dependencies: { express: '^4.21.1', pg: '^8.13.0' } },
    null,
    2,
  ),
  'src/server.ts': "import express from 'express';\nimport { pool } from './db.js';\n",
  'src/db.ts': "import pg from 'pg';\nexport const pool = new pg.Pool();\n",
  'src/routes.ts': "import { Router } from 'express';\n",
};
// the API runs the pipeline: a route spawns it (a pipeline it never runs would be a component, not its evidence)
const ML = {
  'src/recommend.ts':
    "import { spawn } from 'node:child_process';\nexport const recommend = (id: string) => spawn('python3', ['ml/train.py', id]);\n",
  'ml/requirements.txt': 'torch==2.5.1\nscikit-learn==1.5.2\npandas==2.2.3\n',
  'ml/train.py': 'import torch\nimport pandas as pd\nfrom sklearn.linear_model import Ridge\n',
  'ml/features.py': 'import pandas as pd\nimport numpy as np\n',
  'ml/embed.py': 'import torch\n',
};

describe('delta against a base commit', () => {
  it('a PR that adds an ML pipeline to a Node API: the fit for Node drops, with the files that did it', async () => {
    repo = gitRepo();
    repo.write(API);
    const base = repo.commit('api');
    repo.write(ML);
    repo.commit('ml');
    const report = await analyze({ root: repo.dir, settings, baseRef: base });
    expect(report.delta).toBeDefined();
    const delta = report.delta!;
    expect(delta.base.verdict).toBe('fits');
    expect(report.verdict).not.toBe('fits');
    expect(delta.base.scores.node).toBeGreaterThan(report.scores.node);
    const ml = delta.changes.find((c) => c.id === 'signal.ml')!;
    expect(ml).toMatchObject({ from: null, to: expect.any(Number) });
    expect(ml.files).toEqual(expect.arrayContaining(['ml/requirements.txt', 'ml/train.py']));
    expect(delta.changes.find((c) => c.id === 'verdict')).toMatchObject({ from: 'fits', to: report.verdict });
  });

  it('a PR that changes nothing relevant has no changes', async () => {
    repo = gitRepo();
    repo.write({ ...API, 'README.md': '# api\n' });
    const base = repo.commit('api');
    repo.write({ 'README.md': '# api\n\nNow with docs.\n' });
    repo.commit('docs');
    const report = await analyze({ root: repo.dir, settings, baseRef: base });
    expect(report.delta).toMatchObject({ baseRef: base, changes: [] });
  });

  it('a deleted manifest removes the service it made', async () => {
    repo = gitRepo();
    repo.write({
      ...API,
      'worker/requirements.txt': 'flask==3.0.3\ngunicorn==23.0.0\n',
      'worker/app.py': 'from flask import Flask\n',
    });
    const base = repo.commit('two services');
    repo.remove('worker/requirements.txt');
    repo.remove('worker/app.py');
    repo.commit('drop worker');
    const report = await analyze({ root: repo.dir, settings, baseRef: base });
    expect(report.delta!.changes.find((c) => c.id === 'service.worker')).toMatchObject({
      to: null,
      files: expect.arrayContaining(['worker/requirements.txt']),
    });
  });

  it('a missing base is a warning and no delta', async () => {
    repo = gitRepo();
    repo.write(API);
    repo.commit('api');
    const report = await analyze({ root: repo.dir, settings, baseRef: 'no-such-ref' });
    expect(report.delta).toBeUndefined();
    expect(report.warnings.map((w) => w.message)).toContain(
      'base no-such-ref is not in this checkout and could not be fetched; no delta (check the ref, or check out with `fetch-depth: 0`)',
    );
  });

  it('the CLI gives the same delta with --base', async () => {
    repo = gitRepo();
    repo.write(API);
    const base = repo.commit('api');
    repo.write(ML);
    repo.commit('ml');
    const { io, out } = captureIo();
    expect(await runCli([repo.dir, '--base', base, '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(out.stdout).delta.baseRef).toBe(base);
  });
});

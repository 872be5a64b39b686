import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One commit of a generated history: files written (null removes), subject, author. */
export interface FixtureCommit {
  subject: string;
  files: Record<string, string | null>;
  author?: string;
}

/**
 * A real git repository in a temporary folder, built commit by commit with fixed author and
 * committer dates (one a week from `start`), so a history over it is the same on every run.
 */
export function historyRepo(commits: FixtureCommit[], start = '2026-01-05T10:00:00Z') {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bf-history-'));
  const env = (date?: string) => ({
    ...process.env,
    GIT_AUTHOR_NAME: 'Dev',
    GIT_AUTHOR_EMAIL: 'dev@example.com',
    GIT_COMMITTER_NAME: 'Dev',
    GIT_COMMITTER_EMAIL: 'dev@example.com',
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  });
  let clock = Date.parse(start);
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: env(date) }).trim();
  git(['init', '-q', '-b', 'main']);
  const shas: string[] = [];
  const write = (files: Record<string, string | null>) => {
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(dir, name);
      if (text === null) rmSync(file, { force: true, recursive: true });
      else {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
    }
  };
  const commit = (c: FixtureCommit) => {
    write(c.files);
    const date = new Date(clock).toISOString();
    clock += 7 * 24 * 3600 * 1000;
    git(['add', '-A']);
    git(['commit', '-q', '--allow-empty', '-m', c.subject, ...(c.author ? ['--author', c.author] : [])], date);
    shas.push(git(['rev-parse', 'HEAD']));
    return shas.at(-1)!;
  };
  for (const c of commits) commit(c);
  return {
    dir,
    shas,
    /** Runs git in the repository with the next commit's date. */
    git: (...args: string[]) => {
      const out = git(args, new Date(clock).toISOString());
      clock += 7 * 24 * 3600 * 1000;
      return out;
    },
    commit,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

const pkg = (name: string, deps: Record<string, string>) =>
  json({
    name,
    version: '1.0.0',
    private: true,
    type: 'module',
    scripts: { start: 'node src/server.js' },
    dependencies: deps,
  });

const API_DEPS = { express: '^4.21.1', pg: '^8.13.1' };
const ML_DEPS = { '@tensorflow/tfjs-node': '^4.22.0', 'danfojs-node': '^1.1.2' };

const API_SERVER = (ml: boolean) =>
  [
    "import express from 'express';",
    "import { orders } from './routes/orders.js';",
    "import { users } from './routes/users.js';",
    ...(ml ? ["import { recommendations } from './routes/recommendations.js';"] : []),
    '',
    'const app = express();',
    'app.use(express.json());',
    "app.use('/orders', orders);",
    "app.use('/users', users);",
    ...(ml ? ["app.use('/recommendations', recommendations);"] : []),
    "app.get('/healthz', (_req, res) => res.json({ ok: true }));",
    'app.listen(Number(process.env.PORT ?? 3000));',
    '',
  ].join('\n');

const LIVE_SERVER = `import express from 'express';
import { createServer } from 'node:http';
import { Server } from 'socket.io';

// Pushes order status changes to the dashboards that watch them.
const app = express();
const http = createServer(app);
const io = new Server(http, { cors: { origin: process.env.ORIGIN } });
io.on('connection', (socket) => {
  socket.on('watch', (orderId) => socket.join(\`order:\${orderId}\`));
});
http.listen(Number(process.env.PORT ?? 3001));
`;

const PRESENCE = `import { Server } from 'socket.io';

export function presence(io) {
  io.on('connection', (socket) => socket.broadcast.emit('online', socket.id));
}
`;

const TRAIN = `import * as tf from '@tensorflow/tfjs-node';
import * as dfd from 'danfojs-node';
import { pool } from '../db.js';

// Retrains the recommender inside the API process from the last 90 days of orders.
export async function train() {
  const { rows } = await pool.query('select features, label from training_rows');
  const frame = new dfd.DataFrame(rows.map((r) => r.features));
  const xs = tf.tensor2d(frame.fillNa(0).values);
  const ys = tf.tensor1d(rows.map((r) => r.label));
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 32, activation: 'relu', inputShape: [xs.shape[1]] }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  model.compile({ optimizer: 'adam', loss: 'binaryCrossentropy' });
  await model.fit(xs, ys, { epochs: 20 });
  return model;
}
`;

const PREDICT = `import * as tf from '@tensorflow/tfjs-node';
import { train } from './train.js';

const model = await train();

export function score(features) {
  return model.predict(tf.tensor2d([features])).dataSync()[0];
}
`;

const RECOMMENDATIONS = `import { Router } from 'express';
import { score } from '../ml/predict.js';

export const recommendations = Router();
recommendations.post('/', (req, res) => res.json({ score: score(req.body.features) }));
`;

const ROUTE = (name: string, extra = '') => `import { Router } from 'express';
import { pool } from '../db.js';

export const ${name} = Router();
${name}.get('/', async (_req, res) => res.json((await pool.query('select * from ${name}')).rows));
${extra}`;

const CI = (extra = '') =>
  `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n${extra}    steps:\n      - uses: actions/checkout@v4\n`;

/**
 * The 20 commits of the history test: an Express API (api/) beside a socket.io live-update
 * service (live/, commit 4). Commit 11 trains a TensorFlow.js model inside the API: with the
 * current scoring that tips the API from fits to review. Commit 16 removes the socket.io
 * feature: live/ disappears. The other commits are ordinary changes that move nothing.
 */
export const SHOP_HISTORY: FixtureCommit[] = [
  {
    subject: 'Express API skeleton',
    files: {
      'api/package.json': pkg('shop-api', API_DEPS),
      'api/src/server.js': API_SERVER(false),
      'api/src/routes/orders.js': ROUTE('orders'),
      'api/src/routes/users.js': ROUTE('users'),
    },
  },
  {
    subject: 'Postgres pool',
    files: { 'api/src/db.js': "import pg from 'pg';\nexport const pool = new pg.Pool();\n" },
  },
  { subject: 'README', files: { 'README.md': '# shop\n\nOrders and users.\n' } },
  {
    subject: 'Live order updates over socket.io',
    files: {
      'live/package.json': pkg('shop-live', { express: '^4.21.1', 'socket.io': '^4.8.1' }),
      'live/src/server.js': LIVE_SERVER,
    },
  },
  { subject: 'Presence for dashboards', files: { 'live/src/presence.js': PRESENCE } },
  {
    subject: 'Order filters',
    files: { 'api/src/routes/orders.js': ROUTE('orders', "orders.get('/open', (_req, res) => res.json([]));\n") },
  },
  { subject: 'Docs: running locally', files: { 'README.md': '# shop\n\nOrders and users.\n\n    npm start\n' } },
  {
    subject: 'User search',
    files: { 'api/src/routes/users.js': ROUTE('users', "users.get('/search', (_req, res) => res.json([]));\n") },
  },
  { subject: 'CI workflow', files: { '.github/workflows/ci.yml': CI() } },
  { subject: 'Editor config', files: { '.editorconfig': 'root = true\n' } },
  {
    subject: 'Train product recommendations in the API with TensorFlow.js',
    author: 'Ana Lytics <ana@example.com>',
    files: {
      'api/package.json': pkg('shop-api', { ...API_DEPS, ...ML_DEPS }),
      'api/src/server.js': API_SERVER(true),
      'api/src/ml/train.js': TRAIN,
      'api/src/ml/predict.js': PREDICT,
      'api/src/routes/recommendations.js': RECOMMENDATIONS,
    },
  },
  {
    subject: 'Docs: recommendations endpoint',
    files: { 'README.md': '# shop\n\nOrders, users and recommendations.\n' },
  },
  {
    subject: 'Order pagination',
    files: {
      'api/src/routes/orders.js': ROUTE(
        'orders',
        "orders.get('/open', (_req, res) => res.json([]));\norders.get('/page/:n', (_req, res) => res.json([]));\n",
      ),
    },
  },
  { subject: 'Changelog', files: { 'CHANGELOG.md': '# Changelog\n\n- recommendations\n' } },
  {
    subject: 'User roles',
    files: {
      'api/src/routes/users.js': ROUTE(
        'users',
        "users.get('/search', (_req, res) => res.json([]));\nusers.get('/roles', (_req, res) => res.json([]));\n",
      ),
    },
  },
  {
    subject: 'Drop live order updates (dashboards poll now)',
    author: 'Bo Webb <bo@example.com>',
    files: { live: null },
  },
  {
    subject: 'Docs: polling',
    files: { 'README.md': '# shop\n\nOrders, users and recommendations. Dashboards poll /orders.\n' },
  },
  { subject: 'CI timeout', files: { '.github/workflows/ci.yml': CI('    timeout-minutes: 10\n') } },
  { subject: 'Changelog 1.1', files: { 'CHANGELOG.md': '# Changelog\n\n- recommendations\n- polling\n' } },
  { subject: 'License', files: { LICENSE: 'MIT\n' } },
];

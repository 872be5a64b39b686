import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fault } from '../support/github-server.js';
import { actionHarness, pullRequestEvent, runAction, runner, TOKEN, type ActionRun } from './run-action.js';

/** A Python chat app: the verdict is review (Node.js recommended), so policy and annotations have work. */
const CHAT_REPO = {
  'requirements.txt': 'django==5.1.2\nchannels==4.1.0\nchannels-redis==4.2.0\ndaphne==4.1.2\n',
  'manage.py': 'import os\nimport sys\nfrom django.core.management import execute_from_command_line\n',
  'chat/consumers.py':
    'import json\nfrom channels.generic.websocket import AsyncWebsocketConsumer\n\nclass ChatConsumer(AsyncWebsocketConsumer):\n    pass\n',
  'chat/routing.py': 'from django.urls import re_path\nfrom channels.routing import URLRouter\n',
  'chat/views.py': 'from django.shortcuts import render\n',
  'chat/asgi.py':
    'from channels.routing import ProtocolTypeRouter\nfrom django.core.asgi import get_asgi_application\n',
};
const NODE_REPO = {
  'package.json': JSON.stringify(
    {
      name: 'chat',
      private: true,
      scripts: { start: 'node src/server.js' },
      dependencies: { express: '^4.21.1', 'socket.io': '^4.8.1' },
    },
    null,
    2,
  ),
  'src/server.js':
    "import express from 'express';\nimport { Server } from 'socket.io';\nconst app = express();\napp.listen(3000);\n",
};

const harness = actionHarness();

async function act(
  repo: Record<string, string>,
  options: Omit<Parameters<typeof runAction>[1], 'api'> = {},
): Promise<ActionRun> {
  const where = runner(repo);
  harness.dirs.push(where.dir);
  return runAction(where, { api: harness.gh.url, ...options });
}

function expectNoToken(run: ActionRun) {
  // `::add-mask::` is how an action asks the runner to mask a secret; the runner never shows it
  const stdout = run.stdout.replace(`::add-mask::${TOKEN}\n`, '');
  expect(stdout).not.toContain(TOKEN);
  expect(run.stderr).not.toContain(TOKEN);
  expect(run.summary).not.toContain(TOKEN);
  expect(JSON.stringify(run.outputs)).not.toContain(TOKEN);
  for (const f of readdirSync(path.join(run.dir, 'temp')))
    expect(readFileSync(path.join(run.dir, 'temp', f), 'utf8')).not.toContain(TOKEN);
}

describe('the action on a pull request', () => {
  it('creates one comment, then updates it on a rerun', async () => {
    const first = await act(CHAT_REPO, { inputs: { 'fail-on': 'never' } });
    expect(first.code).toBe(0);
    expect(harness.gh.comments.get(7)).toHaveLength(1);
    const body = harness.gh.comments.get(7)![0]!.body;
    expect(body).toMatch(/^<!-- backend-fit:[0-9a-f]{12} -->\n### ⚠️ backend-fit: \*\*review\*\*/);
    expect(first.outputs).toMatchObject({ verdict: 'review', current: 'python', recommended: 'node', failed: 'false' });
    expect(first.outputs['comment-url']).toContain('issuecomment');
    expect(first.summary).toContain('backend-fit: **review**');
    expect(first.report).toMatchObject({ schemaVersion: 1, verdict: 'review' });
    expect(first.stdout).toMatch(
      /::warning title=backend-fit%3A review in workspace,file=requirements\.txt,line=2::realtime \(1\.00\) pulls towards Node\.js: channels/,
    );
    expect(first.stdout.match(/::warning /g)!.length).toBeLessThanOrEqual(10);
    expectNoToken(first);
    const auth = harness.gh.requests.find((r) => r.method === 'POST')!.authorization;
    expect(auth).toBe(`token ${TOKEN}`);
    // GITHUB_TOKEN comments as the bot: nothing asks GET /user, so no refused call reads like an error in the log
    expect(harness.gh.requests.filter((r) => r.path.startsWith('/user'))).toEqual([]);
    expect(first.stdout).not.toMatch(/\/user|403/);

    const second = await act(CHAT_REPO, { inputs: { 'fail-on': 'never' } });
    expect(second.code).toBe(0);
    expect(harness.gh.comments.get(7)).toHaveLength(1);
    expect(harness.gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('never edits a person’s comment that quotes the marker, and pages through comments', async () => {
    harness.gh.perPage = 2;
    await act(NODE_REPO);
    const marker = harness.gh.comments.get(7)![0]!.body.split('\n')[0]!;
    harness.gh.comments.set(7, []);
    harness.gh.seed(7, `${marker}\nI quoted the bot`, 'octocat', 'User');
    for (let i = 0; i < 4; i++) harness.gh.seed(7, `chatter ${i}`, 'octocat', 'User');
    const own = harness.gh.seed(7, `${marker}\nold body`);
    harness.gh.requests.length = 0;
    const run = await act(NODE_REPO);
    expect(run.code).toBe(0);
    expect(harness.gh.comments.get(7)![0]!.body).toBe(`${marker}\nI quoted the bot`);
    expect(harness.gh.comments.get(7)!.find((c) => c.id === own.id)!.body).not.toContain('old body');
    expect(
      harness.gh.requests.filter((r) => r.method === 'GET' && r.path.includes('/comments')).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('a 403 on write is one warning; summary and outputs are still written; exit by policy', async () => {
    harness.gh.fail('POST /repos/', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const run = await act(CHAT_REPO, { inputs: { 'fail-on': 'never' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('pull-requests: write');
    expect(run.outputs.verdict).toBe('review');
    expect(run.outputs['comment-url']).toBe('');
    expect(run.summary).toContain('backend-fit: **review**');
  });

  it('retries a 502, and a 429 with retry-after', async () => {
    harness.gh.fail('GET /repos/', { status: 502 });
    harness.gh.fail('POST /repos/', { status: 429, headers: { 'retry-after': '1', 'x-ratelimit-remaining': '0' } });
    const run = await act(NODE_REPO);
    expect(run.code).toBe(0);
    expect(harness.gh.comments.get(7)).toHaveLength(1);
    expect(run.stdout).not.toContain('::warning::could not write');
  });

  it('a hung request is bounded by the timeout', async () => {
    // every attempt hangs: 3 attempts of 1 s each plus the retry plugin's 1 s and 4 s pauses
    harness.gh.fail('GET /repos/', 'hang', 'hang', 'hang', 'hang', 'hang');
    const started = Date.now();
    const run = await act(NODE_REPO, { env: { BACKEND_FIT_REQUEST_TIMEOUT_MS: '1000' } });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('could not write the PR comment');
    expect(run.outputs.verdict).toBeDefined();
  }, 30_000);

  it('fail-on decides the exit code', async () => {
    expect((await act(CHAT_REPO, { inputs: { 'fail-on': 'review' } })).code).toBe(1);
    expect((await act(CHAT_REPO, { inputs: { 'fail-on': 'mismatch' } })).code).toBe(0);
    expect((await act(CHAT_REPO, { inputs: { 'fail-on': 'never' } })).code).toBe(0);
    const failed = await act(CHAT_REPO, { inputs: { 'fail-on': 'review' } });
    expect(failed.stdout).toMatch(/::error::backend-fit: /);
    expect(failed.outputs.failed).toBe('true');
  });

  it('keeps the comment under 65,536 characters on a huge repo, with the verdict', async () => {
    const repo: Record<string, string> = {};
    for (let i = 0; i < 400; i++) {
      const name = `services/svc-${i}-${'x'.repeat(120)}`;
      repo[`${name}/package.json`] = JSON.stringify({
        name: `svc-${i}`,
        private: true,
        scripts: { start: 'node index.js' },
        dependencies: { express: '^4.21.1' },
      });
      repo[`${name}/index.js`] = "import express from 'express';\nexpress().listen(3000);\n";
    }
    const run = await act(repo);
    expect(run.code).toBe(0);
    expect((run.report as { services: unknown[] }).services).toHaveLength(400);
    const body = harness.gh.comments.get(7)![0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('backend-fit: **');
  }, 60_000);

  it('a 10-service monorepo gets a comment read in seconds: 30 lines outside <details>, 12,000 characters', async () => {
    const repo: Record<string, string> = {};
    const names = [
      'orders',
      'cart',
      'search',
      'notify',
      'gateway',
      'accounts',
      'ranker',
      'forecast',
      'vision',
      'embed',
    ];
    for (const [i, name] of names.entries()) {
      const dir = `services/${name}`;
      if (i < 6 || i === 9) {
        const ml = i === 9 ? { '@xenova/transformers': '^2.17.2', '@tensorflow/tfjs-node': '^4.22.0' } : {};
        repo[`${dir}/package.json`] = JSON.stringify({
          name,
          private: true,
          scripts: { start: 'node src/index.js' },
          dependencies: { express: '^4.21.1', 'socket.io': '^4.8.1', ws: '^8.18.0', ...ml },
        });
        repo[`${dir}/src/index.js`] =
          "import express from 'express';\nimport { Server } from 'socket.io';\nconst app = express();\napp.listen(3000);\n";
        for (let f = 0; f < 8; f++)
          repo[`${dir}/src/handlers/h${f}.js`] =
            i === 9
              ? "import { pipeline } from '@xenova/transformers';\nimport * as tf from '@tensorflow/tfjs-node';\n"
              : "import { WebSocketServer } from 'ws';\nimport { Server } from 'socket.io';\n";
      } else {
        repo[`${dir}/requirements.txt`] =
          'fastapi==0.115.0\nuvicorn==0.32.0\ntorch==2.5.1\npandas==2.2.3\nscikit-learn==1.5.2\n';
        repo[`${dir}/app/main.py`] =
          'import uvicorn\nfrom fastapi import FastAPI\napp = FastAPI()\nif __name__ == "__main__":\n    uvicorn.run(app)\n';
        for (let f = 0; f < 8; f++)
          repo[`${dir}/app/model_${f}.py`] = 'import torch\nimport pandas as pd\nfrom sklearn import linear_model\n';
      }
    }
    const run = await act(repo, { inputs: { 'fail-on': 'never' } });
    expect(run.code).toBe(0);
    const report = run.report as { services: unknown[] };
    expect(report.services.length).toBe(10);
    const body = harness.gh.comments.get(7)![0]!.body;
    let depth = 0;
    const visible = body.split('\n').filter((line) => {
      const seen = depth === 0 && !line.includes('<details') && line.trim() !== '' && !/^<!--.*-->$/.test(line.trim());
      depth += (line.match(/<details[\s>]/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
      return seen;
    });
    expect(visible.length).toBeLessThanOrEqual(30);
    expect(body.length).toBeLessThanOrEqual(12_000);
    expect(body).toMatch(/^<!-- backend-fit:[0-9a-f]{12} -->\n### .* backend-fit: \*\*\w+\*\* · 10 services: /);
    expect(body).toMatch(/\n#### .* sets the verdict: /);
  }, 60_000);

  it('escapes HTML and mentions from the repo', async () => {
    const run = await act({
      'package.json': JSON.stringify({
        name: 'x',
        private: true,
        scripts: { start: 'node src/<b>bold|pipe</b>/index.js' },
        dependencies: { express: '^4.0.0', '@evil/<img src=x onerror=alert(1)>': '1.0.0' },
      }),
      'src/<b>bold|pipe</b>/index.js':
        "import express from 'express';\nimport x from '@nestjs/core';\nexpress().listen(3000);\n",
    });
    expect((run.report as { services: unknown[] }).services).toHaveLength(1);
    const body = harness.gh.comments.get(7)![0]!.body;
    const outsideCode = body.replace(/``[^\n]*?``|`[^`\n]*`/g, '');
    expect(outsideCode).not.toMatch(/<img|<b>|(^|[^\u200b])@nestjs/);
    expect(run.code).toBe(0);
  });
});

describe('GitHub API faults: the run ends by policy, with summary and outputs, and at most one warning', () => {
  const faults: [string, Fault[], RegExp | undefined, number][] = [
    [
      '401 bad token',
      [{ status: 401, body: { message: 'Bad credentials' } }],
      /could not write the PR comment \(401\)/,
      0,
    ],
    ['404 PR deleted', [{ status: 404, body: { message: 'Not Found' } }], /could not write the PR comment \(404\)/, 0],
    ['409 conflict', [{ status: 409, body: { message: 'Conflict' } }], /could not write the PR comment \(409\)/, 0],
    [
      '422 body refused',
      [{ status: 422, body: { message: 'Validation Failed' } }],
      /could not write the PR comment \(422\)/,
      0,
    ],
    ['500 then 503 then success', [{ status: 500 }, { status: 503 }], undefined, 1],
    ['connection reset then success', ['reset'], undefined, 1],
    [
      'secondary rate limit with retry-after',
      [{ status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit' } }],
      undefined,
      1,
    ],
    [
      '429 without retry-after, three times',
      [{ status: 429 }, { status: 429 }, { status: 429 }],
      /could not write the PR comment/,
      0,
    ],
  ];
  for (const [name, list, warning, comments] of faults) {
    it(
      name,
      async () => {
        harness.gh.fail('POST /repos/', ...list);
        const run = await act(NODE_REPO, { inputs: { 'fail-on': 'never' } });
        expect(run.code).toBe(0);
        expect(run.outputs.verdict).toBe('fits');
        expect(run.summary).toContain('backend-fit: **fits**');
        expect(run.report).toBeDefined();
        const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
        if (warning) expect(warnings).toEqual([expect.stringMatching(warning)]);
        else expect(warnings).toEqual([]);
        expect(harness.gh.comments.get(7)?.length ?? 0).toBe(comments);
        expectNoToken(run);
      },
      30_000,
    );
  }

  it('a failing build stays failed when the API also fails: policy decides, not the API', async () => {
    harness.gh.fail('GET /repos/', { status: 500 }, { status: 500 }, { status: 500 });
    const run = await act(CHAT_REPO, { inputs: { 'fail-on': 'review' } });
    expect(run.code).toBe(1);
    expect(run.outputs.failed).toBe('true');
  }, 30_000);
});

describe('the action elsewhere', () => {
  it('on push: summary and outputs, no API call', async () => {
    const run = await act(NODE_REPO, { event: 'push', payload: { ref: 'refs/heads/main' } });
    expect(run.code).toBe(0);
    expect(harness.gh.requests).toEqual([]);
    expect(run.outputs.verdict).toBe('fits');
    expect(run.summary).toContain('backend-fit: **fits**');
  });

  it('a bad input fails the step with one line', async () => {
    const run = await act(NODE_REPO, { inputs: { comment: 'sometimes' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::input comment: must be one of auto, on-change, never (got "sometimes")');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  it('a path outside the workspace is refused', async () => {
    const run = await act(NODE_REPO, { inputs: { path: '../..' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('is outside the workspace');
  });

  it('an invalid config fails with the file, key and what is allowed', async () => {
    const run = await act({ ...NODE_REPO, '.github/backend-fit.yml': 'fail-on: sometimes\n' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::\.github\/backend-fit\.yml: fail-on: must be one of/);
  });

  it('comment: never makes no API call on a PR', async () => {
    const run = await act(NODE_REPO, { inputs: { comment: 'never' }, payload: pullRequestEvent(9) });
    expect(run.code).toBe(0);
    expect(harness.gh.requests).toEqual([]);
  });
});

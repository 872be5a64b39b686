import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { FakeGitHub } from '../support/github-server.js';
import { ensureDist } from './build-dist.js';

export const DIST = path.resolve(import.meta.dirname, '../../dist/index.js');
export const TOKEN = 'ghs_e2eSecretToken1234567890abcdef';

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  report?: Record<string, unknown>;
  dir: string;
}

/** A temporary runner: workspace (a copy of `repo`), event file, output and summary files. */
export function runner(repo: string | Record<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bf-runner-'));
  const workspace = path.join(dir, 'workspace');
  mkdirSync(workspace);
  if (typeof repo === 'string') cpSync(repo, workspace, { recursive: true });
  else {
    for (const [name, text] of Object.entries(repo)) {
      mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
      writeFileSync(path.join(workspace, name), text);
    }
  }
  mkdirSync(path.join(dir, 'temp'));
  return { dir, workspace };
}

export function pullRequestEvent(number = 7) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { sha: 'a'.repeat(40), ref: 'feature' },
      base: { sha: 'b'.repeat(40), ref: 'main' },
    },
    repository: { name: 'shop', full_name: 'acme/shop', owner: { login: 'acme' } },
  };
}

/** Runs dist/index.js with the environment a GitHub runner gives an action. */
export async function runAction(
  where: { dir: string; workspace: string },
  options: {
    api: string;
    event?: string;
    payload?: unknown;
    inputs?: Record<string, string>;
    env?: Record<string, string>;
  },
): Promise<ActionRun> {
  const eventPath = path.join(where.dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.payload ?? pullRequestEvent()));
  const outputFile = path.join(where.dir, 'output.txt');
  const summaryFile = path.join(where.dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputs = {
    path: '.',
    config: '.github/backend-fit.yml',
    'fail-on': '',
    comment: 'auto',
    summary: 'true',
    annotations: 'true',
    'github-token': TOKEN,
    'report-file': '',
    report: '',
    ...options.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_WORKSPACE: where.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: options.api,
    RUNNER_TEMP: path.join(where.dir, 'temp'),
    BACKEND_FIT_REQUEST_TIMEOUT_MS: '2000',
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

  const child = spawn(process.execPath, [DIST], { cwd: where.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const reportFile = path.join(where.dir, 'temp', 'backend-fit-report.json');
  let report: Record<string, unknown> | undefined;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch {
    report = undefined;
  }
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    report,
    dir: where.dir,
  };
}

/** The runner's GITHUB_OUTPUT file format: `name<<DELIMITER` ... `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const [, name, delimiter] = m;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
    out[name!] = value.join('\n');
  }
  return out;
}

/**
 * Per test, a fresh local GitHub API (`prepare` seeds it) and the runner folders to remove
 * afterwards; the bundle is built once per file.
 */
export function actionHarness(prepare?: (gh: FakeGitHub) => void): { gh: FakeGitHub; dirs: string[] } {
  const harness = { gh: new FakeGitHub(), dirs: [] as string[] };
  beforeAll(() => ensureDist(), 120_000);
  beforeEach(async () => {
    harness.gh = new FakeGitHub();
    await harness.gh.start();
    prepare?.(harness.gh);
  });
  afterEach(async () => {
    await harness.gh.stop();
    for (const dir of harness.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return harness;
}

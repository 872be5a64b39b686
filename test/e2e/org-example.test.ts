import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDist } from './build-dist.js';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'bf-org-'));

/** The merge step's script, as the example workflow runs it. */
function mergeScript(): string {
  const workflow = parse(readFileSync(path.join(root, 'examples/scheduled-many-repos.yml'), 'utf8'));
  const steps: { run?: string }[] = workflow.jobs.summary.steps;
  const run = steps.find((s) => s.run?.includes('GITHUB_STEP_SUMMARY'))!.run!;
  const match = /node -e '([\s\S]*)'\s*$/.exec(run);
  if (!match) throw new Error('the summary step no longer runs `node -e`');
  return match[1]!;
}

describe('examples/scheduled-many-repos.yml', () => {
  beforeAll(() => ensureDist(), 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('merges the reports of several repositories into one table with each service’s owner, pinging nobody', () => {
    const repos = { 'acme/shop': 'catalog-monorepo', 'acme/field-reports': 'codeowners-only' };
    for (const [i, [repo, fixture]] of Object.entries(repos).entries()) {
      const dir = path.join(work, `report-${i}`);
      mkdirSync(dir);
      const json = execFileSync(process.execPath, ['dist/cli.js', `fixtures/${fixture}`, '--format', 'json', '-q'], {
        cwd: root,
        encoding: 'utf8',
      });
      writeFileSync(path.join(dir, 'report.json'), json);
      writeFileSync(path.join(dir, 'repository.txt'), `${repo}\n`);
    }
    const summary = path.join(work, 'summary.md');
    writeFileSync(summary, '');
    execFileSync(process.execPath, ['-e', mergeScript()], {
      cwd: work,
      env: { ...process.env, GITHUB_STEP_SUMMARY: summary },
    });
    const table = readFileSync(summary, 'utf8');
    expect(table).toContain('| repository | service | owner | system | lifecycle |');
    expect(table).toContain(
      '| ` acme/shop ` | ` services/orders ` | ` group:default/checkout ` | ` shop ` | ` production ` | node | fits |',
    );
    expect(table).toContain('| ` acme/field-reports ` | ` realtime ` | ` @acme/web-team @octo-dev ` |  |  | node |');
    expect(table.replace(/`[^`\n]*`/g, '')).not.toContain('@');
    expect(table.trim().split('\n')).toHaveLength(2 + 4);
  });
});

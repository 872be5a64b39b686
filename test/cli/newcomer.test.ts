import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GUIDE_PAGE_URL } from '../../src/knowledge/guide.js';
import { gitRepo } from '../delta/git-repo.js';
import { renderText } from '../../src/report/text.js';
import { sampleReport, service } from '../report/sample-report.js';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

/** The built CLI as a user runs it: exit code, stdout and stderr. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('what a newcomer types wrong gets one line and the closest option (dist/cli.js)', () => {
  it.each([
    [['--frmat', 'json'], 'backend-fit: unknown option --frmat; did you mean --format? (see --help)\n'],
    [['--colour'], 'backend-fit: unknown option --colour; did you mean --color? (see --help)\n'],
    [['--basee=main'], 'backend-fit: unknown option --basee; did you mean --base? (see --help)\n'],
    [['-qz'], 'backend-fit: unknown option -z (see --help)\n'],
    [['--format'], 'backend-fit: --format needs a value (see --help)\n'],
    // an empty value (an unset shell variable) is refused the same way, by every subcommand
    [['--output='], 'backend-fit: --output needs a value (see --help)\n'],
    [
      ['--format', 'jsn'],
      'backend-fit: --format must be one of text, json, markdown, sarif (got "jsn"; did you mean json?)\n',
    ],
    [
      ['--fail-on', 'revew'],
      'backend-fit: --fail-on must be one of mismatch, review, never (got "revew"; did you mean review?)\n',
    ],
  ])('%j', (args, stderr) => {
    const run = cli(path.join(FIXTURES, 'express-tfjs-recommender'), ...args);
    expect(run.stderr).toBe(stderr);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it.each([
    [['history', '--config', ''], 'backend-fit: --config needs a value (see history --help)\n'],
    [
      ['fleet-list', '--org', 'acme', '--topic', ''],
      'backend-fit: fleet-list: --topic needs a value (see fleet-list --help)\n',
    ],
    [['fleet', 'reports', '--out='], 'backend-fit: fleet: --out needs a value (see fleet --help)\n'],
  ])('subcommand %j', (args, stderr) => {
    const run = cli(...args);
    expect(run.stderr).toBe(stderr);
    expect(run.code).toBe(2);
  });

  describe('--base', () => {
    const repo = gitRepo();
    repo.write({ 'package.json': '{"dependencies":{"express":"^4.21.0"}}', 'server.js': 'app.listen(3000)\n' });
    repo.commit('first');
    afterAll(() => repo.cleanup());

    it('a ref that does not exist is a usage error naming it, not a report without a delta', () => {
      const run = cli(repo.dir, '--base', 'nosuchref');
      expect(run.stderr).toBe(
        'backend-fit: --base nosuchref: no commit, branch or tag of that name in this repository (git fetch it first if it is remote)\n',
      );
      expect(run.code).toBe(2);
    });

    it('outside a git repository --base says so', () => {
      const outside = cli('/', '--base', 'main');
      expect(outside.stderr).toBe('backend-fit: --base main: / is not inside a git repository\n');
      expect(outside.code).toBe(2);
    });

    it('a ref that exists still gives the delta', () => {
      const run = cli(repo.dir, '--base', 'main');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('since main: was');
    });
  });
});

describe('every line of the report reads right', () => {
  const text = cli(path.join(FIXTURES, 'express-tfjs-recommender')).stdout;
  const markdown = cli(path.join(FIXTURES, 'express-tfjs-recommender'), '--format', 'markdown').stdout;

  it('the root service has one name, the scanned folder’s, in every format and line', () => {
    for (const body of [text, markdown]) {
      expect(body).not.toContain('(root)');
      expect(body).not.toMatch(/`\.`|<code>\.<\/code>/);
    }
    expect(text).toContain('Biggest reasons for express-tfjs-recommender');
    expect(text).toContain('(express-tfjs-recommender: review)');
    expect(markdown).toContain('#### ⚠️ `express-tfjs-recommender` (Node.js: Express)');
    expect(markdown).toContain('title "express-tfjs-recommender: Node.js = blue bars');
    expect(markdown).toContain('| Criterion of `express-tfjs-recommender` |');
    // the config key stays the folder: a waiver is written for `.`
    expect(markdown).toContain('  - service: "."');
  });

  it('details lines name which score is which backend, and say "no signal" where none moves it', () => {
    expect(markdown).toContain('- Use case: Node.js 50, Python 90: ml +40 Python');
    expect(markdown).toContain('- Security: Node.js 50, Python 50: no signal');
    expect(markdown).not.toMatch(/^- \w[\w ]* \d+\/\d+:/m);
    expect(markdown).not.toMatch(/: $/m);
  });

  it('a service with no framework is not printed with empty brackets', () => {
    const report = sampleReport({
      services: [service('services/api'), service('services/recommender', { current: 'python', frameworks: [] })],
    });
    const out = renderText(report);
    expect(out).toMatch(/services\/recommender {2}Python {2}/);
    expect(out).not.toContain('[]');
  });

  it('the rule’s own words are never in quotation marks; only the guide’s sentences are, with their ids', () => {
    expect(text).toContain('→ +15.8 Python · an AI/ML application (guide L13, use case)');
    expect(markdown).toContain('· an AI/ML application (guide L13, use case)');
    expect(text).toContain('guide L13: “Choose Python for AI, ML, or data-centered applications”');
    expect(markdown).toContain('The guide (L13): “Choose Python for AI, ML, or data-centered applications”');
    for (const body of [text, markdown]) {
      const quoted = [...body.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
      for (const q of quoted) expect(q, q).not.toMatch(/\(guide L|own reading/);
    }
  });

  it('the guide page is named once in the text, linked in the Markdown footer and in --help', () => {
    expect(text.split(GUIDE_PAGE_URL)).toHaveLength(2);
    expect(markdown).toContain(`](${GUIDE_PAGE_URL})`);
    expect(cli('--help').stdout).toContain(GUIDE_PAGE_URL);
  });
});

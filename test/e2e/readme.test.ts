import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDist } from './build-dist.js';

const root = path.resolve(import.meta.dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

describe('README', () => {
  beforeAll(() => ensureDist(), 120_000);

  it('its generated parts (inputs, outputs, example comment) are up to date', () => {
    // exits 1 and says so when README.md differs from what action.yml and the fixture give
    expect(() =>
      execFileSync(process.execPath, ['scripts/readme.mjs', '--check'], { cwd: root, stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('lists every input and output of action.yml', () => {
    const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8'));
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)])
      expect(readme).toContain(`| \`${name}\` |`);
  });

  it('starts with what it does and the two newcomer commands', () => {
    const firstScreen = readme.split('\n').slice(0, 25).join('\n');
    expect(firstScreen).toContain('npm ci && npm start');
    expect(firstScreen).toContain('npm test');
  });

  it('shows the workflows the tests run: each YAML block is its examples/ file', () => {
    // test/e2e/fork-flow.test.ts runs examples/fork-pr-*.yml step by step
    for (const name of ['pr-check', 'fork-pr-report', 'fork-pr-comment', 'code-scanning']) {
      const block = new RegExp(
        `<!-- workflow-${name}:start -->\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\`\\n<!-- workflow-${name}:end -->`,
      ).exec(readme);
      expect(block, name).not.toBeNull();
      expect(parse(block![1]!)).toEqual(parse(readFileSync(path.join(root, 'examples', `${name}.yml`), 'utf8')));
    }
  });

  it('promises no package from the npm registry and uses action majors that run on node24', () => {
    expect(readme).not.toMatch(/npx backend-fit|npm i(nstall)? (-g |--global )?backend-fit\b/);
    // the first major of each that runs on node24
    const node24: Record<string, number> = {
      'actions/checkout': 5,
      'actions/setup-node': 5,
      'actions/upload-artifact': 6,
      'actions/download-artifact': 7,
      'github/codeql-action/upload-sarif': 4,
    };
    const files = [
      readme,
      ...readdirSync(path.join(root, 'examples')).map((f) => readFileSync(path.join(root, 'examples', f), 'utf8')),
      ...readdirSync(path.join(root, '.github/workflows')).map((f) =>
        readFileSync(path.join(root, '.github/workflows', f), 'utf8'),
      ),
    ];
    let checked = 0;
    for (const text of files)
      for (const [, action, major] of text.matchAll(/uses: ([\w./-]+)@v(\d+)/g)) {
        if (!(action! in node24)) continue;
        checked++;
        expect(Number(major), action).toBeGreaterThanOrEqual(node24[action!]!);
      }
    expect(checked).toBeGreaterThan(10);
  });

  it('its example comment shows a monorepo', () => {
    const example = readme.slice(readme.indexOf('<!-- example:start -->'), readme.indexOf('<!-- example:end -->'));
    expect(example).toMatch(/### .* backend-fit: \*\*\w+\*\* · \d+ services: /);
    expect(example).toContain('| Service | Backend | Verdict |');
    expect(example).toMatch(/#### .* sets the verdict: /);
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
});

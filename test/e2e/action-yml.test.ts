import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8'));

describe('action.yml', () => {
  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares every input and output of the brief, each described', () => {
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(['path', 'config', 'fail-on', 'comment', 'summary', 'github-token', 'report-file']),
    );
    expect(Object.keys(action.outputs)).toEqual(
      expect.arrayContaining([
        'verdict',
        'current',
        'recommended',
        'fit-score',
        'node-score',
        'python-score',
        'report-file',
        'comment-url',
      ]),
    );
    for (const [name, spec] of Object.entries({ ...action.inputs, ...action.outputs })) {
      expect((spec as { description?: string }).description, name).toMatch(/\S/);
    }
    expect(action.inputs['github-token'].default).toBe('${{ github.token }}');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCriteriaDoc } from '../../src/docs/criteria.js';

describe('docs/criteria.md', () => {
  it('is generated from the knowledge tables as they are now (run `npm run docs`)', () => {
    expect(readFileSync(new URL('../../docs/criteria.md', import.meta.url), 'utf8')).toBe(renderCriteriaDoc());
  });
});

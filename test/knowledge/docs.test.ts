import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCriteriaDoc } from '../../src/docs/criteria.js';
import { renderGuideDoc } from '../../src/docs/guide.js';
import { GUIDE, type GuideId } from '../../src/knowledge/guide.js';

const page = (name: string) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8');

describe('generated docs (run `npm run docs` when these fail)', () => {
  it('docs/criteria.md is generated from the knowledge tables as they are now', () => {
    expect(page('criteria.md')).toBe(renderCriteriaDoc());
  });

  it('docs/guide.md is generated from the knowledge tables as they are now', () => {
    expect(page('guide.md')).toBe(renderGuideDoc());
  });

  it('docs/guide.md quotes every sentence of the table under its id, with at least one rule citing it', () => {
    const doc = renderGuideDoc();
    for (const id of Object.keys(GUIDE) as GuideId[]) {
      const section = doc.split(`\n## ${id}\n`)[1]?.split('\n## ')[0] ?? '';
      expect(section, id).toContain(`> ${GUIDE[id].text}`);
      expect(section, id).toMatch(/Cited by:\n\n- /);
    }
    expect(doc.split('\n## Own reading\n')[1]).toMatch(/\n- /);
  });
});

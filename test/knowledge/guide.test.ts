import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASELINES, EFFECTS } from '../../src/knowledge/effects.js';
import { GUIDE, type GuideId } from '../../src/knowledge/guide.js';
import { DRIFT_KINDS, KEEP_COST, KEEP_GUIDE } from '../../src/knowledge/plans.js';
import { CRITERION_MODELS } from '../../src/score/index.js';

/**
 * The guide sits beside the repository (`../shared/article.txt`) in this project's own CI; it is
 * not shipped, so a user's clone does not have it. BACKEND_FIT_GUIDE points elsewhere (a
 * worktree, a mutation-testing sandbox). Where the guide is absent the verbatim check is skipped,
 * and the skipped test's name says why; CI, where it is present, always runs it.
 */
const ARTICLE = process.env.BACKEND_FIT_GUIDE ?? path.resolve(import.meta.dirname, '../../../shared/article.txt');
const GUIDE_ABSENT = !existsSync(ARTICLE);
// The default reporter names no skipped test: one line says why this one did not run.
if (GUIDE_ABSENT) {
  console.warn(
    `the verbatim check of the guide's sentences is skipped: no article at ${ARTICLE} (set BACKEND_FIT_GUIDE to it)`,
  );
}

describe('the guide', () => {
  it.skipIf(GUIDE_ABSENT)('each cited sentence occurs verbatim at its line of the article', () => {
    const lines = readFileSync(ARTICLE, 'utf8').split(/\r?\n/);
    for (const [id, { line, text }] of Object.entries(GUIDE)) expect(lines[line - 1], id).toContain(text);
  });

  it('ids name their line', () => {
    for (const [id, { line }] of Object.entries(GUIDE)) expect(id).toMatch(new RegExp(`^L${line}[a-z]?$`));
  });

  it('every sentence in the table is cited by a rule', () => {
    const cited = new Set<string>([
      ...EFFECTS.map((e) => e.guide),
      ...BASELINES.map((b) => b.guide),
      ...CRITERION_MODELS.map((c) => c.guide),
      ...DRIFT_KINDS.flatMap((k) => [k.guide, k.cost]),
      KEEP_GUIDE,
      KEEP_COST,
    ]);
    const unused = (Object.keys(GUIDE) as GuideId[]).filter((id) => !cited.has(id));
    expect(unused).toEqual([]);
  });
});

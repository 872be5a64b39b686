import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { folderTest, foldersOf, parentOf } from '../../src/paths.js';

/** `npm run fuzz` sets FUZZ_RUNS; `npm test` runs a small seeded sample. */
const RUNS = Number(process.env.FUZZ_RUNS) || 200;
const options = { numRuns: RUNS, seed: process.env.FUZZ_RUNS ? undefined : 29 };

/** Paths of a few short segments over a small alphabet, so folders are shared and prefixes collide (`a` and `a-b`, `a/` and `a//`). */
const segment = fc.constantFrom('a', 'b', 'a-b', 'a.b', 'ab', '.', '', 'B', 'é', '_');
const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/'));

/** Every folder the set holds, every ancestor of each path, and near misses (a path itself, a prefix cut mid-segment). */
function questions(paths: readonly string[]): string[] {
  const asked = new Set<string>(['.', '', 'a', 'a/b', 'z']);
  for (const p of paths) {
    asked.add(p);
    asked.add(p.slice(0, -1));
    for (let d = parentOf(p); d !== '.'; d = parentOf(d)) asked.add(d);
  }
  return [...asked];
}

describe('folderTest', () => {
  it('answers as the whole set of folders does, for sorted and unsorted paths', () => {
    fc.assert(
      fc.property(fc.uniqueArray(path, { maxLength: 30 }), fc.boolean(), (list, sort) => {
        const paths = sort ? [...list].sort() : list;
        const folders = foldersOf(paths);
        const test = folderTest(paths);
        for (const dir of questions(paths)) expect(test.has(dir), dir).toBe(folders.has(dir));
      }),
      options,
    );
  });

  it('finds a folder whose files sort after a sibling file sharing its prefix', () => {
    // `a/b-c` sorts before `a/b/x` ('-' < '/'), `a/b0` after it
    const paths = ['a/b-c', 'a/b/x', 'a/b0', 'c'];
    const test = folderTest(paths);
    expect(['.', 'a', 'a/b'].map((d) => test.has(d))).toEqual([true, true, true]);
    expect(['a/b-c', 'a/b0', 'c', 'a/b/x', 'b'].map((d) => test.has(d))).toEqual([false, false, false, false, false]);
  });
});

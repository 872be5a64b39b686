import { describe, expect, it } from 'vitest';
import { copiesOf } from '../../src/detect/copies.js';
import type { Evidence } from '../../src/model/common.js';

type C = { dir: string; backend: 'python' | 'node'; evidence: Evidence[] };
const flask = (dir: string): C => ({
  dir,
  backend: 'python',
  evidence: [{ file: `${dir}/app.py`, line: 6, detail: 'imports flask' }],
});
const under = (paths: string[]) => (dir: string) =>
  paths.flatMap((p) => (dir === '.' ? [p] : p.startsWith(`${dir}/`) ? [p.slice(dir.length + 1)] : []));
const tree = (root: string) =>
  ['Python/app.py', 'Python/store.py', 'Python/templates/index.html', 'Go/main.go', 'C/main.c', 'Bash/run.sh'].map(
    (p) => (root ? `${root}/${p}` : p),
  );

describe('copiesOf: a folder committed twice', () => {
  it('a tree committed again under another folder: its copy maps to the one nearest the root', () => {
    const paths = [...tree(''), ...tree('Programming Languages')];
    const [original, copy] = [flask('Python'), flask('Programming Languages/Python')];
    const copies = copiesOf([copy, original], (c) => c.evidence, under(paths));
    expect([...copies].map(([c, of]) => [c.dir, of])).toEqual([['Programming Languages/Python', 'Python']]);
  });

  it('services made side by side from one template, other evidence, other backends or too few files are no copies', () => {
    const paths = [...tree(''), ...tree('old')];
    // same parent: two services of one template
    const side = ['services/a', 'services/b'].flatMap((d) => ['app.py', 'store.py', 'wsgi.py'].map((f) => `${d}/${f}`));
    expect(copiesOf([flask('services/a'), flask('services/b')], (c) => c.evidence, under(side)).size).toBe(0);
    // the copy's server evidence is on another line: it was edited
    const edited = {
      ...flask('old/Python'),
      evidence: [{ file: 'old/Python/app.py', line: 9, detail: 'imports flask' }],
    };
    expect(copiesOf([flask('Python'), edited], (c) => c.evidence, under(paths)).size).toBe(0);
    expect(
      copiesOf([flask('Python'), { ...flask('old/Python'), backend: 'node' }], (c) => c.evidence, under(paths)).size,
    ).toBe(0);
    // its neighbours are not the original's
    const lone = [
      ...tree(''),
      'archive/Python/app.py',
      'archive/Python/store.py',
      'archive/Python/templates/index.html',
    ];
    expect(copiesOf([flask('Python'), flask('archive/Python')], (c) => c.evidence, under(lone)).size).toBe(0);
  });
});

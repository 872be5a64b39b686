import { describe, expect, it } from 'vitest';
import { itemsOf, tablesAt, valueAt } from '../../src/detect/manifests/key-paths.js';

describe('key paths through parsed files', () => {
  const project = {
    packages: [
      { name: 'shop', functions: [{ name: 'cart', runtime: 'nodejs:18' }, 'not a table'] },
      { name: 'mail', functions: { send: { runtime: 'python:3.11' } } },
    ],
  };

  it('reaches every table under `*`, with the tables each `*` step passed, nearest first', () => {
    const found = tablesAt(project, ['packages', '*', 'functions', '*']);
    expect(found.map(({ table }) => table.runtime)).toEqual(['nodejs:18', 'python:3.11']);
    expect(found.map(({ above }) => above.map((t) => t.name))).toEqual([['shop'], ['mail']]);
    expect(tablesAt(project, [])).toEqual([{ table: project, above: [] }]);
    expect(tablesAt(project, ['packages', 'missing', '*'])).toEqual([]);
  });

  it('reads a value, `*` taking the first item of a list or table', () => {
    expect(valueAt(project, ['packages', '*', 'name'])).toBe('shop');
    expect(valueAt(project, ['packages', '*', 'functions', '*', 'runtime'])).toBe('nodejs:18');
    expect(valueAt(project, ['packages', 'name'])).toBeUndefined();
    expect(itemsOf('text')).toEqual([]);
  });
});

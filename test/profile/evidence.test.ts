import { describe, expect, it } from 'vitest';
import {
  buildProfile,
  MAX_EVIDENCE,
  MAX_USAGE_MODULES,
  mergeEvidence,
  usageEvidence,
} from '../../src/profile/index.js';
import { facts } from '../support/facts.js';

describe('evidence of a signal', () => {
  it('leads with the manifest line, then the usage, then importing files by path', () => {
    const f = facts().manifest('package.json', 'node', ['express', 'socket.io']);
    // detect emits files in walk order, which need not be sorted
    f.code('src/z', 'TypeScript', 1, ['socket.io']).code('src/a', 'TypeScript', 1, ['socket.io']);
    const realtime = buildProfile(f.facts).signals.find((s) => s.id === 'realtime')!;
    expect(realtime.evidence).toEqual([
      { file: 'package.json', line: 3, detail: 'socket.io ^1.0.0', kind: 'declared' },
      {
        file: 'src/a/f1.ts',
        detail: 'socket.io imported in 2 of 2 runtime code files',
        kind: 'usage',
        usage: { modules: ['socket.io'], files: 2, codeFiles: 2, example: 'src/a/f1.ts', centrality: 1 },
      },
      { file: 'src/a/f1.ts', line: 1, detail: 'imports socket.io', module: 'socket.io', kind: 'file' },
      { file: 'src/z/f0.ts', line: 1, detail: 'imports socket.io', module: 'socket.io', kind: 'file' },
    ]);
  });

  it(`is capped at ${MAX_EVIDENCE} items, the last counting every file left out`, () => {
    const f = facts().manifest('package.json', 'node', ['socket.io']).code('src', 'TypeScript', 30, ['socket.io']);
    const evidence = buildProfile(f.facts).signals.find((s) => s.id === 'realtime')!.evidence;
    expect(evidence).toHaveLength(MAX_EVIDENCE);
    // 1 declaration + 1 usage line + 7 files shown = 9; 30 - 7 importing files are not shown
    expect(evidence[MAX_EVIDENCE - 1]).toMatchObject({ detail: 'and 23 more files', kind: 'more' });
    expect(evidence[1]!.usage).toEqual({
      modules: ['socket.io'],
      files: 30,
      codeFiles: 30,
      example: 'src/f0.ts',
      centrality: 1,
    });
    const shown = evidence.slice(2, MAX_EVIDENCE - 1).map((e) => e.file);
    expect(shown).toEqual([...shown].sort());
  });

  it('counts only-counted files even when the shown ones fit', () => {
    const merged = mergeEvidence([
      { declared: [{ file: 'a', detail: 'x' }], usage: [], files: [{ file: 'b', detail: 'y' }], unlisted: 1 },
    ]);
    expect(merged).toEqual([
      { file: 'a', detail: 'x' },
      { file: 'b', detail: 'y' },
      { file: 'b', detail: 'and 1 more file', kind: 'more' },
    ]);
  });

  it('merges contributions: declarations first, duplicates once', () => {
    const merged = mergeEvidence([
      { declared: [{ file: 'p', line: 1, detail: 'a' }], usage: [], files: [{ file: 'z', detail: 'n' }], unlisted: 0 },
      {
        declared: [{ file: 'q', detail: 'b' }],
        usage: [],
        files: [
          { file: 'z', detail: 'n' },
          { file: 'c', detail: 'm' },
        ],
        unlisted: 0,
      },
    ]);
    expect(merged.map((e) => e.detail)).toEqual(['a', 'b', 'm', 'n']);
    expect(mergeEvidence([])).toEqual([]);
  });

  it('dev dependencies say so', () => {
    const f = facts().manifest('package.json', 'node', ['dev:ws']);
    expect(buildProfile(f.facts).signals[0]!.evidence[0]!.detail).toBe('ws ^1.0.0 (dev)');
  });

  it('usage items carry their numbers, and name a few modules in their sentence', () => {
    const usage = { modules: ['torch', 'sklearn'], files: 3, codeFiles: 12, example: 'app/model.py' };
    expect(usageEvidence(usage)).toEqual({
      file: 'app/model.py',
      detail: 'torch, sklearn imported in 3 of 12 runtime code files',
      kind: 'usage',
      usage,
    });
    const many = usageEvidence({ modules: ['a', 'b', 'c', 'd', 'e'], files: 5, codeFiles: 9, example: 'x' });
    expect(many.detail).toBe(`a, b, c (+${5 - MAX_USAGE_MODULES}) imported in 5 of 9 runtime code files`);
    expect(many.usage!.modules).toHaveLength(5);
  });

  it('notebooks are listed with their count', () => {
    const f = facts().code('nb', 'Jupyter Notebook', 3);
    const data = buildProfile(f.facts).signals.find((s) => s.id === 'data')!;
    expect(data.evidence[0]).toEqual({ file: 'nb/f0.ipynb', detail: '3 notebooks', kind: 'file' });
    expect(data.evidence.slice(1).map((e) => e.file)).toEqual(['nb/f0.ipynb', 'nb/f1.ipynb', 'nb/f2.ipynb']);
  });
});

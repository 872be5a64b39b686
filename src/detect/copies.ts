import type { Backend, Evidence } from '../model/common.js';
import { parentOf, relativeTo } from '../paths.js';

/** Folders beside a copy that must also be beside its original (itself among them): a tree committed twice. */
const MIN_SHARED_NEIGHBOURS = 3;

/**
 * Folders that are copies of another one (a learning collection committed twice, `old/api` beside
 * `api` with its neighbours): the same backend, the same files by their paths inside the folder,
 * the same server evidence at the same lines, and the original's neighbouring folders beside it
 * again. Each copy maps to the folder it repeats, the one nearest the root (then first in path
 * order), which alone is reported. Only folders no deployment file runs are given; services made
 * side by side from one template share their parent folder and are never copies.
 */
export function copiesOf<C extends { dir: string; backend: Backend }>(
  candidates: readonly C[],
  evidenceOf: (c: C) => readonly Evidence[],
  filesUnder: (dir: string) => readonly string[],
): Map<C, string> {
  // by backend and server evidence first: the files of a folder are listed only where another one shares those
  const byEvidence = new Map<string, C[]>();
  for (const c of candidates) {
    const evidence = evidenceOf(c).map((e) => `${relativeTo(c.dir, e.file) ?? e.file}:${e.line ?? ''}:${e.detail}`);
    if (evidence.length === 0) continue;
    const key = [c.backend, ...evidence.sort()].join('\n');
    byEvidence.set(key, [...(byEvidence.get(key) ?? []), c]);
  }
  const groups = new Map<string, C[]>();
  for (const [key, same] of byEvidence) {
    if (same.length < 2) continue;
    for (const c of same) {
      const files = filesUnder(c.dir);
      // a folder of one or two files repeats by chance (`app.py` and `requirements.txt`)
      if (files.length < 3) continue;
      const tree = `${key}\0${[...files].sort().join('\n')}`;
      groups.set(tree, [...(groups.get(tree) ?? []), c]);
    }
  }
  const copies = new Map<C, string>();
  const siblings = (dir: string) =>
    new Set(filesUnder(parentOf(dir)).flatMap((p) => (p.includes('/') ? [p.slice(0, p.indexOf('/'))] : [])));
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const depth = (dir: string) => (dir === '.' ? 0 : dir.split('/').length);
    const [original, ...others] = [...group].sort((a, b) => depth(a.dir) - depth(b.dir) || (a.dir < b.dir ? -1 : 1));
    // a copy of the root would hold the root: none is judged
    if (original!.dir === '.') continue;
    const around = siblings(original!.dir);
    for (const copy of others) {
      // a tree committed twice: beside the copy, the original's neighbours again (not services made side by side from one template)
      if (parentOf(copy.dir) === parentOf(original!.dir)) continue;
      const shared = [...siblings(copy.dir)].filter((name) => around.has(name)).length;
      if (shared >= MIN_SHARED_NEIGHBOURS) copies.set(copy, original!.dir);
    }
  }
  return copies;
}

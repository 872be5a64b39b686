import type { Backend, Evidence } from '../model/common.js';
import { relativeTo } from '../paths.js';

/**
 * Folders that are copies of another one (a learning collection committed twice, `backup/api`
 * beside `api`): the same backend, the same files by their paths inside the folder, and the same
 * server evidence at the same lines. Each copy maps to the folder it repeats, the one nearest the
 * root (then first in path order), which alone is reported. Only folders no deployment file runs
 * are given: two services deployed from one template each have their own deployment.
 */
export function copiesOf<C extends { dir: string; backend: Backend }>(
  candidates: readonly C[],
  evidenceOf: (c: C) => readonly Evidence[],
  filesUnder: (dir: string) => readonly string[],
): Map<C, string> {
  const groups = new Map<string, C[]>();
  for (const c of candidates) {
    const files = filesUnder(c.dir);
    // a folder of one or two files repeats by chance (`app.py` and `requirements.txt`)
    if (files.length < 3) continue;
    const evidence = evidenceOf(c).map((e) => `${relativeTo(c.dir, e.file) ?? e.file}:${e.line ?? ''}:${e.detail}`);
    const key = [c.backend, [...files].sort().join('\n'), evidence.sort().join('\n')].join('\0');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const copies = new Map<C, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const depth = (dir: string) => (dir === '.' ? 0 : dir.split('/').length);
    const [original, ...others] = [...group].sort((a, b) => depth(a.dir) - depth(b.dir) || (a.dir < b.dir ? -1 : 1));
    for (const copy of others) copies.set(copy, original!.dir);
  }
  return copies;
}

import type { Backend } from '../model/common.js';
import type { CodeFact, Manifest } from '../model/facts.js';
import { nearest, parentOf } from '../paths.js';

/**
 * The code facts, less each one that holds only where the file's project depends on a package (a
 * pattern's `orProjectDepends`: `queue.process(...)` on a Bull queue another module of the project
 * makes) whose nearest project of the file's ecosystem lists none of those packages among its
 * runtime dependencies.
 */
export function whereProjectsDepend(facts: readonly CodeFact[], manifests: readonly Manifest[]): CodeFact[] {
  if (!facts.some((f) => f.ifDepends)) return [...facts];
  const projects: Record<Backend, Map<string, Set<string>>> = { node: new Map(), python: new Map() };
  for (const m of manifests) {
    if (!m.ecosystem || m.lockfile) continue;
    const names = projects[m.ecosystem].get(m.dir) ?? new Set<string>();
    for (const d of m.dependencies) if (!d.dev && d.ecosystem === m.ecosystem) names.add(d.name);
    projects[m.ecosystem].set(m.dir, names);
  }
  return facts.filter((f) => {
    if (!f.ifDepends) return true;
    const byDir = projects[f.ecosystem];
    const dir = nearest(parentOf(f.file), byDir);
    const names = dir === undefined ? undefined : byDir.get(dir);
    return names !== undefined && f.ifDepends.some((p) => names.has(p));
  });
}

import type { Manifest } from '../model/facts.js';
import { parentOf } from '../paths.js';
import { bindMounts } from './manifests/compose-mounts.js';
import { addServiceFacts, composeFactsFields, emptyComposeFacts } from './manifests/deploy.js';

/**
 * Compose files whose services extend a service of another compose file of the tree
 * (`extends: { file: docker-compose.base.yml, service: app }`), with what each such service
 * builds, mounts and runs once it inherits the other's keys: its own keys over them, a `build`
 * relative to the file that wrote it, the bind mounts of both. A file the tree does not hold as a
 * compose file (its name is no compose file's) is not read: the service keeps its own keys.
 * Other manifests are returned as they are; none is changed in place.
 */
export function withComposeExtends(manifests: readonly Manifest[]): Manifest[] {
  if (!manifests.some((m) => m.externalExtends)) return [...manifests];
  const byFile = new Map(manifests.filter((m) => m.kind === 'compose').map((m) => [m.file, m]));
  return manifests.map((m) => {
    if (!m.externalExtends) return m;
    const facts = emptyComposeFacts();
    for (const { service, line, file, base, own } of m.externalExtends) {
      const inherited = byFile.get(file)?.composeServices?.[base];
      if (!inherited) continue;
      const { extends: _, ...keys } = own;
      const merged = { ...inherited, ...keys };
      const ownDir = m.dir;
      const baseDir = parentOf(file);
      addServiceFacts(facts, m.file, service, merged, {
        ...(line ? { line } : {}),
        lineOf: () => line,
        buildDir: keys.build !== undefined ? ownDir : baseDir,
        mounts: [...bindMounts(inherited.volumes, baseDir), ...bindMounts(keys.volumes, ownDir)],
      });
    }
    const added = composeFactsFields(facts);
    return {
      ...m,
      images: [...(m.images ?? []), ...(added.images ?? [])],
      runtimes: [...(m.runtimes ?? []), ...(added.runtimes ?? [])],
      scaleOut: [...(m.scaleOut ?? []), ...(added.scaleOut ?? [])],
      scripts: { ...m.scripts, ...added.scripts },
      ...(m.buildContexts || added.buildContexts
        ? { buildContexts: [...(m.buildContexts ?? []), ...(added.buildContexts ?? [])] }
        : {}),
      ...(m.mountedRuns || added.mountedRuns
        ? { mountedRuns: [...(m.mountedRuns ?? []), ...(added.mountedRuns ?? [])] }
        : {}),
    };
  });
}

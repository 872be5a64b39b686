import type { Manifest } from '../model/facts.js';
import { parentOf } from '../paths.js';
import { bindMounts } from './manifests/compose-mounts.js';
import { addServiceFacts, composeFactsFields, emptyComposeFacts, type ComposeFacts } from './manifests/deploy.js';

/**
 * Compose files whose services extend a service of another compose file of the tree
 * (`extends: { file: docker-compose.base.yml, service: app }`), with what each such service
 * builds, mounts and runs once it inherits the other's keys: its own keys over them, a `build`
 * relative to the file that wrote it, the bind mounts of both. A file the tree does not hold as a
 * compose file (its name is no compose file's) is not read: the service keeps its own keys.
 * parseCompose leaves these services' facts out, so each is counted once, here. Other manifests
 * are returned as they are; none is changed in place.
 */
export function withComposeExtends(manifests: readonly Manifest[]): Manifest[] {
  if (!manifests.some((m) => m.externalExtends)) return [...manifests];
  const byFile = new Map(manifests.filter((m) => m.kind === 'compose').map((m) => [m.file, m]));
  return manifests.map((m) => {
    if (!m.externalExtends) return m;
    const facts = emptyComposeFacts();
    const ownDir = m.dir;
    for (const { service, line, file, base, own } of m.externalExtends) {
      const inherited = byFile.get(file)?.composeServices?.[base];
      const at = { ...(line ? { line } : {}), lineOf: () => line };
      if (!inherited) {
        const alone = m.composeServices?.[service] ?? own;
        addServiceFacts(facts, m.file, service, alone, {
          ...at,
          buildDir: ownDir,
          mounts: bindMounts(alone.volumes, ownDir),
        });
        continue;
      }
      const { extends: _, ...keys } = own;
      const baseDir = parentOf(file);
      addServiceFacts(
        facts,
        m.file,
        service,
        { ...inherited, ...keys },
        {
          ...at,
          buildDir: keys.build !== undefined ? ownDir : baseDir,
          mounts: [...bindMounts(inherited.volumes, baseDir), ...bindMounts(keys.volumes, ownDir)],
        },
      );
    }
    return { ...m, ...composeFactsFields(appended(m, facts)) };
  });
}

/** A compose manifest's facts with more gathered after them, every field of ComposeFacts. */
function appended(m: Manifest, more: ComposeFacts): ComposeFacts {
  return {
    images: [...(m.images ?? []), ...more.images],
    runtimes: [...(m.runtimes ?? []), ...more.runtimes],
    scaleOut: [...(m.scaleOut ?? []), ...more.scaleOut],
    scripts: { ...m.scripts, ...more.scripts },
    buildContexts: [...(m.buildContexts ?? []), ...more.buildContexts],
    mountedRuns: [...(m.mountedRuns ?? []), ...more.mountedRuns],
    containers: [...(m.containers ?? []), ...more.containers],
    imageBuilds: [...(m.imageBuilds ?? []), ...more.imageBuilds],
  };
}

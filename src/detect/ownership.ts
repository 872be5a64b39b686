import { COMPONENT_TYPES } from '../knowledge/catalog.js';
import type { Warning } from '../model/common.js';
import type { NotServiceReason, ServiceCatalog, ServiceFacts } from '../model/facts.js';
import type { CatalogComponent } from './catalog.js';
import { fileOwners, ownersOf, type Codeowners } from './codeowners.js';
import type { DeclarationSource } from './services.js';

/** What the catalog decides about folders, for findServices: services it declares, folders it says are not services. */
export interface CatalogDecisions {
  declared: { path: string; source: DeclarationSource }[];
  excluded: { path: string; reason: NotServiceReason; why: string; source: DeclarationSource & { type: string } }[];
  /** One component per folder: the first in file order. */
  byPath: Map<string, CatalogComponent>;
  warnings: Warning[];
}

/**
 * One component per folder (two for one folder is a warning naming both; the first, in file and
 * line order, holds), and what its `spec.type` makes of the folder (knowledge/catalog).
 */
export function catalogDecisions(components: readonly CatalogComponent[]): CatalogDecisions {
  const byPath = new Map<string, CatalogComponent>();
  const warnings: Warning[] = [];
  for (const c of components) {
    const first = byPath.get(c.path);
    if (!first) byPath.set(c.path, c);
    else
      warnings.push({
        file: c.source.file,
        message: `line ${c.source.line}: ${c.name} describes ${label(c.path)}, as ${first.name} (${first.source.file}:${first.source.line}) already does; ${first.name} is used`,
      });
  }
  const declared: CatalogDecisions['declared'] = [];
  const excluded: CatalogDecisions['excluded'] = [];
  for (const c of byPath.values()) {
    const meaning = c.type === undefined ? undefined : COMPONENT_TYPES[c.type.toLowerCase()];
    const source = { file: c.source.file, ...(c.source.line ? { line: c.source.line } : {}) };
    if (meaning?.service) declared.push({ path: c.path, source });
    else if (meaning)
      excluded.push({
        path: c.path,
        reason: meaning.reason,
        why: `a ${c.type!.toLowerCase()} in the catalog (${c.source.file}:${c.source.line ?? 1})`,
        source: { ...source, type: c.type!.toLowerCase() },
      });
  }
  return { declared, excluded, byPath, warnings };
}

/**
 * Each service's catalog entry (the component on its folder) and owner: the component's
 * `spec.owner`, else the CODEOWNERS owners of the folder, else, at the root, those of its manifests.
 */
export function withOwnership(
  services: readonly ServiceFacts[],
  byPath: ReadonlyMap<string, CatalogComponent>,
  codeowners: Codeowners | undefined,
): ServiceFacts[] {
  return services.map((service) => {
    const component = byPath.get(service.path);
    const catalog: ServiceCatalog = { evidence: [] };
    if (component) {
      catalog.name = component.name;
      if (component.owner) catalog.owner = component.owner;
      if (component.system) catalog.system = component.system;
      if (component.lifecycle) catalog.lifecycle = component.lifecycle;
      catalog.evidence.push(component.source);
    }
    if (!catalog.owner && codeowners) {
      const found =
        ownersOf(codeowners, service.path) ??
        (service.path === '.' ? manifestOwners(codeowners, service.manifests) : undefined);
      if (found) {
        catalog.owner = found.owners.join(' ');
        catalog.evidence.push(found.evidence);
      }
    }
    return catalog.evidence.length ? { ...service, catalog } : service;
  });
}

/**
 * A service at the root often keeps its code in a folder of its own (`src/`) while CODEOWNERS
 * gives the backend team its manifest (`pyproject.toml @acme/backend`): the manifest's owners
 * speak for it. Only at the root: below it, a rule on one manifest (`lib/setup.py`, reviewed for
 * its dependencies) is not ownership of the folder.
 */
function manifestOwners(codeowners: Codeowners, manifests: readonly string[]) {
  for (const file of manifests) {
    const found = fileOwners(codeowners, file);
    if (found) return found;
  }
  return undefined;
}

function label(path: string): string {
  return path === '.' ? 'the root folder' : path;
}

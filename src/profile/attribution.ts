import type { ServiceFacts } from '../model/facts.js';

/**
 * Finds the service a path belongs to: the nearest enclosing service folder, so that a nested
 * service takes its files away from the outer one. Walks up the path's folders through a map,
 * which stays fast on monorepos with hundreds of services and 200k files.
 */
export function serviceLocator(services: ServiceFacts[]): (path: string) => number[] {
  const byFolder = new Map<string, number[]>();
  services.forEach((s, i) => byFolder.set(s.path, [...(byFolder.get(s.path) ?? []), i]));
  const cache = new Map<string, number[]>();
  const forFolder = (folder: string): number[] => {
    const cached = cache.get(folder);
    if (cached) return cached;
    let found = byFolder.get(folder);
    if (!found) found = folder === '.' ? [] : forFolder(parentOf(folder));
    cache.set(folder, found);
    return found;
  };
  return (path) => forFolder(parentOf(path));
}

export function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '.' : path.slice(0, slash);
}

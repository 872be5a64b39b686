import type { Backend } from '../model/common.js';
import type { Dependency, Manifest } from '../model/facts.js';

/**
 * A published package that adapts its users' apps to function platforms (an adapter or middleware
 * package with `adapters/azure`, `handlers/firebase` modules) lists each platform's package as a
 * peer dependency (what the app that installs it provides) or a devDependency (for its own tests),
 * never as its own: the platform runs its users' apps, not this package. Where the package lists a
 * platform's package and none as its own, returns the peer ones (empty when they are only for its
 * tests); undefined otherwise.
 */
export function usersPlatforms(
  manifests: readonly Manifest[],
  backend: Backend,
  isPlatform: (backend: Backend, name: string) => boolean,
): Dependency[] | undefined {
  const platforms = manifests
    .filter((m) => m.kind === 'package.json')
    .flatMap((m) => m.dependencies)
    .filter((d) => d.ecosystem === backend && !d.transitive && isPlatform(backend, d.name));
  if (platforms.length === 0 || platforms.some((d) => !d.peer && !d.dev)) return undefined;
  return platforms.filter((d) => d.peer);
}

import { DEFAULT_SCRIPTS } from '../knowledge/package-scripts.js';
import type { Manifest } from '../model/facts.js';
import { pathSet, resolveInside } from '../paths.js';

/**
 * package.json manifests with the scripts their package manager runs by default filled in (a
 * package holding `server.js` and no `start` script is started by `npm start` as `node server.js`),
 * each such script named in `defaultScripts`. Other manifests are returned as they are; none is changed in place
 * (history keeps each file's manifests from one commit to the next).
 */
export function withDefaultScripts(manifests: readonly Manifest[], paths: readonly string[]): Manifest[] {
  // the tree's paths as a set only where a package lacks a script its manager has a default for
  const lacking = (m: Manifest) => DEFAULT_SCRIPTS.some((d) => m.scripts?.[d.script] === undefined);
  if (!manifests.some((m) => m.kind === 'package.json' && lacking(m))) return [...manifests];
  const files = pathSet(paths);
  return manifests.map((m) => {
    if (m.kind !== 'package.json') return m;
    const filled = DEFAULT_SCRIPTS.filter(
      (d) => m.scripts?.[d.script] === undefined && files.has(resolveInside(m.dir, d.file) ?? ''),
    );
    if (filled.length === 0) return m;
    return {
      ...m,
      scripts: { ...m.scripts, ...Object.fromEntries(filled.map((d) => [d.script, d.command])) },
      defaultScripts: filled.map((d) => d.script),
    };
  });
}

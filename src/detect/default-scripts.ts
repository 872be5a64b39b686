import { DEFAULT_SCRIPTS } from '../knowledge/package-scripts.js';
import type { Manifest } from '../model/facts.js';

/**
 * package.json manifests with the scripts their package manager runs by default filled in (a
 * package holding `server.js` and no `start` script is started by `npm start` as `node server.js`),
 * each such script named in `defaultScripts`. Other manifests are returned as they are; none is changed in place
 * (history keeps each file's manifests from one commit to the next).
 */
export function withDefaultScripts(manifests: readonly Manifest[], paths: readonly string[]): Manifest[] {
  const files = new Set(paths);
  return manifests.map((m) => {
    if (m.kind !== 'package.json') return m;
    const filled = DEFAULT_SCRIPTS.filter(
      (d) => m.scripts?.[d.script] === undefined && files.has(m.dir === '.' ? d.file : `${m.dir}/${d.file}`),
    );
    if (filled.length === 0) return m;
    return {
      ...m,
      scripts: { ...m.scripts, ...Object.fromEntries(filled.map((d) => [d.script, d.command])) },
      defaultScripts: filled.map((d) => d.script),
    };
  });
}

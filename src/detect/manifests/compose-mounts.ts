import type { BindMount } from '../../model/facts.js';
import { resolveInside } from '../../paths.js';
import { isRecord } from './util.js';

/**
 * A compose service's bind mounts of the repository's own files (`./src:/usr/src/app`,
 * `./src/worker.py:/app/service.py:ro`, or the long form with `type: bind`): the host path,
 * root-relative, and the absolute path it takes in the container. A named volume (`db_data:/data`),
 * an absolute or home host path (`/var/run/docker.sock`) and a path leaving the repository are no
 * code of the repository and are left out.
 */
export function bindMounts(volumes: unknown, composeDir: string): BindMount[] {
  const out: BindMount[] = [];
  for (const volume of Array.isArray(volumes) ? volumes : []) {
    const [source, target] =
      typeof volume === 'string'
        ? volume.split(':')
        : isRecord(volume) && volume.type === 'bind'
          ? [volume.source, volume.target]
          : [];
    if (typeof source !== 'string' || typeof target !== 'string' || !target.startsWith('/')) continue;
    if (!/^\.{1,2}(\/|$)/.test(source)) continue;
    const repo = resolveInside(composeDir, source);
    if (repo !== undefined) out.push({ source: repo, target: target.replace(/(.)\/+$/, '$1') });
  }
  return out;
}

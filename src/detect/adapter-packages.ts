import { ADAPTER_WORDS } from '../knowledge/service-roles.js';
import type { Manifest } from '../model/facts.js';

/** What the adapter rule asks of a Node.js service candidate. */
export interface AdapterCandidate {
  dir: string;
  manifests: readonly Manifest[];
  /** A deployment file, an image, a start script or a shell script runs it. */
  run: boolean;
}

const ADAPTER_WORD = new RegExp(`^(?:${ADAPTER_WORDS.join('|')})$`, 'i');

/**
 * A framework's published adapter package: shaped to be published (not private; `exports`, `files`,
 * `types`... beyond a lone `main`), named as an adapter in its folder's path or its package name
 * (`packages/adapter-netlify`, `adapters/vercel`), and run by nothing in the repository. The function
 * platform it depends on (`@netlify/functions` as a regular dependency) and the server entry it
 * templates run in its users' deployments. Returns the package's manifest, or undefined.
 */
export function adapterPackage(c: AdapterCandidate): Manifest | undefined {
  if (c.run) return undefined;
  const pkg = c.manifests.find((m) => m.kind === 'package.json' && m.package);
  if (!pkg?.package || pkg.package.private || !pkg.package.publishes || pkg.package.onlyMain !== undefined)
    return undefined;
  const names = [...c.dir.split('/'), ...(pkg.name ?? '').split('/')];
  return names.some((n) => n.split(/[-_.@ ]/).some((w) => ADAPTER_WORD.test(w))) ? pkg : undefined;
}

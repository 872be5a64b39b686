import { parentOf, resolveInside } from '../../paths.js';
import { vercelFunctions } from '../../knowledge/servers/vercel-functions.js';
import type { DeployedFunction } from '../../model/facts.js';
import { evidence, type Lines } from './util.js';

const FUNCTION_BUILDER = /"use"\s*:\s*"@vercel\/(node|python)(?:@[^"]*)?"/g;
const GLOB = /[*?[{]/;

/**
 * The functions a vercel.json `builds` list deploys, one per folder its sources are under
 * (`"src": "apps/api/**\/*.py"` builds apps/api's code, not the folder of vercel.json): each a
 * path the function's project holds (`inside`), the project found where the projects are known.
 */
export function vercelBuilds(file: string, text: string, lines: Lines): DeployedFunction[] {
  const base = parentOf(file);
  const found = new Map<string, DeployedFunction>();
  for (const m of text.matchAll(FUNCTION_BUILDER)) {
    const backend = m[1] === 'python' ? 'python' : 'node';
    // the build's own object: its `src` sits between the braces around its `use`
    const open = text.lastIndexOf('{', m.index);
    const close = text.indexOf('}', m.index);
    const src = /"src"\s*:\s*"([^"]+)"/.exec(text.slice(open, close === -1 ? undefined : close))?.[1];
    const dir = (src && sourceFolder(base, src)) ?? base;
    if (found.has(`${backend}\0${dir}`)) continue;
    found.set(`${backend}\0${dir}`, {
      ...evidence(file, lines.at(m.index), `builds a Vercel function (@vercel/${m[1]})`),
      dir,
      inside: true,
      backend,
      platform: vercelFunctions.name,
    });
  }
  return [...found.values()];
}

/** The folder a build's source names: its path up to the first wildcard, less the file's own name. */
function sourceFolder(base: string, src: string): string | undefined {
  const parts = src.replace(/^\.?\//, '').split('/');
  const fixed = parts.findIndex((p) => GLOB.test(p));
  const folder = (fixed === -1 ? parts.slice(0, -1) : parts.slice(0, fixed)).join('/');
  return resolveInside(base, folder || '.');
}

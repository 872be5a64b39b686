import { parentOf, resolveInside } from '../../paths.js';
import { CONFIGURED_FUNCTIONS, vercelFunctions } from '../../knowledge/servers/vercel-functions.js';
import type { DeployedFunction } from '../../model/facts.js';
import { stripJsonc } from './node.js';
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
  const add = (backend: 'node' | 'python', dir: string, at: number, detail: string) => {
    if (!found.has(`${backend}\0${dir}`))
      found.set(`${backend}\0${dir}`, {
        ...evidence(file, lines.at(at), detail),
        dir,
        inside: true,
        backend,
        platform: vercelFunctions.name,
      });
  };
  for (const m of text.matchAll(FUNCTION_BUILDER)) {
    // the build's own object: its `src` sits between the braces around its `use`
    const open = text.lastIndexOf('{', m.index);
    const close = text.indexOf('}', m.index);
    const src = /"src"\s*:\s*"([^"]+)"/.exec(text.slice(open, close === -1 ? undefined : close))?.[1];
    add(
      m[1] === 'python' ? 'python' : 'node',
      (src && sourceFolder(base, src)) ?? base,
      m.index,
      `builds a Vercel function (@vercel/${m[1]})`,
    );
  }
  // a `functions` map configures the scripts it names as functions (`"api/index.js": { "maxDuration": 30 }`):
  // with no `builds`, the zero-config deploy of those files, which is the function platform running the project
  for (const [key, backend] of configuredFunctions(text))
    add(
      backend,
      sourceFolder(base, key) ?? base,
      Math.max(text.indexOf(JSON.stringify(key)), 0),
      `configures the Vercel function ${key}`,
    );
  return [...found.values()];
}

/** The keys of a vercel.json `functions` map that name Vercel Functions (see CONFIGURED_FUNCTIONS), with their backend. */
function configuredFunctions(text: string): [string, 'node' | 'python'][] {
  let parsed: unknown;
  try {
    // comments are written in vercel.json files that deploy (`/* static site */`)
    parsed = JSON.parse(stripJsonc(text));
  } catch {
    return [];
  }
  const map = (parsed as { functions?: unknown } | null)?.functions;
  if (!map || typeof map !== 'object' || Array.isArray(map)) return [];
  return Object.keys(map).flatMap((key): [string, 'node' | 'python'][] => {
    const runtime = (map as Record<string, { runtime?: unknown }>)[key]?.runtime;
    // a community runtime (`vercel-php@0.6.0`) runs another language; `nodejs20.x` and `python3.12` are ours
    if (typeof runtime === 'string' && !/^(?:nodejs|python)/.test(runtime)) return [];
    const path = key.replace(/^\.?\//, '');
    if (CONFIGURED_FUNCTIONS.python.test(path)) return [[key, 'python']];
    return CONFIGURED_FUNCTIONS.node.test(path) ? [[key, 'node']] : [];
  });
}

/** The folder a build's source names: its path up to the first wildcard, less the file's own name. */
function sourceFolder(base: string, src: string): string | undefined {
  const parts = src.replace(/^\.?\//, '').split('/');
  const fixed = parts.findIndex((p) => GLOB.test(p));
  const folder = (fixed === -1 ? parts.slice(0, -1) : parts.slice(0, fixed)).join('/');
  return resolveInside(base, folder || '.');
}

import { parentOf, resolveInside } from '../../paths.js';
import { backendOfRuntime } from '../../knowledge/backends.js';
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
  for (const fn of configuredFunctions(file, text, lines))
    if (!found.has(`${fn.backend}\0${fn.dir}`)) found.set(`${fn.backend}\0${fn.dir}`, fn);
  return [...found.values()];
}

/** A path under a Next.js page or app tree, whose route files the framework builds (its `functions` only tune them). */
const FRAMEWORK_ROUTES = /^(?:src\/)?(?:pages|app)\//;
const NODE_SOURCE = /\.[cm]?[jt]sx?$/;

/**
 * The functions a vercel.json `functions` map configures by their source paths (`"backend/wsgi.py": {
 * "runtime": "python3.12" }`, `"server/*.js": { "maxDuration": 30 }`): each a function of the folder
 * the path is under, its backend from the file's extension or the `runtime` given. Paths under a Next.js
 * `pages/` or `app/` tree are the framework's routes, and a file that does not parse names none.
 */
function configuredFunctions(file: string, text: string, lines: Lines): DeployedFunction[] {
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch {
    return [];
  }
  const functions = (config as { functions?: unknown } | null)?.functions;
  if (typeof functions !== 'object' || functions === null || Array.isArray(functions)) return [];
  const base = parentOf(file);
  return Object.entries(functions as Record<string, unknown>).flatMap(([path, options]) => {
    const source = path.replace(/^\.?\//, '');
    if (FRAMEWORK_ROUTES.test(source)) return [];
    const runtime = (options as { runtime?: unknown } | null)?.runtime;
    const backend = source.endsWith('.py')
      ? 'python'
      : NODE_SOURCE.test(source)
        ? 'node'
        : typeof runtime === 'string'
          ? backendOfRuntime(runtime.replace(/^@vercel\//, '').replace(/@.*$/, ''))
          : undefined;
    const dir = sourceFolder(base, source);
    if (!backend || !dir) return [];
    return [
      {
        ...evidence(file, lines.find(`"${path}"`), `configures a Vercel function (${path})`),
        dir,
        inside: true,
        backend,
        platform: vercelFunctions.name,
      },
    ];
  });
}

/** The folder a build's source names: its path up to the first wildcard, less the file's own name. */
function sourceFolder(base: string, src: string): string | undefined {
  const parts = src.replace(/^\.?\//, '').split('/');
  const fixed = parts.findIndex((p) => GLOB.test(p));
  const folder = (fixed === -1 ? parts.slice(0, -1) : parts.slice(0, fixed)).join('/');
  return resolveInside(base, folder || '.');
}

/**
 * Root-relative paths as every stage writes them: `/`-separated, no leading `./`, `.` for the
 * root. The one place that knows how such paths nest.
 */

import { PYTHON_SOURCE_ROOTS } from './knowledge/python-layouts.js';

/** The folder holding a path (`.` for a path at the root). */
export function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '.' : path.slice(0, slash);
}

/** Whether a path is the folder itself or lies under it (everything is inside `.`). */
export function isInside(path: string, folder: string): boolean {
  return folder === '.' || path === folder || path.startsWith(`${folder}/`);
}

/** A path under a folder, relative to it; undefined when it is not under it. */
export function relativeTo(folder: string, path: string): string | undefined {
  if (folder === '.') return path;
  return path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : undefined;
}

/** `dir/relative` as a root-relative path, or undefined when it leaves the root (or is a URL or absolute). */
export function resolveInside(dir: string, relative: string): string | undefined {
  if (/^[a-z][\w+.-]*:\/\//i.test(relative) || relative.startsWith('/')) return undefined;
  const parts = dir === '.' ? [] : dir.split('/');
  for (const segment of relative.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.length ? parts.join('/') : '.';
}

/** The last part of a path: a file's or folder's own name. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The nearest folder at or above `dir` for which `dirs.has` holds. */
export function nearest(dir: string, dirs: { has(dir: string): boolean }): string | undefined {
  for (let d = dir; ; d = parentOf(d)) {
    if (dirs.has(d)) return d;
    if (d === '.') return undefined;
  }
}

/**
 * The folder a deployment names; for one the tree lacks (a build's `dist/`, an archive's staging
 * folder), the project it is built in: the nearest folder above it in `projects`. Undefined when
 * there is none, or when `stop` says a folder on the way up holds no code (a configuration's own).
 */
export function builtInto(
  dir: string,
  tree: { has(dir: string): boolean },
  projects: { has(dir: string): boolean },
  stop?: (dir: string) => boolean,
): string | undefined {
  if (tree.has(dir)) return dir;
  for (let d = parentOf(dir); ; d = parentOf(d)) {
    if (stop?.(d)) return undefined;
    if (projects.has(d)) return d;
    if (d === '.') return undefined;
  }
}

const PATH_SETS = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * The paths as a set, made once per list (a list is never changed once made): detect's steps
 * each made their own of the same list, three sets of 15,000 paths at each of a history's
 * evaluations of medusa.
 */
export function pathSet(paths: readonly string[]): ReadonlySet<string> {
  let set = PATH_SETS.get(paths);
  if (!set) PATH_SETS.set(paths, (set = new Set(paths)));
  return set;
}

/** Every folder that holds one of the paths, at any depth, `.` included. */
export function foldersOf(paths: readonly string[]): Set<string> {
  const folders = new Set<string>(['.']);
  for (const path of paths) for (let d = parentOf(path); d !== '.' && !folders.has(d); d = parentOf(d)) folders.add(d);
  return folders;
}

/**
 * The files a dotted Python module may be, relative to the folder it is looked up from: the
 * module's own file, then its package. `python -m pkg` runs the package's `__main__.py`, so a
 * module that is run also tries that before the package's `__init__.py`. Then the same under the
 * project's source roots (knowledge/python-layouts: `src/`), where an installed project's packages sit.
 */
export function pythonModuleFiles(module: string, runs = false): string[] {
  const path = module.replace(/\./g, '/');
  const own = runs
    ? [`${path}.py`, `${path}/__main__.py`, `${path}/__init__.py`]
    : [`${path}.py`, `${path}/__init__.py`];
  return [...own, ...PYTHON_SOURCE_ROOTS.flatMap((root) => own.map((file) => `${root}/${file}`))];
}

/**
 * `foldersOf(paths).has`, without making the set where the paths are in code-unit order (a
 * scan's are): the paths under a folder are one run there, found by a binary search. A tree
 * of 15,000 files has 9,000 folders; a few are asked of (each of a history's evaluations made
 * the whole set).
 */
export function folderTest(paths: readonly string[]): { has(dir: string): boolean } {
  if (!isSorted(paths)) return foldersOf(paths);
  return {
    has: (dir) => {
      if (dir === '.') return true;
      const prefix = `${dir}/`;
      return paths[lowerBound(paths, prefix)]?.startsWith(prefix) ?? false;
    },
  };
}

/** Whether the paths are in code-unit order. */
export function isSorted(paths: readonly string[]): boolean {
  for (let i = 1; i < paths.length; i++) if (paths[i - 1]! > paths[i]!) return false;
  return true;
}

/** The first index of sorted `paths` whose path sorts at or after `key` (code-unit order). */
export function lowerBound(paths: readonly string[], key: string): number {
  let lo = 0;
  let hi = paths.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (paths[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A built archive's path (`dist/app.zip`, `lambda.tar.gz`): a deploy naming one names no folder of the tree. */
export const ARCHIVE_PATH = /\.(?:zip|jar|war|tgz|tar\.gz)$/i;

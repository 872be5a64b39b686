import { AREA_HOLD_SHARE } from '../knowledge/plans.js';
import type { PlanSize } from '../model/plan.js';
import { isInside, parentOf } from '../paths.js';

/** An area before it is described: a folder or a file, and the drift files it holds. */
export interface RawArea {
  path: string;
  folder: boolean;
  driftFiles: string[];
}

/**
 * The smallest folders that hold most of the drift: start from the folder that holds all drift
 * files; it is one area when more than AREA_HOLD_SHARE of its source files are drift files,
 * otherwise each of its subfolders (and each drift file directly in it) is tried the same way.
 * The service's own folder (or one above it) is never an area: all of it would be a switch, not
 * a part to move.
 */
export function findAreas(driftFiles: readonly string[], sources: readonly string[], serviceRoot: string): RawArea[] {
  const unique = [...new Set(driftFiles)].sort();
  return unique.length === 0 ? [] : split(unique, sources, serviceRoot);
}

/** `sources` holds at least the sources under the drift files' common folder; each level passes its children only theirs. */
function split(files: string[], sources: readonly string[], root: string): RawArea[] {
  if (files.length === 1) return [{ path: files[0]!, folder: false, driftFiles: files }];
  const folder = commonFolder(files);
  const inFolder = sources.filter((s) => isInside(s, folder));
  if (!isInside(root, folder) && files.length > AREA_HOLD_SHARE * inFolder.length)
    return [{ path: folder, folder: true, driftFiles: files }];
  const byChild = (list: readonly string[]) => {
    const groups = new Map<string, string[]>();
    for (const path of list) {
      const child = childOf(folder, path);
      const group = groups.get(child);
      if (group) group.push(path);
      else groups.set(child, [path]);
    }
    return groups;
  };
  const childSources = byChild(inFolder);
  return [...byChild(files)].flatMap(([child, group]) => split(group, childSources.get(child) ?? [], root));
}

/** The deepest folder holding every path (`.` for the root). */
export function commonFolder(paths: readonly string[]): string {
  let folder = parentOf(paths[0]!);
  while (folder !== '.' && !paths.every((p) => isInside(p, folder))) folder = parentOf(folder);
  return folder;
}

/** The child of `folder` on the way to `path`: a subfolder, or `path` itself when it sits directly in `folder`. */
function childOf(folder: string, path: string): string {
  const rest = folder === '.' ? path : path.slice(folder.length + 1);
  const slash = rest.indexOf('/');
  if (slash < 0) return path;
  return folder === '.' ? rest.slice(0, slash) : `${folder}/${rest.slice(0, slash)}`;
}

/** The area (of `paths`, folders or files) that holds a path, walking up its folders. */
export function areaLocator(paths: readonly string[]): (path: string) => string | undefined {
  const set = new Set(paths);
  return (path) => {
    for (let at = path; ; at = parentOf(at)) {
      if (set.has(at)) return at;
      if (at === '.') return undefined;
    }
  };
}

/** Files and bytes of the sources that satisfy `pick`. */
export function sizeOf(sources: readonly { path: string; size: number }[], pick: (path: string) => boolean): PlanSize {
  let files = 0;
  let bytes = 0;
  for (const s of sources) {
    if (!pick(s.path)) continue;
    files++;
    bytes += s.size;
  }
  return { files, bytes };
}

/**
 * Names for a set of files: the top folders or files under the service root, descending while
 * they all sit in one folder (`src/routes`, `src/db.ts` -> `routes`, `db`), largest first.
 */
export function partNames(sources: readonly { path: string; size: number }[], root: string): string[] {
  if (sources.length === 0) return [];
  let base = root;
  for (;;) {
    const children = new Set(sources.map((s) => childOf(base, s.path)));
    const only = [...children][0]!;
    if (children.size === 1 && sources.some((s) => s.path !== only) && sources.every((s) => isInside(s.path, only)))
      base = only;
    else break;
  }
  const bytes = new Map<string, number>();
  for (const s of sources) {
    const child = childOf(base, s.path);
    bytes.set(child, (bytes.get(child) ?? 0) + s.size);
  }
  // a folder and a module of one name (`dash/`, `dash.py`) are one part to a reader
  const names = [...bytes.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([path]) => displayName(path));
  return [...new Set(names)];
}

function displayName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

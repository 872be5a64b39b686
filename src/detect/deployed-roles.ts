import {
  DEPLOYABLE_FOLDER_ROLES,
  folderRole,
  nonRuntimeRole,
  SELF_DEPLOYING_FOLDERS,
  TOOL_CONFIG_EXTENSIONS,
} from '../knowledge/service-roles.js';
import type { Dependency, Manifest, ManifestKind, NotServiceReason } from '../model/facts.js';
import { once } from '../memo.js';
import { baseName, isInside, nearest, parentOf, relativeTo, resolveInside } from '../paths.js';
import { normalizePythonName } from './manifests/util.js';
import { scriptOfCommand } from './command-words.js';

/**
 * Examples, samples and demos that the project deploys: folders under such a role that a
 * deployment file outside every such folder runs (a compose build context, a platform file's
 * folder, a Procfile or start-script line's script, a traced image command), and those whose own
 * deployment file deploys them (`ownDeployments`, without the ones that try the repository's own
 * package). The deployment outranks the folder's name; the name decides only where nothing deploys
 * the folder. Each is the nearest project at or above the code it runs, within the role's folder,
 * else that code's folder.
 */
export function deployedRoleFolders(
  manifests: readonly Manifest[],
  chainDirs: readonly string[],
  isProject: (dir: string) => boolean,
  ownDeployments: ReadonlyMap<string, Dependency | undefined>,
): string[] {
  const found = new Set<string>();
  const consider = (dir: string | undefined) => {
    if (dir === undefined) return;
    const role = folderRole(dir);
    if (!role || !DEPLOYABLE_FOLDER_ROLES.has(role)) return;
    const project = nearest(dir, { has: (d) => isProject(d) && folderRole(d) === role });
    found.add(project ?? dir);
  };
  // an example's own deployment file deploys it, unless it is the repository's own package's example
  for (const [dir, tries] of ownDeployments) if (!tries) found.add(dir);
  const scriptFolder = (dir: string, command: string) => {
    const script = scriptOfCommand(command);
    const file = script === undefined ? undefined : resolveInside(dir, script);
    return file === undefined ? undefined : parentOf(file);
  };
  for (const m of manifests) {
    // a deployment file among examples deploys that example, as the example's own instructions
    if (nonRuntimeRole(m.file)) continue;
    for (const context of m.kind === 'compose' ? (m.buildContexts ?? []) : []) consider(context.path);
    for (const p of m.processes ?? []) {
      consider(p.dir);
      consider(scriptFolder(p.dir, p.command));
    }
    if (m.kind === 'procfile' || m.kind === 'start-script')
      for (const command of Object.values(m.scripts ?? {})) consider(scriptFolder(m.dir, command));
  }
  for (const dir of chainDirs) consider(dir);
  return [...found];
}

/**
 * Examples and demos with a deployment file of their own (a Dockerfile, compose file, Procfile,
 * platform or function file inside them): each example's project (the nearest one at or above the
 * file within its folder of examples), with the dependency by which it tries the repository's own
 * package, or undefined for an app of its own, which that deployment file deploys.
 */
export function examplesDeployingThemselves(
  manifests: readonly Manifest[],
  isProject: (dir: string) => boolean,
  hasFile: (path: string) => boolean,
): Map<string, Dependency | undefined> {
  const found = new Map<string, Dependency | undefined>();
  const own = once(() => ownPackages(manifests));
  for (const m of manifests) {
    const role = nonRuntimeRole(m.file);
    if (!role || !DEPLOYABLE_FOLDER_ROLES.has(role) || !deploys(m)) continue;
    // the folder that makes it an example is one of examples or demos, not a template's or a starter's
    const segments = m.file.split('/');
    const at = segments.findIndex((segment) => folderRole(segment) !== undefined);
    const holder = segments[at];
    if (!holder || !SELF_DEPLOYING_FOLDERS.includes(holder.toLowerCase())) continue;
    // the example is the folder just below its folder of examples; its image may be a part of it
    const example = segments.slice(0, at + 2).join('/');
    // a compose file deploys the folders it builds; the others, the folder they sit in
    const dirs = m.kind === 'compose' ? (m.buildContexts ?? []).map((c) => c.path) : [m.dir];
    for (const dir of dirs) {
      const project = nearest(dir, { has: (d) => isProject(d) && folderRole(d) === role }) ?? dir;
      // the examples folder itself, holding no project, is not one example
      const named = !isProject(project) && folderRole(baseName(project)) === role;
      if (folderRole(project) === role && !named && !found.has(project))
        found.set(project, triesOwnPackage(project, example, manifests, own(), hasFile));
    }
  }
  return found;
}

/** The folder role of a path, read below the deployed folder that holds it (none for the folder itself). */
export function roleBelow(
  path: string,
  deployed: readonly string[],
  role: (path: string) => NotServiceReason | undefined,
): NotServiceReason | undefined {
  const holder = deployed.find((d) => isInside(path, d));
  if (holder === undefined) return role(path);
  const rest = relativeTo(holder, path);
  return rest === undefined || rest === '' || rest === '.' ? undefined : role(rest);
}

/**
 * Files a deployment's command runs (a compose command's, a Procfile, start-script or platform
 * file line's, a traced image command's): runtime code wherever they sit, `scripts/worker.py`
 * included. `runs` gives the file a command runs in a folder.
 */
export function deployedFiles(
  manifests: readonly Manifest[],
  chainCode: readonly string[],
  runs: (dir: string, command: string) => string | undefined,
): Set<string> {
  const found = new Set(chainCode);
  const add = (dir: string, command: string | undefined) => {
    const file = command === undefined ? undefined : runs(dir, command);
    if (file !== undefined) found.add(file);
  };
  for (const m of manifests) {
    if (nonRuntimeRole(m.file)) continue;
    for (const context of m.kind === 'compose' ? (m.buildContexts ?? []) : []) add(context.path, context.command);
    for (const p of m.processes ?? []) add(p.dir, p.command);
    if (m.kind === 'procfile' || m.kind === 'start-script')
      for (const command of Object.values(m.scripts ?? {})) add(m.dir, command);
  }
  return found;
}

/** Files that deploy the folder they sit in: an image, a compose file, a Procfile, a platform file, a function template. */
const DEPLOYMENT_KINDS: ReadonlySet<ManifestKind> = new Set(['dockerfile', 'compose', 'procfile', 'platform']);

function deploys(m: Manifest): boolean {
  return DEPLOYMENT_KINDS.has(m.kind) || (m.functions?.length ?? 0) > 0;
}

/** The packages the repository itself defines (npm names, Python distributions), each with its folder. */
function ownPackages(manifests: readonly Manifest[]): Map<string, string> {
  const own = new Map<string, string>();
  for (const m of manifests)
    if (m.name && !m.lockfile && m.ecosystem)
      own.set(m.ecosystem === 'python' ? normalizePythonName(m.name) : m.name, m.dir);
  return own;
}

/** A version that points into the repository instead of a registry (`file:../..`, `workspace:*`, `link:`, `-e ..`). */
const LOCAL_VERSION = /^(?:file:|link:|portal:|workspace:|\.{1,2}\/|-e\s)/;

/**
 * The dependency by which an example tries the repository's own package: a package another folder
 * of the repository defines, or one it takes from the tree by a relative path, written by the
 * deployed project or by a folder above it within the example (the example's package.json beside a
 * container folder it builds). A framework's, SDK's or library's examples are there to try it (their
 * Dockerfile too), not deployed as the project's backends; an example that depends on none of them
 * is an app of its own.
 */
function triesOwnPackage(
  project: string,
  example: string,
  manifests: readonly Manifest[],
  own: ReadonlyMap<string, string>,
  hasFile: (path: string) => boolean,
): Dependency | undefined {
  for (const m of manifests) {
    const dir = baseName(m.dir) === 'requirements' ? parentOf(m.dir) : m.dir;
    if (dir !== project && !(isInside(project, dir) && isInside(dir, example))) continue;
    const found = m.dependencies.find((d) => {
      const at = own.get(d.name);
      return (at !== undefined && !isInside(at, example)) || (d.version !== undefined && LOCAL_VERSION.test(d.version));
    });
    if (found) return found;
  }
  // a tool's own config file (`sst.config.ts` in an SST example) ties the example to the tool with no dependency written
  for (const [name, at] of own)
    for (let dir = project; isInside(dir, example) && !isInside(at, example); dir = parentOf(dir)) {
      const config = TOOL_CONFIG_EXTENSIONS.map((ext) => `${dir === '.' ? '' : `${dir}/`}${name}.config.${ext}`).find(
        hasFile,
      );
      if (config) return { name, ecosystem: 'node', dev: true, file: config };
      if (dir === example) break;
    }
  return undefined;
}

import { DEPLOYABLE_FOLDER_ROLES, ENTRY_SCRIPT_FILE, folderRole, nonRuntimeRole } from '../knowledge/service-roles.js';
import type { NotServiceReason, Manifest } from '../model/facts.js';
import { isInside, nearest, parentOf, relativeTo, resolveInside } from '../paths.js';

/**
 * Examples, samples and demos that the project deploys: folders under such a role that a
 * deployment file outside every such folder runs (a compose build context, a platform file's
 * folder, a Procfile or start-script line's script, a traced image command). The deployment
 * outranks the folder's name; the name decides only where nothing deploys the folder. Each is
 * the nearest project at or above the code it runs, within the role's folder, else that code's folder.
 */
export function deployedRoleFolders(
  manifests: readonly Manifest[],
  chainDirs: readonly string[],
  isProject: (dir: string) => boolean,
): string[] {
  const found = new Set<string>();
  const consider = (dir: string | undefined) => {
    if (dir === undefined) return;
    const role = folderRole(dir);
    if (!role || !DEPLOYABLE_FOLDER_ROLES.has(role)) return;
    const project = nearest(dir, { has: (d) => isProject(d) && folderRole(d) === role });
    found.add(project ?? dir);
  };
  const scriptFolder = (dir: string, command: string) => {
    const script = ENTRY_SCRIPT_FILE.exec(command.replace(/^.*?(?:node|tsx|ts-node|python[\d.]*)\s+/, ''))?.[1];
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

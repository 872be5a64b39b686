import { NODE_ENTRY_SCRIPT_EXTENSION, NODE_ENTRY_SCRIPT_NAMES, nonRuntimeRole } from '../knowledge/service-roles.js';
import { baseName, isInside, parentOf } from '../paths.js';

/**
 * Node.js code under no package.json: the Node counterpart of Python code served from a
 * subfolder. Each folder outside every Node project (and outside tests, examples, scripts) with an
 * entry script at its top (`server.js`, `index.js`) and a server or consumer in another file under
 * it, mapped to that script: the code under the folder is its program's, which the script starts.
 * A server only in the script itself, started nowhere, is a module's (`module.exports = () => http.createServer()`).
 */
export function entryScriptFolders(
  paths: readonly string[],
  nodeProjects: { has(dir: string): boolean },
  serving: () => readonly { file: string }[],
): Map<string, string> {
  const folders = new Map<string, string>();
  // whether a folder lies in a Node project, each folder's answer kept: every folder has its index.ts
  const inProject = new Map<string, boolean>();
  const underProject = (dir: string): boolean => {
    let answer = inProject.get(dir);
    if (answer === undefined)
      inProject.set(dir, (answer = nodeProjects.has(dir) || (dir !== '.' && underProject(parentOf(dir)))));
    return answer;
  };
  for (const file of paths) {
    if (rank(file) < 0 || nonRuntimeRole(file)) continue;
    const dir = parentOf(file);
    if (underProject(dir)) continue;
    const known = folders.get(dir);
    // one script per folder, the likeliest name first (server before index)
    if (known === undefined || rank(file) < rank(known)) folders.set(dir, file);
  }
  if (folders.size === 0) return folders;
  const files = [...new Set(serving().map((e) => e.file))].filter((file) => !nonRuntimeRole(file));
  for (const [dir, script] of folders)
    if (!files.some((file) => file !== script && isInside(file, dir))) folders.delete(dir);
  return folders;
}

/** The script's place among the entry names, -1 when it is none. */
function rank(file: string): number {
  // the extension ends the path as it ends the name: most paths are ruled out before a slice
  if (!NODE_ENTRY_SCRIPT_EXTENSION.test(file)) return -1;
  const name = baseName(file);
  return NODE_ENTRY_SCRIPT_NAMES.indexOf(name.slice(0, name.lastIndexOf('.')));
}

import type { ServerKnowledge } from '../knowledge/servers/derive.js';
import type { Backend } from '../model/common.js';
import { shellForm } from './command-words.js';

/**
 * The folder a command starts when it runs in `dir`: `dir` itself, or, for a framework whose CLI
 * runs at the app's root and serves one side of it (RedwoodJS's `rw serve` beside `redwood.toml`
 * starts `api/`), that side's folder where it is a project of the command's backend.
 */
export function servedFolder(
  dir: string,
  command: string,
  k: ServerKnowledge,
  has: (file: string) => boolean,
  isProject: (dir: string, backend: Backend) => boolean,
): string {
  const line = shellForm(command);
  const under = (name: string) => (dir === '.' ? name : `${dir}/${name}`);
  for (const side of k.folderCommands)
    if (side.pattern.test(line) && has(under(side.marker)) && isProject(under(side.folder), side.backend))
      return under(side.folder);
  return dir;
}

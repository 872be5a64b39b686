import { JS_FILE, PY_FILE } from '../knowledge/code-files.js';
import type { Backend } from '../model/common.js';

const SOURCE: Record<Backend, RegExp> = { node: JS_FILE, python: PY_FILE };

/**
 * The folders, per backend, that own at least one source file of their language (by `owner`, the
 * rule that gives each file to a project). A manifest whose folder owns none only lists packages:
 * a `pip freeze` of a nested project's environment at the root, a lock of a workspace whose code
 * lives in its members.
 */
export function foldersWithCode(
  paths: readonly string[],
  owner: (file: string, backend: Backend) => string,
): Record<Backend, Set<string>> {
  const owning: Record<Backend, Set<string>> = { node: new Set(), python: new Set() };
  for (const file of paths)
    for (const backend of ['node', 'python'] as const)
      if (SOURCE[backend].test(file)) owning[backend].add(owner(file, backend));
  return owning;
}

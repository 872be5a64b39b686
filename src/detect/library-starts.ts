import { NODE_ENTRY_SCRIPT_EXTENSION, NODE_ENTRY_SCRIPT_NAMES } from '../knowledge/service-roles.js';
import type { Evidence } from '../model/common.js';
import { baseName, relativeTo, resolveInside } from '../paths.js';

/**
 * Where a published Node.js package starts a server only inside its API: every start its code makes
 * is in a module that is neither the package's `main` nor a program placed to be run (`server.js`,
 * `src/index.ts`: an entry script's name at the package's top or one folder below). An app
 * container's `start(port)` that calls `listen` for the apps built on it (`src/core/App.ts`), a
 * framework's `lib/application.js`: what the package's users run, not what the repository runs.
 * Returns the first such start, or undefined when one start is in a runnable file or a manifest.
 */
export function startsInsideApi(
  dir: string,
  main: string | undefined,
  starts: readonly Evidence[],
  /** The package's manifests: a start read from one (a platform package's line) is no code of the API. */
  manifests: ReadonlySet<string>,
): Evidence | undefined {
  if (starts.length === 0) return undefined;
  const mainFile = main === undefined ? undefined : resolveInside(dir, main);
  const runnable = (file: string) => {
    const inPackage = relativeTo(dir, file);
    if (inPackage === undefined) return true;
    if (mainFile !== undefined && withoutExtension(file) === withoutExtension(mainFile)) return true;
    const name = baseName(inPackage);
    const placed = inPackage.split('/').length <= 2;
    return (
      placed &&
      NODE_ENTRY_SCRIPT_EXTENSION.test(name) &&
      NODE_ENTRY_SCRIPT_NAMES.includes(name.slice(0, name.lastIndexOf('.')).toLowerCase())
    );
  };
  // a start read from a manifest (a package's own word, not a line of its code) is no start inside the API
  const code = (s: Evidence) => s.file !== undefined && s.line !== undefined && !manifests.has(s.file);
  return starts.every((s) => code(s) && !runnable(s.file!)) ? starts[0] : undefined;
}

function withoutExtension(file: string): string {
  return file.replace(/\.[cm]?[jt]sx?$/, '');
}

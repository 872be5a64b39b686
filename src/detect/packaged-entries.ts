import type { Manifest } from '../model/facts.js';
import { resolveInside } from '../paths.js';
import { programWords } from './command-words.js';

/**
 * Entries a package declares for itself: the console scripts of a Python distribution
 * (`[project.scripts]`, `[tool.poetry.scripts]`, setup.py/setup.cfg `console_scripts`) and the
 * `bin` commands of an npm package. A deployment file or start script that runs one starts
 * the package's folder, whatever the command is called.
 */

/** Manifests whose `scripts` are console scripts (name -> `module:function`), not commands. */
const CONSOLE_SCRIPT_KINDS: ReadonlySet<Manifest['kind']> = new Set(['pyproject', 'setup-py', 'setup-cfg']);

/** The program a command line runs, in the shell or the exec form (`["acme-api", "--port", "80"]`): see programWords. */
export function programOf(command: string): string | undefined {
  return programWords(command)[0];
}

/** The console scripts a manifest declares, `[name, module:function]`; none for other manifests. */
export function consoleScriptsOf(m: Manifest): [string, string][] {
  return CONSOLE_SCRIPT_KINDS.has(m.kind) ? Object.entries(m.scripts ?? {}) : [];
}

/** Console script name -> the folder of the distribution that declares it. */
export function consoleScripts(
  manifests: readonly Manifest[],
  projectDir: (m: Manifest) => string,
): Map<string, string> {
  const scripts = new Map<string, string>();
  for (const m of manifests)
    if (CONSOLE_SCRIPT_KINDS.has(m.kind))
      for (const name of Object.keys(m.scripts ?? {})) if (!scripts.has(name)) scripts.set(name, projectDir(m));
  return scripts;
}

/**
 * The `bin` file (root-relative) a package.json script runs, by its command name or as
 * `node <file>`; undefined when the script runs none of the package's own commands.
 */
export function binRunBy(m: Manifest, command: string): string | undefined {
  const bins = m.package?.bins ?? {};
  const program = programOf(command);
  const script = /(?:^|\s)(?:node|tsx|ts-node|bun)\s+(?:--?[\w-]+(?:=\S+)?\s+)*(\S+)/.exec(command)?.[1];
  const scriptPath = script && resolveInside(m.dir, script);
  for (const [name, file] of Object.entries(bins)) {
    const path = resolveInside(m.dir, file);
    if (!path) continue;
    if (program === name || scriptPath === path) return path;
  }
  return undefined;
}

import { CLI_FRAMEWORKS } from '../knowledge/cli-frameworks.js';
import type { Evidence } from '../model/common.js';
import type { ImportRef, Manifest } from '../model/facts.js';
import { consoleScriptsOf } from './packaged-entries.js';

/** What the rule asks of a Python candidate whose code starts a server. */
export interface ToolCandidate {
  manifests: readonly Manifest[];
  /** Its start lines in code (`uvicorn.run(...)`, `app.run()`), with file and line. */
  starts: readonly Evidence[];
  /** A Dockerfile, compose file, Procfile, platform file, image or start script runs it. */
  run: boolean;
}

export interface ToolCommand {
  /** The console script, `name = module:function`. */
  script: string;
  start: Evidence;
  /** The command-line library the starting file imports. */
  framework: string;
}

/**
 * Python files that import a command-line library, with that library's name: asked once per
 * repository, each file's answer kept.
 */
export function cliFiles(imports: readonly ImportRef[]): Map<string, string> {
  const byModule = new Map(CLI_FRAMEWORKS.flatMap((f) => f.modules.map((m) => [m, f.name] as const)));
  const files = new Map<string, string>();
  for (const ref of imports) {
    const name = ref.ecosystem === 'python' ? byModule.get(ref.module) : undefined;
    if (name && !files.has(ref.file)) files.set(ref.file, name);
  }
  return files;
}

/**
 * A command-line tool's own command that starts its server: the distribution declares console
 * scripts, nothing deploys or runs it but its user (a README showing the command is how a tool is
 * used), and every file whose code starts its server is a command module (it imports a
 * command-line library). Undefined otherwise.
 */
export function toolCommand(c: ToolCandidate, cli: ReadonlyMap<string, string>): ToolCommand | undefined {
  if (c.run || c.starts.length === 0) return undefined;
  const scripts = c.manifests.flatMap(consoleScriptsOf);
  if (scripts.length === 0) return undefined;
  if (!c.starts.every((s) => cli.has(s.file))) return undefined;
  const [name, target] = scripts[0]!;
  const start = c.starts[0]!;
  return { script: `${name} = ${target}`, start, framework: cli.get(start.file)! };
}

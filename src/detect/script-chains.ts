import type { Backend } from '../model/common.js';
import type { Manifest } from '../model/facts.js';
import { isInside, nearest, parentOf, resolveInside } from '../paths.js';
import { launchedTarget, programWords, segments, SHELL } from './command-words.js';
import { joinContinued } from './lines.js';

/** A server or worker that a shell script run by a start command starts, with the folder it runs in. */
export interface ScriptStart {
  dir: string;
  /** The folder the line runs in (the script's `cd` lines followed): where a module it names is looked up. */
  cwd: string;
  backend: Backend;
  worker: boolean;
  /** The script's file and line that starts it, and the command there. */
  file: string;
  line: number;
  command: string;
}

/** Scripts followed from a command, at most this deep (a start script calling another). */
const MAX_DEPTH = 3;
/** The script's own folder as a script writes it: `$(dirname "$0")`, `$(dirname "${BASH_SOURCE[0]}")`. */
const OWN_FOLDER = /\$\(\s*dirname\s+"?\$(?:0|\{BASH_SOURCE(?:\[0\])?\}|BASH_SOURCE)"?\s*\)/g;

/** One command line of a script, with its line number. */
interface ScriptLine {
  line: number;
  command: string;
}

/**
 * The shell scripts of the tree, by file, as command lines in order: a line continued with `\`
 * is joined to the next.
 */
export function shellScripts(manifests: readonly Manifest[]): Map<string, ScriptLine[]> {
  const scripts = new Map<string, ScriptLine[]>();
  for (const m of manifests) {
    const lines = m.kind === 'shell-script' ? m.commandLines : m.kind === 'start-script' ? m.scripts : undefined;
    if (!lines) continue;
    const ordered = Object.entries(lines).map(([key, command]) => ({
      line: Number(key.replace(/^line /, '')) || 0,
      command,
    }));
    const logical = joinContinued(ordered.map((l) => l.command));
    scripts.set(
      m.file,
      logical.map(({ text, first }) => ({ line: ordered[first]!.line, command: text.trim() })),
    );
  }
  return scripts;
}

/**
 * What a package.json script or a Procfile line that runs a shell script of the tree starts (`"dev": "./bin/dev.sh"`,
 * `"start": "sh scripts/start.sh"`): each line of the script, and of the scripts it runs in turn,
 * that starts a server or a worker by the records (`uv run uvicorn main:app`, `celery -A app
 * worker`), in the folder the line runs in: the package's folder, moved by the script's `cd` lines
 * (`cd "$(dirname "$0")/.."`, `cd api && ...`). The script is read, never run.
 */
export function scriptStarts(
  dir: string,
  command: string,
  scripts: ReadonlyMap<string, readonly ScriptLine[]>,
  started: (command: string) => { backend: Backend; worker: boolean } | undefined,
  projects: Record<Backend, { has(dir: string): boolean }>,
): ScriptStart[] {
  const found: ScriptStart[] = [];
  const follow = (file: string, cwd: string, depth: number) => {
    let here = cwd;
    for (const { line, command: text } of scripts.get(file) ?? []) {
      // a command sent to the background (`uvicorn main:app &`) runs as much as one waited for
      for (const part of segments(text).map((s) => s.replace(/\s*&$/, ''))) {
        const cd = /^cd\s+(.+?)\s*$/.exec(part);
        if (cd) {
          here = moved(here, cd[1]!, parentOf(file)) ?? here;
          continue;
        }
        const script = scriptRun(part, here, scripts);
        if (script !== undefined) {
          if (depth < MAX_DEPTH) follow(script, here, depth + 1);
          continue;
        }
        const named = started(part);
        if (!named) continue;
        const at = nearest(here, projects[named.backend]);
        found.push({
          dir: at !== undefined && isInside(here, at) && isInside(at, dir) ? at : here,
          cwd: here,
          ...named,
          file,
          line,
          command: part.trim(),
        });
      }
    }
  };
  const first = scriptRun(command, dir, scripts);
  if (first !== undefined) follow(first, dir, 1);
  return found;
}

/** The script of the tree a command runs: `./dev.sh`, `bin/start`, `sh scripts/start.sh`, `bash -e run.sh`. */
function scriptRun(command: string, cwd: string, scripts: ReadonlyMap<string, unknown>): string | undefined {
  const [program, ...args] = programWords(command);
  if (program === undefined) return undefined;
  const target = SHELL.test(program) ? launchedTarget(args, false) : undefined;
  const named = target && 'file' in target ? target.file : program.includes('/') ? program : undefined;
  const file = named === undefined ? undefined : resolveInside(cwd, named);
  return file !== undefined && scripts.has(file) ? file : undefined;
}

/** The folder a `cd` moves to, from the current one; the script's own folder where it names it. Undefined when it cannot be told. */
function moved(cwd: string, target: string, scriptFolder: string): string | undefined {
  const own = target.replace(/^(["'])(.*)\1$/, '$2').replace(OWN_FOLDER, '\0');
  if (/[$`~]/.test(own)) return undefined;
  if (own.startsWith('\0')) return resolveInside(scriptFolder, own.slice(1).replace(/^\/+/, '') || '.');
  return resolveInside(cwd, own);
}

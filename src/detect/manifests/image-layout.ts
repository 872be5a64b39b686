import type { ImageCopy, ImageLayout } from '../../model/facts.js';
import { execWords, unquote } from '../command-words.js';
import { joinContinued } from '../lines.js';

/**
 * Where a Dockerfile puts the build context's files: each stage's COPY/ADD lines with their
 * destinations made absolute against the `WORKDIR` of the moment, and the last stage's working
 * directory, so that a command's path inside the image (`/app/apps/main.py`) can be traced back to
 * the repository. `ARG` and `ENV` values (`WORKDIR ${APP_HOME}`) are substituted; a line that
 * cannot be read (a URL, a heredoc, an unknown variable) is left out, never an error.
 */
export function imageLayout(instructions: readonly DockerInstruction[]): ImageLayout {
  const stages: ImageLayout['stages'] = [];
  const vars = new Map<string, string>();
  const workdirs = new Map<string, string>();
  let workdir = '/';
  for (const { op, rest, line: lineNo } of instructions) {
    if (op === 'FROM') {
      const name = /\s+AS\s+([\w.-]+)\s*$/i.exec(rest)?.[1];
      // a stage built on an earlier one (`FROM app AS app-plus`) holds what that one copied, in its working directory
      const base = rest.split(/\s+/).find((w) => !w.startsWith('--'));
      const parent = base === undefined ? undefined : stages.find((st) => st.name === base);
      workdir = (parent && workdirs.get(base!)) ?? '/';
      stages.push({
        ...(name ? { name } : {}),
        copies: parent ? [...parent.copies] : [],
        workdir,
        ...(parent?.commands ? { commands: { ...parent.commands } } : {}),
      });
    } else if (op === 'ARG' || op === 'ENV') {
      for (const [name, value] of assignments(rest, op)) vars.set(name, substitute(value, vars) ?? value);
    } else if (op === 'WORKDIR') {
      const dir = substitute(unquote(rest), vars);
      if (dir !== undefined) workdir = absolute(workdir, dir);
      const stage = stages[stages.length - 1];
      if (stage?.name !== undefined) workdirs.set(stage.name, workdir);
      if (stage) stage.workdir = workdir;
    } else if ((op === 'CMD' || op === 'ENTRYPOINT') && stages.length > 0) {
      const stage = stages[stages.length - 1]!;
      stage.commands = { ...stage.commands, [op.toLowerCase()]: rest };
    } else if ((op === 'COPY' || op === 'ADD') && stages.length > 0) {
      const copy = copyOf(rest, workdir, vars, lineNo);
      if (copy) stages[stages.length - 1]!.copies.push(copy);
    }
  }
  return { stages, workdir };
}

/**
 * The image a build stopping at a named stage makes (compose `build.target`): the stages up to it,
 * its working directory and its own command (`CMD`/`ENTRYPOINT`, inherited from the stage it is
 * built on). Undefined for a stage the Dockerfile does not name.
 */
export function stageImage(
  layout: ImageLayout,
  target: string,
): { image: ImageLayout; commands: Record<string, string> } | undefined {
  const at = layout.stages.findIndex((s) => s.name === target);
  if (at < 0) return undefined;
  const stage = layout.stages[at]!;
  return {
    image: { stages: layout.stages.slice(0, at + 1), workdir: stage.workdir ?? '/' },
    commands: stage.commands ?? {},
  };
}

/** One instruction of a Dockerfile, its continuation lines joined, at the line it starts on. */
export interface DockerInstruction {
  op: string;
  rest: string;
  line: number;
}

export function dockerInstructions(text: string): DockerInstruction[] {
  const out: { op: string; rest: string; line: number }[] = [];
  for (const { text: joined, first } of joinContinued(text.split(/\r?\n/))) {
    const instr = /^\s*([A-Za-z]+)\s+(.*)$/.exec(joined);
    if (instr) out.push({ op: instr[1]!.toUpperCase(), rest: instr[2]!.trim(), line: first + 1 });
  }
  return out;
}

/** `ENV A=1 B=2`, `ENV A 1`, `ARG A=1`: the names and values set. */
function assignments(rest: string, op: string): [string, string][] {
  const pairs = [...rest.matchAll(/(\w+)=("[^"]*"|'[^']*'|\S*)/g)].map((m): [string, string] => [
    m[1]!,
    unquote(m[2]!),
  ]);
  if (pairs.length > 0) return pairs;
  const legacy = op === 'ENV' ? /^(\w+)\s+(.+)$/.exec(rest) : undefined;
  return legacy ? [[legacy[1]!, unquote(legacy[2]!.trim())]] : [];
}

function copyOf(rest: string, workdir: string, vars: Map<string, string>, line: number): ImageCopy | undefined {
  let from: string | undefined;
  const exec = rest.replace(/^(--[\w-]+(=\S*)?\s+)*/, (flags) => {
    from = /--from=(\S+)/.exec(flags)?.[1];
    return '';
  });
  if (exec.startsWith('<<')) return undefined;
  const words = execWords(exec);
  if (!words) return undefined;
  const resolved = words.map((w) => substitute(w, vars));
  if (resolved.length < 2 || resolved.some((w) => w === undefined || /^[a-z][\w+.-]*:\/\//i.test(w))) return undefined;
  const dest = resolved.pop()!;
  const sources = resolved as string[];
  const to = absolute(workdir, dest);
  return {
    sources,
    // a destination ending in a slash is a folder: `COPY app.py ./` puts the file under it
    dest: to !== '/' && (dest.endsWith('/') || dest === '.') ? `${to}/` : to,
    ...(from !== undefined ? { from } : {}),
    line,
  };
}

/** `$NAME` and `${NAME}` (with a `:-default`) replaced; undefined when one is unknown. */
function substitute(value: string, vars: Map<string, string>): string | undefined {
  let unknown = false;
  const out = value.replace(
    /\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g,
    (_, braced: string, fallback: string, bare: string) => {
      const known = vars.get(braced ?? bare) ?? fallback;
      if (known === undefined) unknown = true;
      return known ?? '';
    },
  );
  return unknown ? undefined : out;
}

/** A path inside the image made absolute against `dir`, with `.` and `..` resolved; no trailing slash. */
export function absolute(dir: string, path: string): string {
  const parts = path.startsWith('/') ? [] : dir.split('/').filter(Boolean);
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  return `/${parts.join('/')}`;
}

import type { Manifest } from '../../model/facts.js';
import { cliFunctionDeploys, cliImageDeploys, cliSourceDeploys } from './cli-deploys.js';
import { describedInReadme } from '../self-descriptions.js';
import { baseName, resolveInside } from '../../paths.js';
import { joinContinued } from '../lines.js';
import { parse as parseYaml } from 'yaml';
import { TASK_RUNNER_FILES, type TaskRunnerFile } from '../../knowledge/task-runners.js';
import { MAKEFILE, RECIPE_FILES } from '../../knowledge/manifest-formats.js';
import {
  describeParseError,
  dirOf,
  evidence,
  isRecord,
  Lines,
  manifestOf,
  type ParsedManifest,
  problem,
  QUIET_YAML,
} from './util.js';

type Process = NonNullable<Manifest['processes']>[number];

/**
 * Run commands people write down for each other: a README's code (fenced blocks, indented
 * literal blocks after `::`, inline code spans; never its prose) and a Makefile's or justfile's
 * target recipes. Each command line becomes a process run in the folder the text's `cd` lines
 * lead to. Nothing here is run: detect reads each command as a start command, and counts it only
 * when it runs the folder's own code.
 */
export function parseRunDoc(file: string, text: string): ParsedManifest {
  const name = baseName(file);
  const runner = TASK_RUNNER_FILES.find((r) => r.files.test(name));
  if (runner) return taskRunnerDoc(file, text, runner);
  const recipes = isRecipeFile(file);
  const processes = recipes ? recipeCommands(file, text) : readmeCommands(file, text);
  // a recipe's function deploy (`gcloud functions deploy`) runs in the Makefile's folder, which it deploys when it names
  // no source; each recipe line runs in a shell of its own, so a `cd` leads only the rest of its line
  const recipeRun = { from: 'folder', bare: true, eachLine: true } as const;
  const functions = recipes ? cliFunctionDeploys(file, text, dirOf(file), recipeRun) : [];
  const sourceDeploys = recipes ? cliSourceDeploys(file, text, dirOf(file), recipeRun) : [];
  // a deploy of an image by name runs that image, wherever it is written (see detect/image-runs)
  const containers = cliImageDeploys(file, text);
  // a README's opening may say what its folder is (a mock server): see detect/self-descriptions
  const describedAs = recipes ? undefined : describedInReadme(file, text);
  return {
    manifest: manifestOf('run-doc', file, undefined, {
      ...(processes.length ? { processes } : {}),
      ...(functions.length ? { functions } : {}),
      ...(sourceDeploys.length ? { sourceDeploys } : {}),
      ...(containers.length ? { containers } : {}),
      ...(describedAs ? { describedAs } : {}),
    }),
    warnings: [],
  };
}

/** A task runner's file (Taskfile.yml, vagga.yaml): each task's commands, run in its folder. */
function taskRunnerDoc(file: string, text: string, runner: TaskRunnerFile): ParsedManifest {
  let data: unknown;
  try {
    // vagga's `!Command` and `!Supervise` tags are left unresolved: their tables are read as plain ones
    data = parseYaml(text, QUIET_YAML);
  } catch (error) {
    return problem(file, describeParseError('YAML', error));
  }
  const lines = new Lines(text);
  const processes: Process[] = [];
  const add = (name: string, task: unknown) => {
    const table = isRecord(task) ? task : undefined;
    if (table && runner.children && isRecord(table[runner.children])) {
      for (const [child, value] of Object.entries(table[runner.children] as Record<string, unknown>))
        add(`${name}.${child}`, value);
      return;
    }
    const value = table ? runner.commands.map((key) => table[key]).find((v) => v !== undefined) : task;
    const folder = table && runner.dir && typeof table[runner.dir] === 'string' ? (table[runner.dir] as string) : '.';
    const dir = resolveInside(dirOf(file), folder.replace(/\/$/, ''));
    if (dir === undefined) return;
    const commands =
      typeof value === 'string'
        ? [value]
        : !Array.isArray(value)
          ? []
          : runner.list === 'words'
            ? [value.filter((w) => typeof w === 'string').join(' ')]
            : value.flatMap((item) => {
                const cmd = isRecord(item) ? item.cmd : item;
                return typeof cmd === 'string' ? [cmd] : [];
              });
    for (const command of commands.flatMap((c) => c.split('\n')).map((c) => c.trim()))
      if (command && !command.startsWith('#'))
        processes.push({ ...evidence(file, lines.find(command), name), name, command, dir });
  };
  const tasks = isRecord(data) ? data[runner.tasks] : undefined;
  for (const [name, task] of Object.entries(isRecord(tasks) ? tasks : {})) add(name, task);
  return {
    manifest: manifestOf('run-doc', file, undefined, processes.length ? { processes } : {}),
    warnings: [],
  };
}

/** A Makefile or justfile (knowledge/manifest-formats' RECIPE_FILES). */
export function isRecipeFile(file: string): boolean {
  const name = baseName(file);
  return RECIPE_FILES.some((re) => re.test(name));
}

/** Shell prompts before a command in a README (`$ `, `> `, `(venv) $ `, `PS C:\app> `). */
const PROMPT = /^(?:\([\w.-]+\)\s*)?(?:PS [^>]*>|[$%>](?=\s))\s*/;
/** A code span naming a folder of the repository (`shop/`, `./services/api/`). */
const FOLDER_SPAN = /^(?:\.\/)?[\w.-]+(?:\/[\w.-]+)*\/$/;
/** A line that only changes folder: `cd backend`, `cd ./api/`. */
const CD = /^cd\s+("[^"]+"|'[^']+'|\S+)\s*$/;

function readmeCommands(file: string, text: string): Process[] {
  const lines = new Lines(text);
  const out: Process[] = [];
  const dir = dirOf(file);
  const rst = /\.rst$/i.test(file);
  const plain = /\.txt$/i.test(file) || !/\.\w+$/.test(file);
  for (const block of codeBlocks(text, rst, plain)) {
    let at: string | undefined = dir;
    let cloned = false;
    for (const { text, first } of joinContinued(block.lines.map((l) => l.text))) {
      const line = text.replace(PROMPT, '').trim();
      if (!line || line.startsWith('#') || line.startsWith('//')) continue;
      // `git clone ... && cd repo`: the clone's folder is the README's own
      if (/^git\s+clone\b/.test(line)) {
        cloned = true;
        continue;
      }
      const cd = CD.exec(line);
      if (cd) {
        const target = cd[1]!.replace(/^["']|["']$/g, '');
        // a folder named by a variable, the home folder or an absolute path is not the repository's: stop following the block
        if (cloned) cloned = false;
        else at = at === undefined || /^[~/$]/.test(target) ? undefined : resolveInside(at, target.replace(/\/$/, ''));
        continue;
      }
      if (at === undefined) continue;
      out.push({
        ...evidence(file, lines.at(block.lines[first]!.offset), baseName(file)),
        name: baseName(file),
        command: line,
        dir: at,
      });
    }
  }
  return out;
}

interface Block {
  lines: { text: string; offset: number }[];
}

/**
 * The code of a README: Markdown fences (``` and ~~~), reStructuredText literal blocks (after a
 * line ending in `::` or a `.. code-block::` directive, indented), inline code spans (`x` and
 * ``x``), each a block of its own; in a plain-text README, the lines that start with a prompt.
 */
function codeBlocks(text: string, rst: boolean, plain: boolean): Block[] {
  const blocks: Block[] = [];
  const all = text.split('\n');
  let offset = 0;
  let fence: { marker: string; block: Block } | undefined;
  let literal: { indent: number | undefined; block: Block } | undefined;
  for (const line of all) {
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (fence) {
      if (trimmed.startsWith(fence.marker) && trimmed.replace(/[`~]/g, '') === '') fence = undefined;
      else fence.block.lines.push({ text: line, offset: start });
      continue;
    }
    if (literal) {
      const indent = /^\s*/.exec(line)![0].length;
      if (trimmed === '') continue;
      if (literal.indent === undefined && indent > 0) literal.indent = indent;
      if (literal.indent !== undefined && indent >= literal.indent) {
        literal.block.lines.push({ text: line, offset: start });
        continue;
      }
      literal = undefined;
    }
    const open = /^\s*(`{3,}|~{3,})/.exec(line);
    if (open && !plain) {
      fence = { marker: open[1]!, block: { lines: [] } };
      blocks.push(fence.block);
      continue;
    }
    if (rst && (/::\s*$/.test(trimmed) || /^\.\.\s+(?:code-block|code|sourcecode)::/.test(trimmed))) {
      literal = { indent: undefined, block: { lines: [] } };
      blocks.push(literal.block);
      continue;
    }
    if (plain) {
      if (PROMPT.test(trimmed) && /^[$%>]/.test(trimmed)) blocks.push({ lines: [{ text: trimmed, offset: start }] });
      continue;
    }
    // the spans of one line are one block, a folder's span (`shop/`) its `cd`: "- `shop/`: run `python app.py`"
    const spans = [...line.matchAll(/(`+)([^`]+?)\1/g)].map((span) => ({
      text: FOLDER_SPAN.test(span[2]!) ? `cd ${span[2]!}` : span[2]!,
      offset: start + span.index!,
    }));
    if (spans.length) blocks.push({ lines: spans });
  }
  return blocks;
}

/** A Makefile variable assignment (`PY ?= python3`, `APP := app.py`, `export PORT = 80`). */
const ASSIGNMENT = /^(?:export\s+|override\s+)?([A-Za-z_][\w]*)\s*(?:[:?+]?=|:=)\s*(.*)$/;
/** A target line (`run:`, `run-dev serve: install`, just's `serve port="80":`); not `x := y`. */
const TARGET = /^([A-Za-z0-9_.%/-]+(?:\s+[^:=#]*?)?)\s*:(?![=:])/;
/** Recipes followed from `make target` / `$(MAKE) target` / `just target`, at most this deep. */
const MAX_DEPTH = 3;

function recipeCommands(file: string, text: string): Process[] {
  const lines = new Lines(text);
  const dir = dirOf(file);
  const variables = new Map<string, string>();
  const recipes = new Map<string, { text: string; offset: number }[]>();
  let current: { text: string; offset: number }[] | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (/^\s+\S/.test(line) && current) {
      current.push({ text: line.trim(), offset: start });
      continue;
    }
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const assignment = ASSIGNMENT.exec(line);
    if (assignment && !TARGET.test(line.replace(/:=.*$/, ''))) {
      variables.set(assignment[1]!, assignment[2]!.replace(/\s+#.*$/, '').trim());
      current = undefined;
      continue;
    }
    const target = TARGET.exec(line);
    current = undefined;
    if (!target || target[1]!.startsWith('.')) continue;
    // just's recipe parameters follow its name: the name is the first word
    const names = MAKEFILE.test(baseName(file)) ? target[1]!.split(/\s+/) : [target[1]!.split(/\s+/)[0]!];
    current = [];
    for (const name of names) recipes.set(name, current);
  }
  const expand = (command: string, depth = 0): string =>
    depth > MAX_DEPTH
      ? command
      : command.replace(/\$\((\w+)\)|\$\{(\w+)\}|\{\{\s*(\w+)\s*\}\}/g, (all, a?: string, b?: string, c?: string) => {
          const value = variables.get((a ?? b ?? c)!);
          return value === undefined ? all : expand(value, depth + 1);
        });
  const out: Process[] = [];
  const follow = (name: string, target: string, depth: number, seen: Set<string>) => {
    const recipe = recipes.get(target);
    if (!recipe || seen.has(target) || depth > MAX_DEPTH) return;
    seen.add(target);
    for (const line of recipe) {
      const command = expand(line.text.replace(/^[@+-]+/, '').trim());
      const sub =
        /^(?:\$\(MAKE\)|\$\{MAKE\}|make|just)\s+(?:-\S+\s+)*([A-Za-z0-9_.-]+)(?:\s+[A-Za-z_]\w*=\S+)*\s*$/.exec(
          command,
        );
      if (sub) {
        follow(name, sub[1]!, depth + 1, seen);
        continue;
      }
      if (!command || command.startsWith('#')) continue;
      out.push({
        ...evidence(file, lines.at(line.offset), `${baseName(file)} target ${name}`),
        name,
        command,
        dir,
      });
    }
  };
  for (const name of recipes.keys()) follow(name, name, 0, new Set());
  return out;
}

import { BIN_RUNNERS } from '../knowledge/package-scripts.js';
import { JOB_RUNNERS } from '../knowledge/job-runners.js';
import { memoized } from '../memo.js';
import { ENTRY_SCRIPT_FILE } from '../knowledge/service-roles.js';
import type { ServerKnowledge } from '../knowledge/servers/derive.js';
import type { Backend } from '../model/common.js';

/**
 * The one reader of a command as Dockerfiles and compose files write it: the exec form (a JSON
 * array of strings, `["gunicorn", "app:app"]`) or the shell form (`gunicorn app:app`). Every
 * stage that asks what a CMD, ENTRYPOINT, COPY or compose command runs goes through here.
 */

/**
 * The words of a command: the exec form's strings, or the shell form split at blanks outside
 * quotes with the quotes dropped. Undefined for text that opens like an exec form (`[`) but is
 * not a JSON array of strings.
 */
export const execWords: (command: string) => readonly string[] | undefined = memoized(
  (command) => frozen(wordsOf(command)),
  20_000,
);

/**
 * `execWords`, worked out. Kept per command: each of a history's evaluations traces the same
 * deployment and script commands again (the words are never changed by those who ask).
 */
function wordsOf(command: string): readonly string[] | undefined {
  const text = command.trim();
  if (!text.startsWith('[')) return (text.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map(unquote);
  try {
    const words: unknown = JSON.parse(text);
    return Array.isArray(words) && words.every((w) => typeof w === 'string') ? words : undefined;
  } catch {
    return undefined;
  }
}

/** A command as the line a shell would run: the exec form's words joined; the shell form (or text that is neither) as it is. */
export function shellForm(command: string): string {
  if (!command.trimStart().startsWith('[')) return command;
  return execWords(command)?.join(' ') ?? command;
}

/** A word as a shell would need it written again (`rq worker --url x` inside `sh -c`). */
export function quoted(word: string): string {
  return /\s/.test(word) ? `"${word.replace(/"/g, '\\"')}"` : word;
}

/** A command written as a list (`["sh", "-c", "celery -A app worker"]`) as shell words, each quoted where it holds spaces; none for no list or an empty one. */
export function listedWords(list: unknown): string[] | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  return list.map((w) => quoted(String(w)));
}

/** A word without the quotes around it (`"app.py"` -> `app.py`). */
export function unquote(word: string): string {
  return word.replace(/^(["'])(.*)\1$/, '$2');
}

/** Words that run the rest of the line as the command: `exec`, init shims, user switches (s6's too). */
const WRAPPER = /^(?:exec|nohup|tini|dumb-init|--|gosu|su-exec|s6-setuidgid|with-contenv|env)$/;
/** Those that take one argument first (the user to run as). */
const WRAPPER_WITH_ARGUMENT = /^(?:gosu|su-exec|s6-setuidgid)$/;
const PROJECT_RUNNER = /^(?:poetry|uv|pipenv|pdm|hatch|rye)$/;

/**
 * The words of one command (no `&&` or `;` in it) from its program on: past variable
 * assignments, wrappers (`exec`, `gosu app`, `tini --`) and project runners (`poetry run`), with
 * a program named by its system path (`/usr/local/bin/gunicorn`) as its name. Empty when there is
 * no program.
 */
export const programWords: (command: string) => readonly string[] = memoized(
  (command) => frozen(programWordsOf(command))!,
  20_000,
);

/** A kept answer is handed to every caller: frozen, so that none can change it for the next. */
function frozen(words: readonly string[] | undefined): readonly string[] | undefined {
  return words && Object.freeze(words);
}

function programWordsOf(command: string): readonly string[] {
  const words = execWords(command) ?? [];
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    if (/^[A-Za-z_]\w*=/.test(word)) i++;
    else if (WRAPPER.test(word)) i += WRAPPER_WITH_ARGUMENT.test(word) ? 2 : 1;
    else if (PROJECT_RUNNER.test(word) && words[i + 1] === 'run') i += 2;
    else break;
  }
  const program = words[i]?.replace(/^\/(?:usr\/)?(?:local\/)?s?bin\/(?=[\w.-]+$)/, '');
  return program === undefined ? [] : [program, ...words.slice(i + 1)];
}

/** Options of Node.js and Python launchers whose value is the next word: a module to preload, a loader, a warning filter. */
const LAUNCHER_VALUED_OPTION = /^(?:-r|--require|--import|--loader|--experimental-loader|-C|--conditions|-X|-W)$/;

/**
 * What a script launcher's arguments run (`python -m pkg.consumer`, `node --inspect consumer.js`,
 * `bun run worker.ts`): a module after `-m` where the launcher takes one, else the first word
 * that is no option.
 */
export function launchedTarget(
  args: readonly string[],
  takesModule: boolean,
): { module: string } | { file: string } | undefined {
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word === '-m' && takesModule && args[i + 1]) return { module: args[i + 1]! };
    // `node -r esm worker.js`, `python -X dev worker.py`: the option's value is no file it runs
    if (LAUNCHER_VALUED_OPTION.test(word)) i++;
    else if (word.startsWith('-') || word === 'run' || word === 'start') continue;
    else return { file: word };
  }
  return undefined;
}

/**
 * What a command starts by the server records: a worker's command (`celery -A app worker`,
 * `python manage.py run_huey`), else a server's. A worker's is asked first: a worker run as a
 * script's subcommand is a `python <file>.py` command too.
 */
export function startedBy(command: string, k: ServerKnowledge): { backend: Backend; worker: boolean } | undefined {
  const line = shellForm(command);
  const worker = k.workerCommands.find((e) => e.pattern.test(line));
  if (worker) return { backend: worker.backend, worker: true };
  const server = k.entryCommands.find((e) => e.pattern.test(line));
  return server && { backend: server.backend, worker: false };
}

/** A shell program (`sh`, `/bin/bash`): `sh -c "..."` runs the command it is given. */
export const SHELL = /^(?:\/(?:usr\/)?bin\/)?(?:sh|bash|ash|dash|zsh)$/;

/**
 * The commands of a line: split at `&&`, `||`, `;`, `|` and `&` outside quotes. A command sent to
 * the background (`gunicorn app:app & python bot.py`) runs beside the next one; an `&` of a
 * redirection (`2>&1`, `&>log`) is part of its command.
 */
export function segments(line: string): string[] {
  return splitLine(line, (token, background) => background || /^(?:&&|\|\||[;|])$/.test(token));
}

/** The jobs of a line that run side by side: split only where a command is sent to the background (see segments). */
export function backgroundJobs(line: string): string[] {
  return splitLine(line, (_, background) => background);
}

/**
 * The jobs of a line that run side by side: each command sent to the background, and each job a
 * job runner is given (`concurrently "node server.js" "npm:worker"` -> `node server.js`, `npm run
 * worker`). A line that runs one command is that command.
 */
export function sideBySideJobs(line: string): string[] {
  return backgroundJobs(line).flatMap((job) => runnerJobs(job) ?? [job]);
}

/**
 * The commands a job runner of JOB_RUNNERS is given, where the command runs one (directly, from
 * `node_modules/.bin`, or through a package runner: `npx concurrently ...`); undefined otherwise.
 * A job named by a pattern (`npm:start:*`) names scripts only the package's list could expand: left out.
 */
export function runnerJobs(command: string): string[] | undefined {
  const words = programWords(command);
  if (words.length === 0) return undefined;
  const runs = [words, ...binRuns(words)];
  for (const run of runs) {
    const program = run[0]!.replace(/^(?:\.\/)?(?:[\w.-]+\/)*node_modules\/\.bin\//, '');
    const runner = JOB_RUNNERS.find((r) => r.programs.includes(program));
    if (!runner) continue;
    const jobs: string[] = [];
    for (let i = 1; i < run.length; i++) {
      const word = run[i]!;
      if (runner.valuedOptions.includes(word)) i++;
      else if (word.startsWith('-') || word.includes('*')) continue;
      else if (runner.jobs === 'scripts') jobs.push(`npm run ${word}`);
      else {
        const short = runner.scriptShorthand?.exec(word);
        jobs.push(short ? `${short[1]} run ${short[2]}` : word);
      }
    }
    return jobs;
  }
  return undefined;
}

function splitLine(line: string, splitsAt: (token: string, background: boolean) => boolean): string[] {
  const out: string[] = [];
  let current = '';
  const tokens = line.match(/"[^"]*"?|'[^']*'?|&&|\|\||[;|]|[^"';|&]+|&/g) ?? [];
  tokens.forEach((token, i) => {
    const background = token === '&' && !/[<>]$/.test(current) && !tokens[i + 1]?.startsWith('>');
    if (splitsAt(token, background)) {
      out.push(current);
      current = '';
    } else current += token;
  });
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

/**
 * The words from the program a package runner runs (`npx ts-node src/server.ts` -> `ts-node
 * src/server.ts`), past the runner's options (`npx -y`); every reading a runner allows, the
 * subcommand form (`pnpm exec x`) first. The caller keeps the one whose program it knows.
 */
export function binRuns(words: readonly string[]): string[][] {
  const [program, ...args] = words;
  const out: string[][] = [];
  for (const runner of BIN_RUNNERS) {
    if (runner.program !== program) continue;
    let rest = args;
    if (runner.subcommand !== undefined) {
      if (rest[0] !== runner.subcommand) continue;
      rest = rest.slice(1);
    }
    while (rest[0]?.startsWith('-')) rest = rest.slice(1);
    if (rest.length > 0) out.push(rest);
  }
  return out;
}

/** The script file a command runs, read after its first launcher word (`web: python demo/server.py` -> `demo/server.py`). */
export function scriptOfCommand(command: string): string | undefined {
  return ENTRY_SCRIPT_FILE.exec(command.replace(/^.*?(?:node|tsx|ts-node|python[\d.]*)\s+/, ''))?.[1];
}

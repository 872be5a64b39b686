import { SERVER_KNOWLEDGE } from '../../knowledge/servers/index.js';
import { JS_FILE, PY_FILE, SOURCE_FILE_PATH } from '../../knowledge/code-files.js';
import { backendOfRuntime } from '../../knowledge/backends.js';
import type { DeployedFunction, Manifest } from '../../model/facts.js';
import { SOURCE_DEPLOYS } from '../../knowledge/source-deploys.js';
import { ARCHIVE_PATH, parentOf, resolveInside } from '../../paths.js';
import { execWords } from '../command-words.js';
import { joinContinued } from '../lines.js';
import { CHANGES_FOLDER, folderAfter } from '../shell-folders.js';
import { evidence } from './util.js';

/**
 * The folder earlier lines zip an archive from (`zip -r app.zip *` or `.`: the folder the file runs
 * in; `zip -r app.zip src`), none when no line makes it there or it is made after a `cd`.
 */
function zippedFolder(lines: readonly string[], archive: string): string | undefined {
  const name = archive.replace(/^\.\//, '');
  let moved = false;
  for (const line of lines) {
    if (CHANGES_FOLDER.test(line)) moved = true;
    const words = execWords(line.trim()) ?? [];
    if (words[0] !== 'zip' || moved) continue;
    const args = words.slice(1).filter((w) => !w.startsWith('-'));
    if (args[0]?.replace(/^\.\//, '') !== name || args[1] === undefined) continue;
    const input = args[1].replace(/\/?\*$/, '');
    return input === '' || input === '.' ? '.' : input;
  }
  return undefined;
}

/**
 * Where a file's commands run: `root` (CI, and a script at the root run as `./deploy.sh`) reads a folder
 * from the repository root, one that leaves it from there (`../functions/x`) from `runsIn`, the file's
 * folder; `folder` (a Makefile's recipe, which make runs in the Makefile's folder) reads it from `runsIn`.
 * `bare`: a deploy naming no source deploys the folder the command runs in: `runsIn` (a Makefile's, a
 * script's, which reads its neighbours as `./config.sh` and is run where it sits), or the folder a
 * literal `cd` leads to from there; elsewhere (CI, whose steps may run in a `working-directory`) a
 * deploy naming no source is left out. `eachLine`: every line runs in a shell of its own (a recipe),
 * so a `cd` holds only for the rest of its line.
 */
export interface CommandsRun {
  from: 'root' | 'folder';
  bare: boolean;
  eachLine?: boolean;
}

/** A command-line deploy as its knowledge gives it: the command, the option naming its folder, and the others read. */
interface CliDeploy {
  pattern: RegExp;
  sourceOption?: string;
  /** The code is the command's n-th word (`wsk action update NAME FILE`): a file, whose folder is deployed. */
  sourceArgument?: number;
  nameOption?: string;
  /** An option that, given, makes the deploy build no folder (`--image`). */
  imageOption?: string;
}

/** One deploy a file's line makes: the folder, the name it deploys under, and its options' values. */
interface CliDeployed<D> {
  deploy: D;
  dir: string;
  /** The source read from the file's own folder, where that differs from `dir` (read from the root). */
  besideFile?: string;
  /** The code file the deploy names (`hello/hello.js`), where it names one. */
  codeFile?: string;
  name: string;
  line: number;
  option: (name: string) => string | undefined;
}

/**
 * Deploys a script, Makefile or CI workflow runs from the command line, each to its source folder,
 * the folder read as `run` says. Lines continued with a backslash are read as one command; nothing is run.
 */
function cliDeploys<D extends CliDeploy>(
  text: string,
  deploys: readonly D[],
  runsIn: string,
  run: CommandsRun,
): CliDeployed<D>[] {
  if (deploys.length === 0) return [];
  const out: CliDeployed<D>[] = [];
  const physical = text.split(/\r?\n/);
  // the folder the shell is in before the line: where a deploy naming no source deploys
  let cwd: string | undefined = run.bare ? runsIn : undefined;
  for (const { text: command, first } of joinContinued(physical)) {
    // a deploy left in a comment deploys nothing
    if (command.trimStart().startsWith('#')) continue;
    const changes = CHANGES_FOLDER.test(command);
    for (const deploy of deploys) {
      const found = deploy.pattern.exec(command);
      if (!found) continue;
      const words = execWords(command.slice(found.index + found[0].length)) ?? [];
      const option = (name: string) => {
        const at = words.findIndex((w) => w === name || w.startsWith(`${name}=`));
        return at < 0 ? undefined : words[at]!.includes('=') ? words[at]!.slice(name.length + 1) : words[at + 1];
      };
      if (deploy.imageOption !== undefined && option(deploy.imageOption) !== undefined) continue;
      const argument = deploy.sourceArgument === undefined ? undefined : words[deploy.sourceArgument - 1];
      // a deploy whose code is a word of the command names none without it (`wsk action create seq --sequence a,b`)
      if (deploy.sourceArgument !== undefined && (argument === undefined || argument.startsWith('-'))) continue;
      const given = deploy.sourceOption ? option(deploy.sourceOption) : argument;
      // `--source .` names the folder the command runs in, as naming no source does: a script's own where it runs in it
      const named = run.bare && given !== undefined && /^\.\/?$/.test(given) ? undefined : given;
      // an archive is deployed from the folder the file zips it from (`zip -r app.zip src`), if it does; from the
      // folder the command runs in (`zip -r app.zip *`) as a deploy naming no source is
      const archived = named !== undefined && ARCHIVE_PATH.test(named);
      const zipped = archived ? zippedFolder(physical.slice(0, first), named) : undefined;
      if (archived && zipped === undefined) continue;
      // a code file (`src/resize.js`) deploys from its folder; one named with no folder (`__main__.py`,
      // `--from-file ./handler.py`) sits where the command runs, as a deploy naming no source does
      const source = archived
        ? zipped === '.'
          ? undefined
          : zipped
        : named !== undefined && SOURCE_FILE_PATH.test(named)
          ? parentOf(named) === '.'
            ? undefined
            : parentOf(named)
          : named;
      // where this deploy runs: the line's own `cd` parts before it count (`cd fn && gcloud functions deploy ...`)
      const here = changes ? folderAfter(command.slice(0, found.index), cwd, runsIn) : cwd;
      const dir =
        source === undefined
          ? here
          : source.includes('$')
            ? undefined
            : run.from === 'folder'
              ? resolveInside(runsIn, source)
              : (resolveInside('.', source) ?? resolveInside(runsIn, source));
      if (dir === undefined) continue;
      // read from the repository root, the same path from the file's own folder is the other place it may name
      const besideFile =
        source !== undefined && !source.includes('$') && run.from === 'root'
          ? resolveInside(runsIn, source)
          : undefined;
      const name = (deploy.nameOption ? option(deploy.nameOption) : undefined) ?? words.find((w) => !w.startsWith('-'));
      out.push({
        deploy,
        dir,
        ...(named !== undefined && SOURCE_FILE_PATH.test(named) ? { codeFile: named } : {}),
        ...(besideFile !== undefined && besideFile !== dir ? { besideFile } : {}),
        name: name ?? '',
        line: first + 1,
        option,
      });
    }
    // a `cd` holds for the lines after it, unless each line runs in its own shell or the line in a subshell
    if (changes && !run.eachLine && !command.trimStart().startsWith('(')) cwd = folderAfter(command, cwd, runsIn);
  }
  return out;
}

/**
 * Functions a script, Makefile or CI workflow deploys from the command line (`gcloud functions deploy
 * hello --source functions/hello --runtime python312`), each to its source folder, its backend
 * from the runtime (the runtime hints deployment files share).
 */
export function cliFunctionDeploys(file: string, text: string, runsIn: string, run: CommandsRun): DeployedFunction[] {
  return cliDeploys(text, SERVER_KNOWLEDGE.functionDeployments.cli, runsIn, run).map(
    ({ deploy, dir, besideFile, codeFile, name, line, option }) => {
      const runtime = option(deploy.runtimeOption);
      // with no runtime named, the platform takes it from the code file's extension (`wsk action update x hello.js`)
      const backend =
        runtime === undefined
          ? codeFile === undefined
            ? undefined
            : JS_FILE.test(codeFile)
              ? 'node'
              : PY_FILE.test(codeFile)
                ? 'python'
                : undefined
          : backendOfRuntime(runtime);
      return {
        ...evidence(
          file,
          line,
          `deploys the ${deploy.record.name} ${name || 'function'}${runtime ? ` (${runtime})` : ''}`,
        ),
        dir,
        ...(besideFile ? { besideFile } : {}),
        ...(codeFile !== undefined && parentOf(codeFile) !== '.' ? { fromCodeFile: true as const } : {}),
        ...(backend ? { backend } : runtime ? { otherRuntime: runtime } : {}),
        platform: deploy.record.name,
      };
    },
  );
}

const SOURCE_DEPLOY_COMMANDS = SOURCE_DEPLOYS.map((d) => ({
  ...d,
  pattern: new RegExp(String.raw`(?:^|[\s;&|(])${d.command}(?:\s|$)`),
}));

/**
 * Folders a script, Makefile or CI workflow builds into a container and runs on a platform from the
 * command line (`gcloud run jobs deploy report --source ./report`): each folder's Dockerfile, run as a
 * service or (a job) as that worker.
 */
export function cliSourceDeploys(
  file: string,
  text: string,
  runsIn: string,
  run: CommandsRun,
): NonNullable<Manifest['sourceDeploys']> {
  return cliDeploys(text, SOURCE_DEPLOY_COMMANDS, runsIn, run).map(({ deploy, dir, name, line }) => ({
    ...evidence(file, line, `deploys the ${deploy.platform} ${name || dir} from ${dir}`),
    context: dir,
    dockerfile: resolveInside(dir, 'Dockerfile') ?? 'Dockerfile',
    ...(deploy.job ? { job: deploy.job } : {}),
  }));
}

/**
 * Containers a script, Makefile, README or CI workflow deploys by image name from the command line
 * (`gcloud run deploy api --image gcr.io/$PROJECT_ID/api:$SHORT_SHA`): each runs the image as the
 * platform does (a job as that worker), so an image the repository builds under the same name traces
 * to its folder's code (see detect/image-runs).
 */
export function cliImageDeploys(file: string, text: string): NonNullable<Manifest['containers']> {
  const out: NonNullable<Manifest['containers']> = [];
  for (const { text: command, first } of joinContinued(text.split(/\r?\n/))) {
    if (command.trimStart().startsWith('#')) continue;
    for (const deploy of SOURCE_DEPLOY_COMMANDS) {
      const found = deploy.pattern.exec(command);
      if (!found) continue;
      const words = execWords(command.slice(found.index + found[0].length)) ?? [];
      const at = words.findIndex((w) => w === deploy.imageOption || w.startsWith(`${deploy.imageOption}=`));
      const image = at < 0 ? undefined : words[at]!.includes('=') ? words[at]!.split(/=(.*)/s)[1] : words[at + 1];
      if (image === undefined || image === '') continue;
      const name = words[0] !== undefined && !words[0].startsWith('-') ? words[0] : '';
      out.push({
        ...evidence(file, first + 1, `deploys the ${deploy.platform} ${name || image} from the image ${image}`),
        image,
        ...(deploy.job ? { job: deploy.job } : {}),
      });
    }
  }
  return out;
}

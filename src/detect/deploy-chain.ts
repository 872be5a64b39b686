import { TASK_MANIFEST_KINDS } from '../knowledge/manifest-formats.js';
import type { ServerKnowledge } from '../knowledge/servers/derive.js';
import { nonRuntimeRole } from '../knowledge/service-roles.js';
import type { Backend, Evidence, Warning } from '../model/common.js';
import type { BindMount, ImageCopy, ImageLayout, Manifest } from '../model/facts.js';
import {
  baseName,
  folderTest,
  isInside,
  nearest,
  parentOf,
  pathSet,
  pythonModuleFiles,
  resolveInside,
} from '../paths.js';
import { absolute, stageImage } from './manifests/image-layout.js';
import {
  binRuns,
  launchedTarget,
  programWords,
  runnerJobs,
  segments,
  shellForm,
  SHELL,
  startedBy,
} from './command-words.js';
import { PROCESS_SUPERVISORS, type ProcessSupervisor } from '../knowledge/process-supervisors.js';
import { CONFIG_TEMPLATES } from '../knowledge/host-units.js';
import { shortCommand } from './manifests/util.js';
import { missingScript, packageScriptRun } from './package-script-runs.js';
import { writtenCommands } from './written-runs.js';
import { buildsOf, imageBuildsAndRuns } from './image-runs.js';
import { appModuleOf } from './app-modules.js';
import { oneOffStep } from './one-off-commands.js';
import { JS_FILE, PY_FILE } from '../knowledge/code-files.js';
import { compiledSources, type SourceOf } from './compiled-sources.js';
import { devEnvironment } from './demo-images.js';

/**
 * Deployment chains: a compose service builds an image from a Dockerfile (of any name, with a
 * context of its own), the image's command runs a start script it copied in, and the script
 * starts a server or a worker on a module or a file inside the image. Each link is followed
 * through the Dockerfile's WORKDIR and COPY/ADD lines back to the repository, so that the
 * service is the folder the running code comes from, not the folder of the first file met.
 * Only files of the scanned tree are read (their text from the scan); nothing is executed.
 */

/** A folder a chain starts, with how it is started. */
export interface ChainEntry {
  dir: string;
  backend: Backend;
  worker: boolean;
  /** The repository file the command runs, when it runs one (a script, a module's file). */
  code?: string;
  /** The command that starts it, as the tree's file ran it. */
  command?: string;
  /**
   * A script of the repository a platform runs as a worker (a Kubernetes Job or CronJob, a Copilot Worker
   * Service): a worker with no queue library of its own, named by what runs it (`Kubernetes job`).
   */
  job?: string;
  at: Evidence;
}

export interface Chains {
  entries: ChainEntry[];
  /** Folders a README or Makefile says to start by hand, each to the file of its own code the command runs (see written-runs). */
  written: ChainEntry[];
  /** Compose build contexts whose command the chain traced: their folder is not started as is. */
  traced: ReadonlySet<object>;
  warnings: Warning[];
  /**
   * Folders of the repository an image copies in whole (`COPY common /app/common`) beside the code its command runs,
   * each with the COPY line and the folders whose code the image runs: code shared by those services' images.
   */
  copiedIn: { dir: string; at: Evidence; runs: string[] }[];
  /** Each image traced to code: its Dockerfile, the build (compose service, run) and the folders whose code it runs. */
  images: { dockerfile: string; at: Evidence; runs: string[] }[];
}

/**
 * A command whose program is a Python file run by its relative path (`./manage.py`, `../bin/worker.py`); a bare
 * path (`common/consumer.py` in a README's sentence) names the file more often than it runs it.
 */
const PATH_RUN_PY = /^\.{1,2}\/[\w./-]*\.py(?:\s|$)/;

/** Scripts followed from a command, at most this deep (a start script calling another). */
const MAX_DEPTH = 4;

interface Build {
  /** The image's files and working directory, and its own ENTRYPOINT/CMD. */
  image: ImageLayout;
  own: Record<string, string>;
  context: string;
  /** The compose service's command, which replaces the Dockerfile's CMD, and its `working_dir`. */
  command?: string;
  workdir?: string;
  at: Evidence;
  /** The compose build context this build is, when it is one. */
  compose?: object;
  /** The compose service's bind mounts of the repository, laid over the image's files. */
  mounts?: readonly BindMount[];
  /** Run as a worker by its deployment (a Kubernetes Job or CronJob), named as that worker. */
  job?: string;
  /** The Dockerfile, for the evidence of what it copies in. */
  dockerfile?: string;
  /** Its context is the one a compose file or a build command names, not one guessed from what the Dockerfile copies. */
  named?: boolean;
}

interface Site {
  layout: ImageLayout;
  context: string;
  at: Evidence;
  /** The command runs as a job or a queue's worker: a script of the repository it runs is a worker of this name. */
  job?: string;
  files: ReadonlySet<string>;
  folders: { has(dir: string): boolean };
  /** The source file of the tree a built file (`dist/server.js`) was compiled from. */
  sourceOf: SourceOf;
  /** The Dockerfile the image is built from, where there is one. */
  dockerfile?: string;
  /** The image is built from the `context` a file names and holds nothing above it (no mounts): a project above is not its own. */
  built?: boolean;
}

export function deploymentChains(
  manifests: readonly Manifest[],
  paths: readonly string[],
  projects: Record<Backend, { has(dir: string): boolean }>,
  k: ServerKnowledge,
  /** Whether a repository file only consumes messages, its own code or the shared code it imports (see import-reach). */
  consumes: (file: string) => boolean = () => false,
): Chains {
  const runtime = (m: Manifest) => {
    const role = nonRuntimeRole(m.file);
    return !role || role === 'scripts';
  };
  const dockerfiles = new Map(
    // a development box for another repository's checkout (see devEnvironment) runs none of this tree's code
    manifests
      .filter((m) => m.kind === 'dockerfile' && m.image && runtime(m) && !devEnvironment(m))
      .map((m) => [m.file, m]),
  );
  const entries: ChainEntry[] = [];
  const written: ChainEntry[] = [];
  const traced = new Set<object>();
  const warnings: Warning[] = [];
  const copiedIn: Chains['copiedIn'] = [];
  const tracedImages: Chains['images'] = [];
  const runDocs = manifests.filter((m) => m.kind === 'run-doc' && m.processes?.length && runtime(m));
  const composes = manifests.filter((m) => m.kind === 'compose' && runtime(m));
  const mountedRuns = composes.flatMap((m) => m.mountedRuns ?? []);
  const hostRunners = manifests.filter((m) => m.hostRuns?.length && (runtime(m) || CONFIG_TEMPLATES.test(m.file)));
  if (dockerfiles.size === 0 && runDocs.length === 0 && mountedRuns.length === 0 && hostRunners.length === 0)
    return { entries, written, traced, warnings, copiedIn, images: tracedImages };

  const files = pathSet(paths);
  const folders = folderTest(paths);
  // the Python manifests of each folder (see packageOwner)
  const pythonManifests = new Map<string, string[]>();
  for (const m of manifests)
    if (m.ecosystem === 'python' && m.kind !== 'dockerfile')
      pythonManifests.set(m.dir, [...(pythonManifests.get(m.dir) ?? []), m.file]);
  // a built file the image runs (`node dist/worker.js`) runs the source it was compiled from
  const sourceOf = compiledSources(manifests, paths);
  const scripts = new Map<string, Record<string, string>>();
  for (const m of manifests) {
    const lines =
      m.kind === 'shell-script' || m.kind === 'supervisor-conf'
        ? m.commandLines
        : m.kind === 'start-script'
          ? m.scripts
          : undefined;
    if (lines) scripts.set(m.file, lines);
  }

  // every package.json's scripts, none where it holds no `scripts`
  const packageScripts = new Map(
    manifests.flatMap((m) => (m.kind === 'package.json' ? [[m.dir, m.scripts ?? {}] as const] : [])),
  );
  // and the tasks of the folder's other task manifests (pixi), by kind: `pixi run start` runs one
  const taskScripts = new Map<string, Record<string, Record<string, string>>>();
  for (const m of manifests)
    if (m.kind !== 'package.json' && TASK_MANIFEST_KINDS.has(m.kind) && m.scripts)
      taskScripts.set(m.dir, { ...taskScripts.get(m.dir), [m.kind]: m.scripts });

  const builds: Build[] = [];
  const built = new Set<string>();
  /** Scripts and supervisor configs a deployment's chain ran: their programs run there, not on a host of their own. */
  const followed = new Set<string>();
  for (const m of composes) {
    for (const context of m.buildContexts ?? []) {
      if (context.dockerfile === undefined) continue;
      const { path, command, dockerfile: file, workdir, mounts, entrypoint, job, target, ...at } = context;
      const dockerfile = dockerfiles.get(file);
      if (!dockerfile) {
        // one among examples or tests is read, and left out on purpose
        const read = manifests.some((d) => d.file === file && d.kind === 'dockerfile');
        if (files.has(file) && !read)
          warnings.push({ file, message: `${at.detail} from this file, not read as a Dockerfile` });
        continue;
      }
      built.add(file);
      // a build stopping at a stage (`build.target: worker`) makes that stage's image, which runs its own command
      const stage = target === undefined ? undefined : stageImage(dockerfile.image!, target);
      builds.push({
        image: stage?.image ?? dockerfile.image!,
        // a command replacing the image's entrypoint runs alone
        own: entrypoint ? {} : (stage?.commands ?? dockerfile.scripts ?? {}),
        context: path,
        dockerfile: file,
        ...(command !== undefined ? { command } : {}),
        ...(workdir !== undefined ? { workdir } : {}),
        at: { ...at, detail: `${at.detail} with ${file}` },
        compose: context,
        named: true,
        ...(mounts ? { mounts } : {}),
        ...(job ? { job } : {}),
      });
    }
  }
  // a stock image holds only what the service mounts into it. Its own working directory is unknown: with no
  // `working_dir` and one folder mounted, a command naming a relative file can only run in that folder
  for (const { command, workdir, mounts, ...at } of mountedRuns) {
    const folderMounts = workdir === undefined ? mounts.filter((m) => folders.has(m.source)) : [];
    builds.push({
      image: { stages: [{ copies: [] }], workdir: folderMounts.length === 1 ? folderMounts[0]!.target : '/' },
      own: {},
      context: '.',
      command,
      at,
      mounts,
      ...(workdir !== undefined ? { workdir } : {}),
    });
  }
  // an image built from a folder and run by its name (a Kubernetes workload, `docker run` in a README): the build's
  // Dockerfile with what the run sets, once per Dockerfile and context however many lines build it
  // (a README or script among examples, tests or docs builds and runs its own example)
  // (each build's Dockerfile must be one read here: with none, no run can be traced)
  const images = dockerfiles.size > 0 ? imageBuildsAndRuns(manifests.filter(runtime)) : { builds: [], runs: [] };
  for (const run of images.runs) {
    const made = new Map(buildsOf(run, images.builds).map((b) => [`${b.dockerfile}\0${b.context}`, b] as const));
    for (const build of made.values()) {
      const dockerfile = dockerfiles.get(build.dockerfile);
      if (!dockerfile) continue;
      const own = dockerfile.scripts ?? {};
      const entrypoint = run.entrypoint ?? own.entrypoint;
      const cmd = run.command ?? own.cmd;
      builds.push({
        image: dockerfile.image!,
        own: { ...(entrypoint ? { entrypoint } : {}), ...(cmd ? { cmd } : {}) },
        context: build.context,
        dockerfile: build.dockerfile,
        at: { ...run.at, detail: `${run.at.detail} (built from ${build.context} by ${build.at.detail})` },
        named: true,
        ...(run.job ? { job: run.job } : {}),
      });
    }
  }
  // a Dockerfile no compose file builds: its context is the nearest folder, from its own up, that holds what it copies
  for (const dockerfile of dockerfiles.values())
    if (!built.has(dockerfile.file))
      builds.push({
        image: dockerfile.image!,
        own: dockerfile.scripts ?? {},
        context: contextOf(dockerfile, files, folders),
        dockerfile: dockerfile.file,
        at: { file: dockerfile.file, detail: 'Dockerfile' },
      });

  for (const build of builds) {
    const layout = withMounts(build.image, build.workdir, build.mounts);
    const site: Site = {
      layout,
      context: build.context,
      at: build.at,
      files,
      folders,
      sourceOf,
      ...(build.job ? { job: build.job } : {}),
      ...(build.dockerfile !== undefined ? { dockerfile: build.dockerfile } : {}),
      // a mount lays folders from anywhere over the image: only an image of a named context alone is bounded by it
      ...(build.named && !build.mounts?.length ? { built: true } : {}),
    };
    const own = build.own;
    const commands = [own.entrypoint, build.command ?? own.cmd].filter((c): c is string => c !== undefined);
    const found: ChainEntry[] = [];
    for (const command of commands) found.push(...trace(shellForm(command), site, 0, new Set()));
    if (found.length > 0 && build.compose) traced.add(build.compose);
    entries.push(...found);
    // the folders the image takes whole from the build context (not the context itself), beside the code it runs
    const runs = [...new Set(found.map((e) => e.dir))];
    if (build.dockerfile === undefined || runs.length === 0) continue;
    tracedImages.push({ dockerfile: build.dockerfile, at: build.at, runs });
    for (const copy of layout.stages[layout.stages.length - 1]?.copies ?? []) {
      if (copy.from !== undefined || copy.mounted) continue;
      for (const source of copy.sources) {
        const dir = /[*?[]/.test(source) ? undefined : resolveInside(build.context, source.replace(/\/+$/, ''));
        if (dir === undefined || dir === build.context || !folders.has(dir) || files.has(dir)) continue;
        copiedIn.push({
          dir,
          at: { file: build.dockerfile, line: copy.line, detail: `copies ${source} into the image` },
          runs,
        });
      }
    }
  }
  // a program a host runs from the checked-out tree (a systemd unit, a supervisor program, one a script writes):
  // where the checkout sits among the host's folders is unknown, so it is the shallowest folder of the command's
  // paths under which the code the command names is a file of the tree (`/srv/shop` for `cd /srv/shop && gunicorn
  // api.main:app` when the tree holds api/main.py); a command naming no file of the tree places nothing
  for (const m of hostRunners)
    for (const { command, ...at } of followed.has(m.file) ? [] : m.hostRuns!)
      for (const root of checkoutRoots(command)) {
        const site: Site = { layout: checkedOutAt(root), context: '.', at, files, folders, sourceOf };
        const found = trace(command, site, 0, new Set()).filter((e) => e.code !== undefined);
        entries.push(...found);
        if (found.length > 0) break;
      }
  // a command written down for people runs where its `cd` lines lead, on the tree as it is (no image between)
  for (const m of runDocs)
    for (const p of m.processes!) {
      const site: Site = {
        layout: AS_CHECKED_OUT,
        context: p.dir,
        at: { file: p.file, line: p.line, detail: p.detail },
        files,
        folders,
        sourceOf,
      };
      // a code span naming a file (`config/app.yml`) is no script that failed to be read: no warning
      const quiet = warnings.length;
      for (const command of writtenCommands(p.command, p.dir, files, k))
        written.push(...trace(command, site, 0, new Set()).filter((e) => e.code !== undefined));
      warnings.length = quiet;
    }
  // one entry per folder, kind and evidence: an ENTRYPOINT shared by several compose services is traced once each
  const key = (e: ChainEntry) => `${e.dir}\0${e.backend}\0${e.worker}\0${e.at.file}\0${e.at.detail}`;
  const unique = new Map(entries.map((e) => [key(e), e]));

  /** One command line of the image: the servers and workers it starts, and the scripts it runs, followed. */
  function trace(line: string, lineSite: Site, depth: number, seen: Set<string>): ChainEntry[] {
    const out: ChainEntry[] = [];
    let site = lineSite;
    for (const written of segments(line)) {
      // a Python script run by its path (`./manage.py run_huey`, made executable with a shebang) runs as `python` runs it
      const segment = PATH_RUN_PY.test(written.trim()) ? `python ${written.trim()}` : written;
      const words = programWords(segment);
      if (words.length === 0) continue;
      const [program, ...args] = words;
      // `cd /app/api && gunicorn app:app`: the rest of the line runs there (a folder named by a variable is not followed)
      if (program === 'cd') {
        if (args[0] && !args[0].includes('$'))
          site = { ...site, layout: { ...site.layout, workdir: absolute(site.layout.workdir, args[0]) } };
        continue;
      }
      const supervisor = PROCESS_SUPERVISORS.find((s) => s.programs.includes(program!));
      if (supervisor) {
        out.push(...followSupervisor(supervisor, args, site, depth, seen));
        continue;
      }
      // a job runner (`concurrently "gunicorn app:app" "celery -A app worker"`) runs each of its jobs
      const jobs = runnerJobs(segment);
      if (jobs) {
        for (const job of jobs) out.push(...trace(job, site, depth, seen));
        continue;
      }
      if (SHELL.test(program!)) {
        const inline = args[0] === '-c' ? args.slice(1).join(' ') : undefined;
        if (inline !== undefined) out.push(...trace(inline, site, depth, seen));
        else if (args[0] && !args[0].startsWith('-')) out.push(...followScript(args[0], site, depth, seen));
        continue;
      }
      const command = words.join(' ');
      // a one-off task (`alembic upgrade head`, `make test`, `npm run lint`) runs and exits: it starts nothing
      if (oneOffStep(command, (step) => k.staticServeCommand.test(step))) continue;
      // `yarn start:worker` runs the package's script: its own command is what starts
      const scripts = packageScriptsIn(site);
      // a command that fails starts nothing: a package script `npm` runs that its package.json does not hold
      // (an unfinished lesson's `npm run start:prod`)
      const fails = (line: string) => scripts !== undefined && missingScript(line, scripts) !== undefined;
      if (fails(command)) continue;
      const workdir = toRepo(site.layout.workdir, site);
      const tasks = workdir === undefined ? undefined : taskScripts.get(workdir);
      const script = depth < MAX_DEPTH ? packageScriptRun(command, scripts, tasks) : undefined;
      if (script && fails(script.command)) continue;
      const viaScript = script ? trace(script.command, site, depth + 1, seen) : [];
      if (viaScript.length > 0) {
        out.push(...viaScript);
        continue;
      }
      // a job running a script of the repository runs it as a worker, whatever the command alone would say
      const job = ownJob(words, site);
      const started =
        job ?? startedBy(command, k) ?? packageStart(command) ?? ownModule(words, site) ?? ownConsumer(words, site);
      if (started) {
        const target = targetOf(words, started.backend);
        const repo = target ? locate(target, site) : toRepo(site.layout.workdir, site);
        if (repo === undefined) continue;
        const dir =
          (target && 'module' in target ? packageOwner(repo, target, site) : undefined) ??
          serviceDir(repo, started.backend, target && 'module' in target ? moduleRoot(target, site) : undefined, site);
        out.push({
          dir,
          backend: started.backend,
          worker: started.worker,
          ...(job ? { job: job.job } : {}),
          ...(files.has(repo) ? { code: repo, command: segment } : {}),
          at: { ...site.at, detail: `${site.at.detail} runs ${shortCommand(segment, 60)} (from ${repo})` },
        });
      } else if (/^(?:\.{0,2}\/|[\w.-]+\/)|\.(?:sh|bash)$/.test(program!))
        out.push(...followScript(program!, site, depth, seen));
    }
    return out;
  }

  /**
   * A process supervisor the image runs (`supervisord -c supervisord.conf`, s6-overlay's `/init`):
   * the programs of the config its option names, else of every program file in the build context.
   */
  function followSupervisor(
    supervisor: ProcessSupervisor,
    args: readonly string[],
    site: Site,
    depth: number,
    seen: Set<string>,
  ): ChainEntry[] {
    const option = args.findIndex((a) => supervisor.configOptions.includes(a));
    const config = option >= 0 ? args[option + 1] : undefined;
    if (config !== undefined) return followScript(config, site, depth, seen);
    return [...scripts.keys()]
      .filter((file) => supervisor.programFiles.test(file) && isInside(file, site.context))
      .flatMap((file) => followRepoScript(file, site, depth, seen));
  }

  /** A script the image runs (`/start-celeryworker`, `./start.sh`): its commands, read from the repository file it was copied from. */
  function followScript(path: string, site: Site, depth: number, seen: Set<string>): ChainEntry[] {
    const repo = toRepo(absolute(site.layout.workdir, path), site);
    return repo === undefined ? [] : followRepoScript(repo, site, depth, seen);
  }

  /** A script of the repository the image runs: its command lines, traced. */
  function followRepoScript(repo: string, site: Site, depth: number, seen: Set<string>): ChainEntry[] {
    if (!files.has(repo) || seen.has(repo) || depth >= MAX_DEPTH) return [];
    const lines = scripts.get(repo);
    // a program in code (`./dist/cli.js`, traced back to src/cli.ts) is run as code, not read as a shell script
    if (!lines && (JS_FILE.test(repo) || PY_FILE.test(repo))) return [];
    if (!lines) {
      warnings.push({
        file: repo,
        message: `${site.at.detail} runs this script, which could not be read as one; not followed`,
      });
      return [];
    }
    const next = new Set(seen).add(repo);
    followed.add(repo);
    const at = { ...site.at, detail: `${site.at.detail} runs ${repo}` };
    return Object.values(lines).flatMap((line) => trace(line, { ...site, at }, depth + 1, next));
  }

  /** The scripts of the package.json in the repository folder the image's working directory comes from. */
  function packageScriptsIn(site: Site): Readonly<Record<string, string>> | undefined {
    const dir = toRepo(site.layout.workdir, site);
    return dir === undefined ? undefined : packageScripts.get(dir);
  }

  /** A package's start script run by its manager (`npm start`): the package's server. */
  function packageStart(line: string): { backend: Backend; worker: boolean } | undefined {
    const start = k.packageStarts.find((e) => e.pattern.test(line));
    return start && { backend: start.backend, worker: false };
  }

  /**
   * `python -m pkg.consumer` on a module the image copied from the repository: the repository's
   * own code started, whatever it serves (a module of no repository file, `-m pytest`, is not).
   */
  function ownModule(words: readonly string[], site: Site): { backend: Backend; worker: boolean } | undefined {
    const python = k.scriptLaunchers.some((l) => l.backend === 'python' && l.pattern.test(words[0]!));
    const target = python ? targetOf(words, 'python') : undefined;
    const own = target && 'module' in target && locate(target, site, true) !== undefined;
    return own ? { backend: 'python', worker: false } : undefined;
  }

  /**
   * `python mailer/main.py` on a script the image copied from the repository that only consumes messages, its
   * loop in its own code or in a shared folder's it imports: a worker, traced through the image's copies to its folder.
   */
  function ownConsumer(words: readonly string[], site: Site): { backend: Backend; worker: boolean } | undefined {
    const launcher = k.scriptLaunchers.find((l) => l.pattern.test(words[0]!));
    const target = launcher && targetOf(words, launcher.backend);
    const file = target && 'file' in target ? locate(target, site, true) : undefined;
    return launcher && file !== undefined && consumes(file) ? { backend: launcher.backend, worker: true } : undefined;
  }

  /**
   * A job's command running a script of the repository (`python main.py` in the image a CronJob
   * runs): the repository's code run to completion on a schedule or once, a worker. A script given
   * a subcommand (`python manage.py migrate`) or kept among one-off scripts (`scripts/seed.js`) is a
   * task run once, not a worker.
   */
  function ownJob(
    words: readonly string[],
    site: Site,
  ): { backend: Backend; worker: boolean; job: string } | undefined {
    if (!site.job) return undefined;
    const launcher = k.scriptLaunchers.find((l) => l.pattern.test(words[0]!));
    const target = launcher && targetOf(words, launcher.backend);
    if (!launcher || !target || !('file' in target)) return undefined;
    const rest = words.slice(words.indexOf(target.file) + 1);
    const file = locate(target, site, true);
    const own = file !== undefined && nonRuntimeRole(file) === undefined && !rest.some((w) => !w.startsWith('-'));
    return own ? { backend: launcher.backend, worker: true, job: site.job } : undefined;
  }

  /** What the command runs: a script file, or a Python module (`-m`, `module:app`, an app option). */
  function targetOf(words: readonly string[], backend: Backend): Target | undefined {
    const [program, ...args] = words;
    const isLauncher = (word: string) => k.scriptLaunchers.some((l) => l.backend === backend && l.pattern.test(word));
    // a package runner running a launcher (`npx ts-node src/server.ts`, `yarn babel-node app.js`): the launcher's target
    const bin = binRuns(words).find((run) => isLauncher(run[0]!));
    if (bin) return targetOf(bin, backend);
    if (isLauncher(program!)) {
      const target = launchedTarget(args, true);
      if (target && 'module' in target) return { ...target, runs: true };
      return target && 'file' in target && !/[/.]/.test(target.file) ? undefined : target;
    }
    return appModuleOf(words, k);
  }

  /** The repository path a target comes from, through the image: a module's file or package, or the script. */
  function locate(target: Target, site: Site, exact = false): string | undefined {
    if ('file' in target) return toRepo(absolute(site.layout.workdir, target.file), site, exact);
    const path = target.module.replace(/\./g, '/');
    const root = target.from === undefined ? site.layout.workdir : absolute(site.layout.workdir, target.from);
    const below = (target.submodules ?? []).flatMap((sub) => pythonModuleFiles(`${target.module}.${sub}`));
    for (const inImage of [...below, ...pythonModuleFiles(target.module, target.runs), path]) {
      const repo = toRepo(absolute(root, inImage), site, true);
      if (repo !== undefined) return repo;
    }
    return exact ? undefined : toRepo(absolute(root, path), site);
  }

  /**
   * The nearest project of the backend above the code; with none, the folder a module is looked
   * up from (`consumer` for `python -m consumer.main` run in the image's copy of `consumer/`), else
   * the code's own folder.
   */
  function serviceDir(repo: string, backend: Backend, root?: string, site?: Site): string {
    const dir = folders.has(repo) ? repo : parentOf(repo);
    const project = nearest(dir, projects[backend]);
    // an image built from a folder below the project cannot copy the project's manifest in: it installs its own
    // packages, and the folder it is built from is the service (`kafka-producer/` with `pip install kafka-python`)
    if (project !== undefined && site?.built && !isInside(project, site.context) && isInside(dir, site.context))
      return site.context;
    return project ?? (root !== undefined && isInside(repo, root) ? root : dir);
  }

  /**
   * A manifest inside the package a module path names (`svc/app/requirements.txt` for `uvicorn app.main:app`) makes
   * no project of the package: the process imports it from the folder above, and when the image holds that folder's
   * own manifest beside it and the Dockerfile is that folder's (`COPY requirements.txt .` then `COPY ./app /code/app`
   * in svc/Dockerfile), the project the image installs is that folder's: the service, with the package its code (the
   * inner manifest a leftover copy).
   */
  function packageOwner(repo: string, target: { module: string; from?: string }, site: Site): string | undefined {
    const segments = target.module.split('.');
    if (segments.length < 2) return undefined;
    const modulePath = segments.join('/');
    const stem = repo.replace(/\.py$/, '').replace(/\/__init__$/, '');
    if (!stem.endsWith(`/${modulePath}`) && stem !== modulePath) return undefined;
    const importRoot = stem === modulePath ? '.' : stem.slice(0, -modulePath.length - 1);
    const inner = nearest(folders.has(repo) ? repo : parentOf(repo), projects.python);
    const packageDir = importRoot === '.' ? segments[0]! : `${importRoot}/${segments[0]}`;
    if (inner === undefined || !isInside(inner, packageDir) || !projects.python.has(importRoot)) return undefined;
    // the recipe beside that manifest: a Dockerfile below (backend/Dockerfile copying the whole tree in) builds the package's own project
    if (site.dockerfile === undefined || parentOf(site.dockerfile) !== importRoot) return undefined;
    const root = target.from === undefined ? site.layout.workdir : absolute(site.layout.workdir, target.from);
    const installed = (pythonManifests.get(importRoot) ?? []).some(
      (file) => toRepo(absolute(root, baseName(file)), site, true) === file,
    );
    return installed ? importRoot : undefined;
  }

  /** The repository folder a module's import path starts from: the working directory, or the folder an option names. */
  function moduleRoot(target: { module: string; from?: string }, site: Site): string | undefined {
    const root = target.from === undefined ? site.layout.workdir : absolute(site.layout.workdir, target.from);
    const repo = toRepo(root, site, true);
    return repo !== undefined && folders.has(repo) ? repo : undefined;
  }

  return {
    entries: [...unique.values()],
    written: [...new Map(written.map((e) => [key(e), e])).values()],
    traced,
    warnings,
    copiedIn,
    images: tracedImages,
  };
}

/** The host folders a checkout may sit at for a command: every folder of its absolute paths, shallowest first. */
function checkoutRoots(command: string): string[] {
  const roots = new Set<string>(['/']);
  for (const word of command.split(/\s+/))
    if (word.startsWith('/'))
      for (let dir = word.replace(/\/+$/, ''); dir && dir !== '/'; dir = parentOf(dir)) roots.add(dir);
  return [...roots].sort((a, b) => a.split('/').length - b.split('/').length);
}

/** The tree checked out at a host folder, as an image layout: a command runs in `/` until it changes folder. */
function checkedOutAt(root: string): ImageLayout {
  return { stages: [{ copies: [{ sources: ['.'], dest: root, line: 0 }] }], workdir: '/' };
}

/** The tree as it is checked out, as an image layout: the folder a command runs in is `/`. */
const AS_CHECKED_OUT: ImageLayout = { stages: [{ copies: [{ sources: ['.'], dest: '/', line: 0 }] }], workdir: '/' };

/**
 * The image as a compose service runs it: its working directory as `working_dir` sets it, and the
 * service's bind mounts laid over its last stage (a mount hides what the image holds at its path,
 * so it is looked up first, as the latest COPY is).
 */
function withMounts(image: ImageLayout, workdir?: string, mounts: readonly BindMount[] = []): ImageLayout {
  const dir = workdir ? absolute(image.workdir, workdir) : image.workdir;
  const mounted: ImageCopy[] = mounts.map((m) => ({ sources: [m.source], dest: m.target, mounted: true, line: 0 }));
  const stages = image.stages.map((stage, i) =>
    i === image.stages.length - 1 ? { ...stage, copies: [...stage.copies, ...mounted] } : stage,
  );
  return { stages, workdir: dir };
}

/**
 * A script file, or a module looked up from the working directory or the folder an option names
 * (`runs`: run by `python -m`, so a package runs its `__main__.py`).
 */
type Target = { file: string } | { module: string; from?: string; runs?: boolean; submodules?: readonly string[] };

/**
 * The repository path (file or folder) an absolute path inside the image was copied from, through
 * the last stage's COPY/ADD lines (the latest that covers it first, a copy from another stage
 * followed into that stage); undefined when no line brings it from the context, or it is not in
 * the scanned tree.
 */
function toRepo(
  inImage: string,
  site: Site,
  exact = false,
  stage = site.layout.stages.length - 1,
  depth = 0,
): string | undefined {
  // a path of the tree the image holds first; only then the folder a built file came from
  if (!exact) {
    const found = toRepo(inImage, site, true, stage, depth);
    if (found !== undefined) return found;
  }
  const copies = site.layout.stages[stage]?.copies ?? [];
  for (let c = copies.length - 1; c >= 0; c--) {
    const copy = copies[c]!;
    for (const source of [...copy.sources].reverse()) {
      const fromStage = copy.from === undefined ? undefined : stageIndex(site.layout, copy.from);
      if (copy.from !== undefined && fromStage === undefined) continue;
      const glob = /[*?[]/.test(source);
      const base = glob ? parentOf(source) : source;
      const repoBase = fromStage === undefined ? resolveInside(copy.mounted ? '.' : site.context, base) : undefined;
      if (fromStage === undefined && repoBase === undefined) continue;
      // a file lands under a folder destination by its name; a folder's contents land in the destination
      const isFile = fromStage === undefined ? site.files.has(repoBase!) && !glob : /\.\w+$/.test(source);
      const intoFolder = copy.dest.endsWith('/') || copy.sources.length > 1 || glob;
      const dest = copy.dest.replace(/(.)\/$/, '$1');
      const landing = isFile && intoFolder ? absolute(dest, baseName(source)) : dest;
      const rest =
        landing === '/'
          ? inImage
          : inImage === landing
            ? ''
            : inImage.startsWith(`${landing}/`)
              ? inImage.slice(landing.length)
              : undefined;
      if (rest === undefined) continue;
      if (fromStage !== undefined) {
        if (depth >= MAX_DEPTH) continue;
        const found = toRepo(
          absolute('/', source) + (rest && rest !== '/' ? rest : ''),
          site,
          exact,
          fromStage,
          depth + 1,
        );
        if (found !== undefined) return found;
        continue;
      }
      const repo = rest === '' || rest === '/' ? repoBase! : resolveInside(repoBase!, rest.replace(/^\//, ''));
      if (repo !== undefined && (site.files.has(repo) || site.folders.has(repo))) return repo;
      // a file a compiler built in the image from a source the tree holds runs that source
      const compiled = repo === undefined ? undefined : site.sourceOf(repo);
      if (compiled !== undefined) return compiled;
      // a file built in the image (`dist/server.js`) comes from the nearest folder of the copy that is in the tree
      if (repo !== undefined && !exact)
        for (let dir = parentOf(repo); dir !== repoBase && dir !== '.'; dir = parentOf(dir))
          if (site.folders.has(dir)) return dir;
      if (!exact && site.folders.has(repoBase!)) return repoBase;
    }
  }
  return undefined;
}

function stageIndex(layout: ImageLayout, from: string): number | undefined {
  const named = layout.stages.findIndex((s) => s.name === from);
  if (named >= 0) return named;
  return /^\d+$/.test(from) && Number(from) < layout.stages.length ? Number(from) : undefined;
}

/**
 * The context of a Dockerfile built by a script or workflow (`docker build -f docker/api.Dockerfile .`):
 * its own folder, or the nearest one above it holding the first file or folder it copies that the repository holds.
 */
function contextOf(dockerfile: Manifest, files: ReadonlySet<string>, folders: Site['folders']): string {
  const sources = dockerfile.image?.stages
    .flatMap((s) => s.copies)
    .filter((c) => c.from === undefined)
    .flatMap((c) => c.sources)
    .filter((s) => !/[*?[]/.test(s) && resolveInside('.', s) !== '.');
  // a source the repository does not hold anywhere (a requirements.txt left out of git) tells nothing: the next one does
  for (const source of sources ?? []) {
    const holds = (dir: string) => {
      const path = resolveInside(dir, source);
      return path !== undefined && (files.has(path) || folders.has(path));
    };
    const found = nearest(dockerfile.dir, { has: holds });
    if (found !== undefined) return found;
  }
  return dockerfile.dir;
}

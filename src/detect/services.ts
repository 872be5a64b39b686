import { APP_SHELLS } from '../knowledge/app-shells.js';
import { PYTHON_PROJECT_KINDS, TASK_MANIFEST_KINDS } from '../knowledge/manifest-formats.js';
import { DEFAULT_SCRIPTS } from '../knowledge/package-scripts.js';
import { SERVER_KNOWLEDGE } from '../knowledge/servers/index.js';
import type { ServerKnowledge } from '../knowledge/servers/derive.js';
import type { ServerRecord } from '../knowledge/servers/types.js';
import {
  DOCS_SITE_PACKAGES,
  folderRole,
  FRONTEND_PACKAGES,
  NON_ENTRY_SCRIPT_NAME,
  NON_SERVICE_PACKAGE_NAMES,
  nonRuntimeRole,
  SYSTEM_MEMBERS,
  practiceFolder,
  PYTHON_ENTRY_MODULE,
  TEST_FILE,
} from '../knowledge/service-roles.js';
import { uniqueEvidence, type Backend, type Evidence, type ServiceKind, type Warning } from '../model/common.js';
import type {
  CodeFact,
  Dependency,
  ImportRef,
  Manifest,
  ManifestKind,
  NotService,
  NotServiceReason,
  PackageShape,
  Project,
  ServiceFacts,
} from '../model/facts.js';
import { buildHosts } from './build-hosts.js';
import { normalizePythonName, shortCommand } from './manifests/util.js';
import {
  baseName,
  builtInto,
  foldersOf,
  isInside,
  isSorted,
  lowerBound,
  nearest,
  parentOf,
  pathSet,
  pythonModuleFiles,
  relativeTo,
  resolveInside,
} from '../paths.js';
import { binRunBy, consoleScripts, programOf } from './packaged-entries.js';
import { stageImage } from './manifests/image-layout.js';
import { execWords, programWords, runnerJobs, scriptOfCommand, sideBySideJobs, startedBy } from './command-words.js';
import { afterLeadingCd } from './shell-folders.js';
import { consumesOnly, ownCodeRun, servesNothing, type OwnCodeRun } from './own-code-runs.js';
import { compiledSources, compilingFolder } from './compiled-sources.js';
import { reachedConsumer } from './import-reach.js';
import { pushedDockerfiles } from './image-runs.js';
import { PUSHED_BATCH_JOB } from '../knowledge/container-cli.js';
import { entryScriptFolders } from './entry-scripts.js';
import { copiesOf } from './copies.js';
import { deploymentChains, type ChainEntry, type Chains } from './deploy-chain.js';
import { appServerCommandOf, servedApp, type ServedApp } from './app-modules.js';
import { deployedFiles, deployedRoleFolders, examplesDeployingThemselves, roleBelow } from './deployed-roles.js';
import { missingScript, packageScriptRun } from './package-script-runs.js';
import { once } from '../memo.js';
import { foldersWithCode } from './own-code.js';
import { idleRun } from './idle-entries.js';
import { lentFolders, workspaceMembers, workspaceStarts, workspaceTool } from './workspace-projects.js';
import { startedBinaries, type StartedBinary } from './build-targets.js';
import { scriptStarts, shellScripts, type ScriptStart } from './script-chains.js';
import { numberedLessons, siblingCollections, stepFolders, stepLessons, type CollectionMember } from './collections.js';
import { notesExample, type NotesExample } from './notes-folders.js';
import { describedInName, selfDescription } from './self-descriptions.js';
import { startsInsideApi } from './library-starts.js';
import { servedFolder } from './served-folders.js';
import { devHarness, publishedPackages } from './dev-harnesses.js';
import { demoImage, devEnvironment } from './demo-images.js';
import { adapterPackage } from './adapter-packages.js';
import { oneOffCommand } from './one-off-commands.js';
import { strayServerProjects } from './command-project-strays.js';
import { publishedLibraries, sdkDemo, type SdkDemo } from './sdk-demos.js';
import { usersPlatforms } from './hosted-platforms.js';
import { cliFiles, toolCommand } from './cli-commands.js';

/** Deployment platform files: one in a folder says the folder is deployed as it is. */
const DEPLOY_PLATFORM_FILE =
  /(?:^|\/)(?:app\.ya?ml|fly\.toml|render\.ya?ml|railway\.(?:json|toml)|nixpacks\.toml|app\.json|vercel\.json|netlify\.toml)$/;
/** Platforms that run one backend only: Netlify builds sites and runs JavaScript functions, never a Python server. */
const PLATFORM_BACKENDS: Readonly<Record<string, readonly Backend[]>> = { 'netlify.toml': ['node'] };
/** Dockerfile commands that serve files, not a backend of either kind. */
const WEB_SERVER_COMMAND = /\b(?:nginx|httpd|caddy|apache2|lighttpd|traefik)\b/;

export interface ServiceInput {
  manifests: Manifest[];
  imports: ImportRef[];
  codeFacts: CodeFact[];
  /** Every kept path (for server routes of full-stack frameworks). */
  paths: string[];
  /** Config `services` and catalog services: each folder becomes a service, its backend overridden when given. */
  declared?: { path: string; backend?: Backend; source?: DeclarationSource }[];
  /**
   * Config `services.exclude` and catalog libraries, websites and docs: folders that are never
   * services. Without a reason they are `excluded` by the config.
   */
  excluded?: { path: string; reason?: NotServiceReason; why?: string; source?: DeclarationSource & { type: string } }[];
  /** The server knowledge to detect with: derived from src/knowledge/servers/ unless a test gives its own. */
  knowledge?: ServerKnowledge;
  /** Source files that can start nothing (see idle-entries): a command running one is no entry. */
  inertFiles?: ReadonlySet<string>;
  /** Resources the tree's Terraform declares (`resource "aws_sqs_queue" "jobs"`), outside tests and examples. */
  resources?: readonly { file: string; line: number; type: string; name: string }[];
}

/** The descriptor line that declares what a folder is: where a warning goes when the evidence disagrees. */
export interface DeclarationSource {
  file: string;
  line?: number;
}

export interface ServiceDecision {
  projects: Project[];
  services: ServiceFacts[];
  notServices: NotService[];
  warnings: Warning[];
}

/**
 * The folder a manifest speaks for: its own, except requirements files kept in a
 * `requirements/` folder, which speak for the folder above it (`requirements/base.txt`).
 */
function projectDir(m: Manifest): string {
  if (m.kind === 'requirements' && /(^|\/)requirements$/.test(m.dir)) {
    const up = m.dir.slice(0, Math.max(0, m.dir.lastIndexOf('/')));
    return up || '.';
  }
  return m.dir;
}

/** One folder of one ecosystem and what it shows: how it serves, how it starts, what it is. */
interface Candidate {
  dir: string;
  backend: Backend;
  manifests: Manifest[];
  frameworks: Map<string, Evidence>;
  /** Function platforms among its server evidence: the folder is deployed as functions. */
  functions: boolean;
  /** Functions its code registers or a platform file configures, not only the platform's package among its dependencies. */
  functionCode?: boolean;
  /** Queue and stream workers it runs (Celery, BullMQ, Kafka consumers): its server evidence when nothing else serves. */
  workers: Map<string, Evidence>;
  /** Commands that start a worker: its entry when it is a worker. */
  workerEntry: Evidence[];
  /** Lines of its scripts that start their worker themselves (see CodePattern's `besideOnly`): a worker's entry beside its app only. */
  besideStarts?: Evidence[];
  /** Commands of shell start scripts (`run.sh`): its entry when nothing else starts it. */
  shellEntry: Evidence[];
  /** Framework-less servers found in code (`Node http`, `gRPC`): named only where no framework is. */
  servers: Map<string, Evidence>;
  server: Evidence[];
  entry: Evidence[];
  appObjects: Evidence[];
  staticExport?: Evidence;
  /** Its manifests are a project's above it that its code is served from: their app server may run another folder. */
  lent?: boolean;
  /** Its only entry is an app server among its dependencies (uvicorn beside FastAPI): nothing names its code. */
  entryOnlyDeclared?: boolean;
  /** Deployment commands that run a file of it which starts nothing (see idle-entries), with why. */
  idleEntries?: { at: Evidence; why: string }[];
  /** A Dockerfile building a development box for another repository's checkout runs it (see devEnvironment). */
  devBox?: { at: Evidence; why: string };
  /** Runs written down for people of a consumer that stops after a set time (a subscriber sample), with why. */
  demoRuns?: { at: Evidence; why: string }[];
  /** Entry evidence from the folder's own start script (package.json, Pipfile). */
  scripted?: boolean;
  /** A server framework among the folder's own runtime dependencies (not only imported by its code). */
  declaresServer?: boolean;
  /** Its own code imports a server framework or starts, makes or runs a server. */
  usesServer?: boolean;
  /** A Dockerfile builds an image of the folder. */
  imaged?: boolean;
  /** A server framework only a lockfile resolves (a dev server's dependency): shown, never server evidence. */
  lockOnly?: Evidence;
  /** A full-stack framework with server routes in the folder (Next.js `app/api`, Nuxt `server/api`...). */
  fullstack: boolean;
  /** The script that builds a full-stack framework: its entry when it has server routes. */
  fullstackBuild?: Evidence;
  /** Server evidence that is only a frontend's dev or preview server (`polka`, `sirv`, `vite`...). */
  devServerOnly: boolean;
  /** Servers of a client that launches the folder over stdio (an MCP server): a tool when nothing else serves. */
  stdio: Evidence[];
  /** Files of the package's own `bin` that its package.json scripts run (`start: node bin/server.js`). */
  binsRun?: Set<string>;
  /** How many programs that serve under a command (manage.py) the repository holds, when its own is one of several. */
  siblings?: number;
  /** Its start is a program that serves under a command (manage.py): a run written down starts it (the Django rule). */
  commandProgram?: boolean;
  /** A full-stack framework it declares with no server routes in the folder: it renders pages, serves no API. */
  pagesOnly?: { name: string; at: Evidence };
  /**
   * Its own modules an app server's command serves (`uvicorn pkg.main:app`): an app whatever framework
   * made it, its server evidence where nothing else names one.
   */
  served?: Evidence[];
  /** Files whose code boots a server framework as a broker's consumer (a NestJS microservice on Kafka). */
  consumerBoots?: Set<string>;
  /** Files whose code starts serving requests (a listen, an app's boot). */
  startFiles?: Set<string>;
  /**
   * Files of the tree its deployment files (Dockerfile, compose, Procfile, platform, serverless) run, an
   * image's `python example/app.py` traced to the file; with `deployedBlind`, whether one runs it at all (isDeployed).
   */
  deployedCode?: Set<string>;
  /** A deployment runs it by a command naming no file of the tree (`celery flower`, a console script, a platform). */
  deployedBlind?: boolean;
  /**
   * The servers its evidence names that serve requests by themselves (Express beside Vercel Functions):
   * with a function platform, what a deployment of the folder's own code runs as a server (see serverBeside).
   */
  requestServers?: Map<string, Evidence>;
  /** Deployment files (Dockerfile, Procfile, compose, platform start) that run a file of the folder's own code. */
  ownCodeDeploys?: Evidence[];
  /** Files of its own code its package's scripts run (`"start": "node server.js"`): the developer's local run. */
  scriptedCode?: Set<string>;
  /** Files of its own code holding a function handler (a Vercel `api/items.js` exporting one). */
  handlerFiles?: Set<string>;
  /** The files (relative to the folder) a handler file's Python imports may load: an app a function wraps. */
  handlerLoads?: Set<string>;
  /** Runs written down for people (a README's or Makefile's `node config/server.js`), with the file each runs. */
  handRuns?: { at: Evidence; code: string }[];
  /** Its server only hosts a frontend's build (static files and the app's index.html): the mount that shows it. */
  hostsBuild?: Evidence;
  /** The Nx or Nest CLI workspace project the folder is (no package.json of its own). */
  workspace?: { type: 'application' | 'library'; tool: string; file: string; line?: number };
}

/**
 * Services: folders the project deploys that serve requests or messages. A folder is one when
 * it has server evidence (a server framework among its own runtime dependencies or imported by
 * its runtime code, a server started without one, serverless functions) and entry evidence (a
 * start command, code that starts it, a deployment file, an app object with an app server).
 * Tests, examples, docs, libraries, CLIs, frontends and candidates with no entry are listed
 * apart with their reason. Folders declared in config are services whatever the evidence.
 */
export function findServices(input: ServiceInput): ServiceDecision {
  const k = input.knowledge ?? SERVER_KNOWLEDGE;
  const candidates = new Map<string, Candidate>();
  const candidate = (dir: string, backend: Backend): Candidate => {
    const key = `${backend}\0${dir}`;
    let c = candidates.get(key);
    if (!c) candidates.set(key, (c = emptyCandidate(dir, backend, true)));
    return c;
  };

  const projects: Record<Backend, Map<string, Manifest[]>> = { node: new Map(), python: new Map() };
  for (const m of input.manifests) {
    const backend = projectBackend(m);
    if (!backend) continue;
    const dir = backend === 'python' ? projectDir(m) : m.dir;
    projects[backend].set(dir, [...(projects[backend].get(dir) ?? []), m]);
  }
  // Nx and Nest CLI projects without a package.json: folders of their own, lent the workspace root's manifests
  const members = workspaceMembers(input.manifests, projects.node);
  for (const [dir, { manifest }] of members) projects.node.set(dir, [manifest]);
  // Bazel and Pants binaries something runs: folders of their own, lent the nearest project's manifests above
  const binaries = startedBinaries(input.manifests);
  const lentToBinaries = binaryRoots(binaries, projects);
  // A start whose program runs from a folder above (Django's WSGI module, run from manage.py's folder) starts that folder.
  const files = once(() => pathSet(input.paths));
  const runFrom = new Map(k.codePatterns.flatMap((p) => (p.runFrom ? [[p.id, p.runFrom] as const] : [])));
  // programs that serve only under a command someone runs: where they run from, never an entry by themselves
  const onCommand = new Set(k.codePatterns.flatMap((p) => (p.onCommand ? [p.id] : [])));
  // worker scripts that start their worker themselves: entries of a worker beside the project's app only
  const besideOnly = new Set(k.codePatterns.flatMap((p) => (p.besideOnly ? [p.id] : [])));
  const servesUnder = new Map(k.codePatterns.flatMap((p) => (p.servesUnder ? [[p.id, p.servesUnder] as const] : [])));
  const startFolder = (fact: CodeFact) => {
    const dir = parentOf(fact.file);
    const name = runFrom.get(fact.pattern);
    if (name === undefined) return dir;
    return nearest(dir, { has: (d) => files().has(d === '.' ? name : `${d}/${name}`) }) ?? dir;
  };
  const factsByFile = once(() => byFileOf(input.codeFacts));
  const importsByFile = once(() => byFileOf(input.imports));
  // the consumer loop a Python file reaches through its imports of a shared folder outside its project (see import-reach)
  const reached = (file: string): CodeFact | undefined =>
    file.endsWith('.py')
      ? reachedConsumer(
          file,
          nearest(parentOf(file), projects.python) ?? parentOf(file),
          (f) => importsByFile().get(f) ?? [],
          files(),
          (f) => factsByFile().get(f) ?? [],
        )
      : undefined;
  // the facts that tell what a file a deployment runs does: its own, and a shared consumer loop it reaches
  const runFacts = (file: string): readonly CodeFact[] => {
    const own = factsByFile().get(file) ?? [];
    const loop = own.some((f) => f.serves === 'worker') ? undefined : reached(file);
    return loop ? [...own, loop] : own;
  };
  const chains = deploymentChains(input.manifests, input.paths, projects, k, (file) => consumesOnly(runFacts(file)));
  // examples and demos a deployment file outside them runs are deployed: their code is runtime code
  const isProject = (dir: string) => projects.node.has(dir) || projects.python.has(dir);
  // examples and demos with a deployment file of their own, and how each tries the repository's own package
  const ownDeployments = examplesDeployingThemselves(input.manifests, isProject, (path) => files().has(path));
  const outranked = deployedRoleFolders(
    input.manifests,
    chains.entries.map((e) => e.dir),
    isProject,
    ownDeployments,
  );
  const packageScripts = (dir: string) =>
    projects.node.get(dir)?.find((m) => m.kind === 'package.json' && m.scripts)?.scripts;
  // a package manager running one of the folder's scripts (`npm run worker`) runs that script's command
  const scriptRun = (dir: string, command: string) =>
    packageScriptRun(command, packageScripts(dir))?.command ?? command;
  // a file a deployment runs (`python scripts/worker.py`) is runtime code, whatever its folder
  const runFiles = deployedFiles(
    input.manifests,
    chains.entries.flatMap((e) => (e.code === undefined ? [] : [e.code])),
    (dir, command) => ownCodeRun(dir, scriptRun(dir, command), files(), () => [], k)?.file,
  );
  const roleOf = (file: string) => {
    const role = roleBelow(file, outranked, nonRuntimeRole);
    if (!runFiles.has(file)) return role;
    // a file a deployment runs is runtime code where only its name says otherwise: a one-off script's
    // (`scripts/worker.py`), or a test's whose own code serves (`test_server.py` that an image's CMD runs is
    // the server it ships; a test suite an image runs stays tests)
    if (role === 'scripts') return undefined;
    const serves = () => (factsByFile().get(file) ?? []).some((f) => f.kind === 'server' || f.kind === 'server-start');
    return role === 'tests' && TEST_FILE.test(file) && !roleBelow(parentOf(file), outranked, folderRole) && serves()
      ? undefined
      : role;
  };
  // Code under no project of its language belongs to the nearest folder above it whose code starts
  // a server: `server/main.py` in a repository without a Python manifest is served from `server`.
  const starting: Record<Backend, Set<string>> = { node: new Set(), python: new Set() };
  for (const fact of input.codeFacts)
    if ((fact.kind === 'start' || fact.kind === 'server-start') && !roleOf(fact.file))
      starting[fact.ecosystem].add(startFolder(fact));
  // ... and to a folder a deployment chain runs (an image's command traced to the code it copied in)
  for (const e of chains.entries) if (!projects[e.backend].has(e.dir)) starting[e.backend].add(e.dir);
  // ... and to the folder of a script that loops pulling from a queue its neighbouring Terraform creates
  const queueLoops = queueLoopScripts(input, k, (file) => factsByFile().get(file) ?? [], roleOf);
  for (const { file, backend } of queueLoops)
    if (nearest(parentOf(file), projects[backend]) === undefined) starting[backend].add(parentOf(file));
  // ... and to a folder a README or Makefile starts by hand, running its own code there
  // (a program that serves under a command starts only by one of those: `manage.py runserver`, not `manage.py migrate`)
  // (and a script run by its runtime, `python create_table.py`, starts a service only when its own code starts serving,
  // and keeps serving: a subscriber that waits a set time and stops is a demo)
  // the code facts of each file, asked per written run, entry script and deployment command
  // (a worker command of the program, `manage.py run_huey`, starts its worker whatever the program serves under)
  const servingRun = (e: { code?: string; command?: string; worker?: boolean }) => {
    const facts = (e.code && factsByFile().get(e.code)) || [];
    const [program] = programWords(e.command ?? '');
    const launched = program !== undefined && k.scriptLaunchers.some((l) => l.pattern.test(program));
    const starts = facts.some(
      (f) => f.kind === 'start' || f.kind === 'server-start' || (f.serves === 'worker' && !f.deployedOnly),
    );
    return (
      (!launched || starts) &&
      (!!e.worker ||
        facts
          .filter((f) => servesUnder.has(f.pattern))
          .every((f) => execWords(e.command ?? '')?.some((w) => servesUnder.get(f.pattern)!.includes(w))))
    );
  };
  // a consumer that stops after a set time (a subscriber sample run by hand) serves no messages for long: kept to say why
  const written: ChainEntry[] = [];
  const demoRuns: { run: ChainEntry; line: CodeFact }[] = [];
  for (const e of chains.written) {
    if (roleOf(e.code!)) continue;
    const bounded = factsByFile()
      .get(e.code!)
      ?.find((f) => f.bounded);
    if (bounded) demoRuns.push({ run: e, line: bounded });
    else if (servingRun(e)) written.push(e);
  }
  for (const e of written) if (!projects[e.backend].has(e.dir)) starting[e.backend].add(e.dir);
  // ... and code under a project that starts nothing itself belongs to the subfolder whose code starts
  // a server (`apps/core/main.py` under a root requirements.txt that no Dockerfile or script runs)
  const packageDirs = once(() => pythonPackages(input.paths));
  // A program that serves under a command (Django's manage.py) is its folder's way to start; several
  // in one repository are a collection of projects (a course's steps), each started only where something runs it.
  const commandPrograms = new Set(
    input.codeFacts
      .filter((f) => onCommand.has(f.pattern) && !runFrom.has(f.pattern) && !roleOf(f.file))
      .map((f) => parentOf(f.file)),
  );
  const yields = yieldingProjects(input, projects, starting, k, packageDirs, commandPrograms);
  for (const [root, dirs] of lentFolders(members)) yields.node.set(root, dirs);
  for (const [backend, root, dirs] of lentToBinaries)
    yields[backend].set(root, [...new Set([...(yields[backend].get(root) ?? []), ...dirs])].sort());
  // ... and Node.js code under no package.json to the folder whose entry script (`server.js`) runs it
  const serving = () => [
    ...input.imports.filter((i) => {
      const record = i.ecosystem === 'node' ? k.ofImport('node', i.module) : undefined;
      return record && serverUse(record, () => false)?.serves;
    }),
    ...input.codeFacts.filter(
      (f) =>
        f.ecosystem === 'node' &&
        !f.deployedOnly &&
        (f.kind === 'server' || f.kind === 'server-start' || f.serves === 'worker'),
    ),
  ];
  const entryScripts = entryScriptFolders(input.paths, projects.node, serving);
  // asked for every server import and code fact: each folder's answer is kept
  const owners: Record<Backend, Map<string, string>> = { node: new Map(), python: new Map() };
  const ownerOfFolder = (folder: string, backend: Backend) => {
    let answer = owners[backend].get(folder);
    if (answer === undefined) owners[backend].set(folder, (answer = folderOwner(folder, backend)));
    return answer;
  };
  const folderOwner = (folder: string, backend: Backend) => {
    const project = nearest(folder, projects[backend]);
    const start = nearest(folder, starting[backend]);
    if (project !== undefined && start !== undefined && yields[backend].get(project)?.includes(start)) return start;
    return project ?? start ?? (backend === 'node' ? nearest(folder, entryScripts) : undefined) ?? '.';
  };
  const owner = (file: string, backend: Backend) => ownerOfFolder(parentOf(file), backend);
  const sorted = isSorted(input.paths);
  const pathsUnder = (dir: string) => {
    if (dir === '.') return input.paths;
    const prefix = `${dir}/`;
    if (!sorted) return input.paths.flatMap((p) => relativeTo(dir, p) ?? []);
    // In code-unit order the paths under a folder are one run, starting where its prefix would sort.
    const under: string[] = [];
    for (let i = lowerBound(input.paths, prefix); i < input.paths.length && input.paths[i]!.startsWith(prefix); i++)
      under.push(input.paths[i]!.slice(prefix.length));
    return under;
  };
  // the packages each folder's own code imports (asked only for workspace projects)
  const importsByDir = once(() => {
    const byDir = new Map<string, Set<string>>();
    for (const ref of input.imports) {
      const at = owner(ref.file, ref.ecosystem);
      byDir.set(at, (byDir.get(at) ?? new Set()).add(ref.module));
    }
    return byDir;
  });
  const importedIn = (dir: string): ReadonlySet<string> => importsByDir().get(dir) ?? new Set();
  const routesIn = (dir: string, r: ServerRecord) => {
    if (!r.routes) return false;
    const under = pathsUnder(dir);
    return r.routes.some((route) => under.some((p) => route.test(p)));
  };

  // Server evidence: frameworks the folder's own manifests declare for run time. A project served
  // from subfolders lends them its manifests; each one's frameworks are those its own code imports.
  for (const backend of ['node', 'python'] as const) {
    for (const [project, manifests] of projects[backend]) {
      const served = yields[backend].get(project);
      for (const dir of served ?? [project]) {
        const c = candidate(dir, backend);
        c.manifests.push(...manifests);
        const member = served && backend === 'node' ? members.get(dir) : undefined;
        if (member) {
          const { project, manifest } = member;
          c.workspace = {
            type: project.type,
            tool: workspaceTool(project),
            file: manifest.file,
            ...(project.line ? { line: project.line } : {}),
          };
        }
        if (served) c.lent = true;
        if (served && !member) continue;
        // a workspace project's frameworks are those its code imports; a full-stack one's routes decide, as for a package
        const declared = serverDependencies(manifests, backend, k).filter(
          (d) => !member || (k.ofPackage(backend, d.name)?.role === 'fullstack' && importedIn(dir).has(d.name)),
        );
        for (const d of declared) {
          const record = d.ecosystem === backend ? k.ofPackage(backend, d.name) : undefined;
          const use = record && serverUse(record, () => routesIn(dir, record));
          // a full-stack framework with no server routes only renders its pages: a frontend
          if (!use && record?.role === 'fullstack')
            c.pagesOnly ??= {
              name: record.name,
              at: { file: d.file, ...(d.line ? { line: d.line } : {}), detail: versioned(d) },
            };
          if (!use) continue;
          useServer(c, record, use, { file: d.file, ...(d.line ? { line: d.line } : {}), detail: versioned(d) });
          c.declaresServer = true;
        }
      }
    }
  }
  // Frameworks a lockfile resolves but the folder does not declare: a frontend's tooling pulling in express.
  for (const m of input.manifests) {
    if (!m.lockfile || m.ecosystem !== 'node') continue;
    const c = candidates.get(`node\0${m.dir}`);
    if (!c || c.frameworks.size > 0 || c.lockOnly) continue;
    const resolved = m.dependencies.find((d) => {
      const record = k.ofPackage('node', d.name);
      return record && serverUse(record, () => false);
    });
    if (resolved)
      c.lockOnly = {
        file: m.file,
        ...(resolved.line ? { line: resolved.line } : {}),
        detail: `${versioned(resolved)} (resolved, not declared)`,
      };
  }
  // ... and frameworks the folder's runtime code imports.
  // A framework the folder declares only for development (a local proxy, a dev server) does not run in production.
  // per backend, folder and package: asked for every framework import
  const devOnlyAnswers: Record<Backend, Map<string, Map<string, boolean>>> = { node: new Map(), python: new Map() };
  const devOnly = (dir: string, backend: Backend, name: string) => {
    let inDir = devOnlyAnswers[backend].get(dir);
    if (!inDir) devOnlyAnswers[backend].set(dir, (inDir = new Map()));
    let answer = inDir.get(name);
    if (answer === undefined) {
      // a package the folder does not declare comes from the nearest folder above that does (a workspace root)
      let mine: Dependency[] = [];
      for (
        let d: string | undefined = dir;
        d !== undefined && mine.length === 0;
        d = d === '.' ? undefined : parentOf(d)
      )
        mine = (projects[backend].get(d) ?? [])
          .filter((m) => !m.lockfile)
          .flatMap((m) => m.dependencies)
          .filter((dep) => dep.name === name);
      inDir.set(name, (answer = mine.length > 0 && mine.every((d) => d.dev && !d.peer)));
    }
    return answer;
  };
  for (const ref of input.imports) {
    const record = k.ofImport(ref.ecosystem, ref.module);
    // a full-stack framework's import is its pages' as much as its server routes': the routes decide
    const use = record && serverUse(record, () => false);
    if (!use || roleOf(ref.file)) continue;
    const dir = owner(ref.file, ref.ecosystem);
    if (devOnly(dir, ref.ecosystem, ref.module)) continue;
    const c = candidate(dir, ref.ecosystem);
    useServer(c, record, use, { file: ref.file, line: ref.line, detail: `imports ${ref.module}` });
    c.usesServer = true;
  }
  // Code: servers without a framework, code that starts serving, app objects, static exports.
  const loops = new Map<string, { name: string; at: Evidence }>();
  for (const fact of input.codeFacts) {
    if (roleOf(fact.file)) continue;
    const at = { file: fact.file, line: fact.line, detail: fact.detail };
    if (fact.kind === 'static-export') {
      candidate(owner(fact.file, 'node'), 'node').staticExport = at;
      continue;
    }
    // spawns and scripts are the profile's reach; handlers and routes its signals
    // browser code is the profile's (what it imports is a page's work)
    if (
      fact.kind === 'spawn' ||
      fact.kind === 'script' ||
      fact.kind === 'handler' ||
      fact.kind === 'route' ||
      fact.kind === 'browser'
    )
      continue;
    // a loop is evidence only where a deployment file runs its file (see runsLoop below)
    if (fact.deployedOnly) {
      if (fact.server && !loops.has(fact.file)) loops.set(fact.file, { name: fact.server, at });
      continue;
    }
    const c = candidate(owner(fact.file, fact.ecosystem), fact.ecosystem);
    c.usesServer = true;
    if (fact.serves === 'stdio') {
      c.stdio.push(at);
      continue;
    }
    if (fact.serves === 'worker') {
      // a consumer loop: the worker's evidence, and its entry when the line also starts it
      if (fact.server && !c.workers.has(fact.server)) c.workers.set(fact.server, at);
      c.devServerOnly = false;
      if (fact.kind === 'start' || fact.kind === 'server-start')
        (besideOnly.has(fact.pattern) ? (c.besideStarts ??= []) : c.workerEntry).push(at);
      if (fact.consumerBoot) (c.consumerBoots ??= new Set()).add(fact.file);
      continue;
    }
    if (fact.kind === 'server' || fact.kind === 'server-start') {
      c.server.push(at);
      c.devServerOnly = false;
      if (fact.serves === 'function') {
        c.functions = c.functionCode = true;
        (c.handlerFiles ??= new Set()).add(fact.file);
        // the modules a handler file loads (Modal's `from main import app`): an app it wraps is the function's own
        for (const ref of importsByFile().get(fact.file) ?? [])
          for (const module of [ref.module, ...(ref.submodules ?? [])])
            for (const file of pythonModuleFiles(module)) (c.handlerLoads ??= new Set()).add(file);
      }
      if (fact.server && !c.servers.has(fact.server)) c.servers.set(fact.server, at);
    }
    if (onCommand.has(fact.pattern)) c.commandProgram = true;
    if (fact.kind === 'start' || fact.kind === 'server-start') (c.startFiles ??= new Set()).add(fact.file);
    if (onCommand.has(fact.pattern) && commandPrograms.size > 1) c.siblings = commandPrograms.size;
    else if (fact.kind === 'start' || fact.kind === 'server-start') c.entry.push(at);
    if (fact.kind === 'app-object') c.appObjects.push(at);
  }
  // a server that only hosts the frontend's build (a single-page app's server.js): every file that starts it is a host
  const serverFiles = new Set(input.imports.filter((r) => k.ofImport(r.ecosystem, r.module)).map((r) => r.file));
  const built = buildHosts(input.codeFacts, serverFiles);
  const routedDirs = new Set([...built.routed].map((file) => owner(file, 'node')));
  for (const c of candidates.values()) {
    const starts = [...(c.startFiles ?? [])];
    if (c.backend !== 'node' || starts.length === 0 || c.server.length > 0 || routedDirs.has(c.dir)) continue;
    if (starts.every((file) => built.hosts.has(file))) c.hostsBuild = built.hosts.get(starts[0]!);
  }
  // an entry script is the entry of the code it runs, when that code serves or consumes and nothing else starts it;
  // a server made in the script itself and started nowhere is a module's (`module.exports = () => http.createServer()`)
  for (const [dir, file] of entryScripts) {
    const c = candidates.get(`node\0${dir}`);
    const runs = c && c.manifests.length === 0 && c.entry.length + c.workerEntry.length === 0;
    if (runs && serverEvidenceOf(c).some((e) => e.file !== file))
      c.entry.push({ file, detail: `${baseName(file)}, the entry script of a folder with no package.json` });
  }
  // Deployment files: commands that start a backend, compose build contexts, platform files,
  // serverless functions (server and entry at once, the backend from their runtime).
  const scripts = consoleScripts(input.manifests, projectDir);
  const dockerfiles = new Map(input.manifests.filter((m) => m.kind === 'dockerfile').map((m) => [m.file, m]));
  // a built file a command runs (`node dist/worker.js`) runs the source it was compiled from
  const sourceOf = once(() => compiledSources(input.manifests, input.paths));
  const ownRun = (dir: string, command: string) =>
    ownCodeRun(dir, command, files(), runFacts, k, (path) => sourceOf()(path));
  // a package's own script is a person's or a process manager's run: a loop alone makes no worker there (see runsLoop)
  const scriptedRun = (dir: string, command: string) =>
    ownCodeRun(
      dir,
      command,
      files(),
      (file) => (factsByFile().get(file) ?? []).filter((f) => !f.deployedOnly),
      k,
      (path) => sourceOf()(path),
    );
  // a deployment file runs a file whose consumer loop is a shared folder's it imports: that loop is the worker's evidence
  const reaches = (c: Candidate, file: string | undefined) => {
    const loop = file === undefined ? undefined : reached(file);
    if (
      !loop?.server ||
      factsByFile()
        .get(file!)
        ?.some((f) => f.serves === 'worker')
    )
      return;
    if (!c.workers.has(loop.server))
      c.workers.set(loop.server, { file: loop.file, line: loop.line, detail: loop.detail });
    c.devServerOnly = false;
  };
  // a deployment file runs a file whose only worker evidence is its own loop: the loop is the worker's evidence
  const runsLoop = (c: Candidate, file: string | undefined) => {
    const loop = file === undefined ? undefined : loops.get(file);
    if (
      !loop ||
      factsByFile()
        .get(file!)
        ?.some((f) => f.serves === 'worker' && !f.deployedOnly)
    )
      return;
    if (!c.workers.has(loop.name)) c.workers.set(loop.name, loop.at);
    c.devServerOnly = false;
  };
  // an image the project's own release pushes to a registry (a workflow's build action's `push`, a `docker push` or
  // `gcloud builds submit --tag` of a workflow step, shell script or Makefile recipe) whose command runs a plain script
  // of the folder (no server, consumer or loop in it) is a batch job that a scheduler or a platform starts from the
  // registry: a worker. An image only built (a test build, one a person runs from a README) runs nothing anyone deploys.
  const pushedImages = new Map([
    ...pushedDockerfiles(input.manifests).map((p): [string, string] => [p.dockerfile, p.by]),
    ...input.manifests.flatMap((m) =>
      m.kind === 'workflow'
        ? (m.imageBuilds ?? []).filter((b) => b.pushed).map((b): [string, string] => [b.dockerfile, 'a workflow'])
        : [],
    ),
  ]);

  // (a script given a subcommand, `python manage.py migrate`, or a chain of commands is a task run once: not read here)
  const runsBatch = (dockerfile: string, dir: string, command: string, run: OwnCodeRun): boolean => {
    const { backend, file } = run;
    const words = programWords(command);
    const target = words.findIndex((w, i) => i > 0 && !w.startsWith('-') && w !== '-m');
    if (target < 0 || words.slice(target + 1).some((w) => !w.startsWith('-'))) return false;
    if (!pushedImages.has(dockerfile) || !servesNothing(factsByFile().get(file) ?? [])) return false;
    const c = candidate(dir, backend);
    if (!c.workers.has(PUSHED_BATCH_JOB))
      c.workers.set(PUSHED_BATCH_JOB, {
        file: dockerfile,
        detail: `an image ${pushedImages.get(dockerfile)} pushes runs ${file}, a script that serves nothing`,
      });
    c.devServerOnly = false;
    return true;
  };
  // a command running a file that starts nothing, or test code, is no entry; an image is idle when every command traced through it is
  const inert = input.inertFiles ?? new Set<string>();
  // ... and so is one that fails: a package script `npm` runs that the folder's package.json does not hold
  const absentScript = (dir: string, command: string) => {
    const m = projects.node.get(dir)?.find((p) => p.kind === 'package.json');
    const name = m && missingScript(command, m.scripts ?? {});
    return name && `runs \`${shortCommand(command)}\`, but ${m.file} has no ${name} script`;
  };
  const idleCommand = (dir: string, command: string) =>
    idleRun(ownRun(dir, command)?.file, inert, roleOf) ?? absentScript(dir, command);
  const idleImage = (dockerfile: string) => {
    const traced = chains.entries.filter((e) => e.at.file === dockerfile);
    const why = traced.map((e) => idleRun(e.code, inert, roleOf));
    return why.length > 0 && why.every((w) => w !== undefined) ? why[0] : undefined;
  };
  const scriptsByFile = once(() => shellScripts(input.manifests));
  const treeFolders = once(() => foldersOf(input.paths));
  const scriptRuns = (dir: string, command: string) =>
    scriptStarts(dir, command, scriptsByFile(), (line) => startedBy(line, k), projects);
  // a framework's CLI run at its app's root that serves one side of it (RedwoodJS's `rw serve` starts `api/`)
  const sideOf = (dir: string, command: string) =>
    servedFolder(
      dir,
      command,
      k,
      (file) => files().has(file),
      (d, b) => projects[b].has(d),
    );
  for (const m of input.manifests)
    collectDeployment(m, candidate, projects, k, scripts, chains.traced, dockerfiles, {
      starting,
      hasFolder: (dir) => treeFolders().has(dir),
      builtFrom: (dir) => compilingFolder(input.manifests, dir),
      ownRun,
      scriptedRun,
      roleOf,
      outranked,
      scriptRun,
      idleCommand,
      idleImage,
      scriptRuns,
      sideOf,
      servedApp: (dir, command) => servedApp(dir, command, files(), k),
      runsLoop: (dir, backend, file) => runsLoop(candidate(dir, backend), file),
      reaches: (dir, backend, file) => reaches(candidate(dir, backend), file),
      runsBatch,
      boundedRun: (dir, command) => {
        const file = ownRun(dir, command)?.file;
        return file === undefined
          ? undefined
          : factsByFile()
              .get(file)
              ?.find((f) => f.bounded);
      },
    });
  for (const { dir, backend, worker, code, command, job, at } of chains.entries) {
    const idle = idleRun(code, inert, roleOf) ?? (command === undefined ? undefined : absentScript(dir, command));
    if (idle) {
      (candidate(dir, backend).idleEntries ??= []).push({ at, why: idle });
      continue;
    }
    // a project served from the subfolder the code runs from (manage.py's, below the image's requirements) is that subfolder
    const from = code === undefined ? undefined : owner(code, backend);
    const side = command === undefined ? dir : sideOf(dir, command);
    const c = candidate(from !== undefined && yields[backend].get(dir)?.includes(from) ? from : side, backend);
    // an app server serves the module's app over HTTP, whatever consumer its handlers open (a websocket fed by
    // Kafka); a file of the folder's own code that only consumes messages, run by itself, is the worker's entry
    const server = code !== undefined && command !== undefined && !worker ? appServerCommandOf(command, k) : undefined;
    const consumer = worker || (!server && code !== undefined && consumesOnly(runFacts(code)));
    (consumer ? c.workerEntry : c.entry).push(at);
    // an image the function platform runs (a Lambda base image, the Lambda Web Adapter copied in) is the function's own deployment
    ranBy(c, code, consumer || dockerfiles.get(at.file)?.functions?.length ? undefined : at);
    if (consumer) runsLoop(c, code);
    if (consumer) reaches(c, code);
    if (server) serves(c, { file: code!, server }, at);
    // a job's own script is its worker: what runs it is the work, with no queue library to name
    if (job && !c.workers.has(job)) {
      c.workers.set(job, at);
      c.devServerOnly = false;
    }
  }
  // the queue's own infrastructure runs the loop that pulls from it: the script is the worker, its entry the resource
  for (const { file, backend, at } of queueLoops) {
    const c = candidate(owner(file, backend), backend);
    c.workerEntry.push(at);
    runsLoop(c, file);
  }
  // a pushed image's script that a deployment runs by name (a Kubernetes CronJob) is that deployment's worker: the push
  // only said a scheduler would start it, and the deployment names which one
  for (const c of candidates.values())
    if (c.workers.size > 1 && c.workers.has(PUSHED_BATCH_JOB)) c.workers.delete(PUSHED_BATCH_JOB);
  // a workspace project's own Node.js target, and the workspace tool's commands that run it by name
  for (const [dir, starts] of workspaceStarts(members, input.manifests)) {
    const c = candidate(dir, 'node');
    for (const { at, deployed } of starts) {
      c.entry.push(at);
      if (deployed) ranBy(c, undefined);
      else c.scripted = true;
    }
  }
  // a BUILD file's binary that an image packages or a command runs
  for (const [dir, { backend, starts }] of binaries) {
    const c = candidate(dir, backend);
    for (const { at, deployed } of starts) {
      c.entry.push(at);
      if (deployed) ranBy(c, undefined);
      else c.scripted = true;
    }
  }
  // a start written down for people runs the folder by hand, as a shell start script does: its entry when nothing else starts it
  for (const { backend, worker, code, at } of written) {
    // the folder the run file's code belongs to (a project served from its subfolders lends them its manifests)
    const c = candidate(owner(code!, backend), backend);
    const consumer = worker || consumesOnly(factsByFile().get(code!) ?? []);
    (consumer ? c.workerEntry : c.shellEntry).push(at);
    if (!consumer) (c.handRuns ??= []).push({ at, code: code! });
  }
  for (const { run: e, line } of demoRuns) {
    (candidate(owner(e.code!, e.backend), e.backend).demoRuns ??= []).push({
      at: e.at,
      why: `${e.code} waits for messages a set time and stops (${line.file}:${line.line}): a demo run by hand, not a worker`,
    });
  }

  for (const c of candidates.values()) {
    if (c.fullstack && c.fullstackBuild && c.entry.length === 0) c.entry.push(c.fullstackBuild);
    if (c.backend !== 'python') continue;
    const server = appServerOf(runtimeDependencies(c.manifests), k);
    if (server && c.frameworks.size > 0 && !c.lent) {
      if (c.entry.length === 0) c.entryOnlyDeclared = true;
      c.entry.push({
        file: server.file,
        ...(server.line ? { line: server.line } : {}),
        detail: `app server ${server.detail}`,
      });
    } else if (c.appObjects.length > 0 && c.entry.some((e) => k.appServers.some((s) => e.detail.includes(s))))
      c.entry.push(c.appObjects[0]!);
  }

  const decided = decide(candidates, input, k, {
    outranked,
    tryouts: ownDeployments,
    pathsUnder,
    folders: once(() => foldersOf(input.paths)),
    packages: packageDirs,
    withCode: once(() => foldersWithCode(input.paths, owner)),
    copiedIn: chains.copiedIn,
    images: chains.images,
  });
  return { ...decided, warnings: [...chains.warnings, ...decided.warnings], projects: projectList(projects) };
}

function projectList(projects: Record<Backend, Map<string, Manifest[]>>): Project[] {
  return (['node', 'python'] as const).flatMap((backend) =>
    [...projects[backend]].map(([dir, manifests]): Project => {
      const name = manifests.find((m) => m.name)?.name;
      return {
        dir,
        backend,
        ...(name ? { name } : {}),
        manifests: [...new Set(manifests.map((m) => m.file))].sort(),
        dependencies: [...new Set(runtimeDependencies(manifests).map((d) => d.name))].sort(),
      };
    }),
  );
}

/** What some of decide's rules need of the whole tree, each computed only when a rule asks. */
interface TreeQuestions {
  /** Examples and demos a deployment file outside them runs: services whatever their folder's name. */
  outranked: readonly string[];
  /** Examples with a deployment file of their own, with the dependency by which they try the repository's own package. */
  tryouts: ReadonlyMap<string, Dependency | undefined>;
  pathsUnder: (dir: string) => readonly string[];
  /** Every folder holding a file of the tree. */
  folders: () => ReadonlySet<string>;
  /** Folders that are Python packages (hold `__init__.py`). */
  packages: () => ReadonlySet<string>;
  /** The folders, per backend, that own a source file of their language. */
  withCode: () => Record<Backend, Set<string>>;
  /** Folders images copy in whole beside the code they run (see deploy-chain). */
  copiedIn: Chains['copiedIn'];
  /** Images traced to the code they run (see deploy-chain). */
  images: Chains['images'];
}

function decide(
  candidates: Map<string, Candidate>,
  input: ServiceInput,
  k: ServerKnowledge,
  { outranked, tryouts, pathsUnder, folders, packages, withCode, copiedIn, images }: TreeQuestions,
): Omit<ServiceDecision, 'projects'> {
  const warnings: Warning[] = [];
  const services: ServiceFacts[] = [];
  const notServices: NotService[] = [];
  const declared = new Map((input.declared ?? []).map((d) => [d.path, d]));
  // a deployed folder the tree lacks (`dist/`, a build's output) is the project it is built in, the nearest one above
  const manifestDirs = new Set([...candidates.values()].filter((c) => c.manifests.length > 0).map((c) => c.dir));
  const builtIn = (dir: string) => builtInto(dir, folders(), manifestDirs) ?? dir;
  // the function platforms' project files (firebase.json), few: each candidate looks among them, not among every manifest
  const platformFiles = input.manifests.filter((m) => m.functionSources);
  const projects = new Set(
    [...candidates.values()].filter((c) => c.backend === 'python' && c.manifests.length > 0).map((c) => c.dir),
  );
  const kinds = once(() => new Map(input.manifests.map((m) => [m.file, m.kind])));
  const described = once(
    () => new Map(input.manifests.flatMap((m) => (m.describedAs ? [[m.dir, m.describedAs]] : []))),
  );
  // the frameworks each file imports (asked only of a distribution that declares one): its packages that import none make no app
  let frameworksIn: Map<string, Set<string>> | undefined;
  const libraries = once(() => publishedLibraries(input.manifests, packages()));
  const strays = once(() => {
    const onCommand = new Set(k.codePatterns.flatMap((p) => (p.onCommand ? [p.id] : [])));
    const runFrom = new Set(k.codePatterns.flatMap((p) => (p.runFrom ? [p.id] : [])));
    const python = input.codeFacts.filter((f) => f.ecosystem === 'python' && !folderRole(f.file));
    const programs = new Set(
      python.filter((f) => onCommand.has(f.pattern) && !runFrom.has(f.pattern)).map((f) => parentOf(f.file)),
    );
    if (programs.size === 0) return new Map<string, Evidence>();
    const starts = python.filter(
      (f) => !onCommand.has(f.pattern) && (f.kind === 'start' || f.kind === 'server-start') && !f.serves,
    );
    const pythonCandidates = [...candidates.values()].filter((c) => c.backend === 'python');
    const importsOf = new Map<string, string[]>();
    for (const ref of input.imports)
      if (ref.ecosystem === 'python') importsOf.set(ref.file, [...(importsOf.get(ref.file) ?? []), ref.module]);
    const pythonPackages = packages();
    return strayServerProjects(
      programs,
      pythonCandidates.map((c) => ({ dir: c.dir, run: runByAnything(c) || !!c.functions })),
      starts,
      (file, project) =>
        (importsOf.get(file) ?? []).some(
          (m) => m === 'django' || pythonPackages.has(project === '.' ? m : `${project}/${m}`),
        ),
    );
  });
  const usage: Usage = {
    folderRole: (dir) => roleBelow(dir, outranked, folderRole),
    tryout: (dir) => tryouts.get(dir),
    published: publishedPackages(input.manifests),
    strayProject: (dir) => {
      for (const [project, stray] of strays()) if (isInside(dir, project)) return { dir: project, stray };
      return undefined;
    },
    sdkDemo: (c) =>
      sdkDemo({ ...c, deployed: isDeployed(c) || !!c.imaged }, libraries(), (dir) =>
        input.imports.filter((ref) => isInside(ref.file, dir)),
      ),
    manifestKind: (file) => kinds().get(file),
    describedAs: (dir) => described().get(dir) ?? (dir === '.' ? undefined : describedInName(dir)),
    notesExample: (dir) => (dir === '.' ? undefined : notesExample(pathsUnder(dir))),
    commandDependent: (name) =>
      input.manifests.find(
        (m) => m.package?.bin && m.name !== name && m.dependencies.some((d) => d.name === name && !d.dev),
      ),
    cliFiles: once(() => cliFiles(input.imports)),
    localUis: k.localUis,
    standIns: k.standIns,
    isPlatform: (backend, name) => k.ofPackage(backend, name)?.role === 'function',
    packages,
    projects,
    frameworksIn: () => {
      if (frameworksIn) return frameworksIn;
      frameworksIn = new Map();
      for (const ref of input.imports) {
        const record = k.ofImport(ref.ecosystem, ref.module);
        if (record?.role === 'http')
          frameworksIn.set(ref.file, (frameworksIn.get(ref.file) ?? new Set()).add(record.name));
      }
      return frameworksIn;
    },
  };
  const excluded = new Map((input.excluded ?? []).map((e) => [e.path, e]));
  // a folder no deployment runs that repeats another one file for file: the service is counted once
  const undeployed = [...candidates.values()].filter((c) => !isDeployed(c) && !c.imaged && !declared.has(c.dir));
  const copies = copiesOf(undeployed, serverEvidenceOf, pathsUnder);
  // each undeclared candidate with server evidence, and why it is no service (the collections ask it as the decision does)
  const serving = new Map<Candidate, { evidence: Evidence[]; reason: ReturnType<typeof reasonNotService> }>();
  for (const c of candidates.values()) {
    const evidence = declared.has(c.dir) ? [] : serverEvidenceOf(c);
    if (evidence.length > 0) serving.set(c, { evidence, reason: reasonNotService(c, usage) });
  }
  // a course's numbered lessons that nothing runs (see collections)
  const lessons = numberedLessons(
    [...serving.keys()].map((c) => ({
      dir: c.dir,
      run: runByAnything(c),
      deployed: isDeployed(c) || !!c.imaged,
      startFiles: c.entry.flatMap((e) => (e.line !== undefined ? [e.file] : [])),
    })),
  );

  // sibling projects that no deployment runs, numbered or not (see collections)
  const members: CollectionMember[] = [...serving]
    // only what would be a service otherwise: libraries, frontends and folders with no entry are no lessons to count
    .flatMap(([c, { reason }]) => (reason ? [] : [c]))
    .map((c) => ({
      dir: c.dir,
      // a function platform's project file deploys the folders it names (each function below WeChat's cloudfunctionRoot)
      deployed:
        isDeployed(c) ||
        !!c.imaged ||
        platformProjectFiles(c, platformFiles).some((m) => namesFolder(m, c.dir, builtIn)),
      commandRun: commandRun(c),
      gateway: runtimeDependencies(c.manifests).some((d) => SYSTEM_MEMBERS.gatewayPackages.includes(d.name)),
    }));
  const collection = siblingCollections(members);
  // serving folders inside a course's step folders (`module_4/`, a bootcamp's `06/`) that no deployment runs
  const steps = stepLessons(members, stepFolders(folders()));

  for (const c of candidates.values()) {
    if (declared.has(c.dir)) continue;
    const decided = serving.get(c);
    if (!decided) {
      if (c.stdio.length > 0)
        notServices.push({
          path: c.dir,
          backend: c.backend,
          reason: 'cli',
          why: `a tool its client launches over stdio, not a service: ${c.stdio[0]!.detail}`,
          evidence: c.stdio.slice(0, 4),
        });
      const frontend = frontendOf(c);
      // (in docs, examples and the like it stays unlisted, as any folder there with no server evidence)
      // a package shaped to be imported (main/exports) that nothing serves is a library of hooks or components
      const imported = c.entry.length === 0 && c.manifests.some((m) => m.package?.publishes);
      if (frontend && c.pagesOnly && !imported && !excluded.has(c.dir) && !folderRole(c.dir))
        notServices.push({
          path: c.dir,
          backend: c.backend,
          reason: 'frontend',
          why: `a ${c.pagesOnly.name} app with no server routes: ${c.entry.length > 0 ? `its server (${shortCommand(c.entry[0]!.detail)}) only renders` : 'it only renders'} its ${frontend} pages`,
          evidence: [c.pagesOnly.at, ...c.entry].slice(0, 4),
        });
      else if (frontend && c.lockOnly)
        notServices.push({
          path: c.dir,
          backend: c.backend,
          reason: 'frontend',
          why: `a ${frontend} frontend; its lockfile resolves a server framework for its tooling, which it does not declare`,
          evidence: [c.lockOnly],
        });
      continue;
    }
    const { evidence: serverEvidence, reason: evidenced } = decided;
    const exclusion = excluded.get(c.dir);
    const copy = copies.get(c);
    const lesson =
      !evidenced || evidenced.reason === 'no-entry'
        ? (lessons.get(c.dir) ?? collection.get(c.dir) ?? steps.get(c.dir))
        : undefined;
    const shared =
      !evidenced || evidenced.reason === 'no-entry'
        ? (sharedCode(c, copiedIn) ?? commandProjectPiece(c, candidates.values()) ?? imageRecipe(c, images, withCode))
        : undefined;
    const byEvidence =
      (lesson ? { reason: 'playground' as const, why: lesson } : undefined) ??
      shared ??
      evidenced ??
      pagesOnlyApp(c, k.functionDeployments.registeredInCode) ??
      functionsWithoutCode(c, withCode) ??
      functionsUnregistered(c, k) ??
      functionsUnnamed(c, platformFiles, builtIn) ??
      appServerWithoutCode(c, withCode) ??
      frameworksUnused(c, withCode) ??
      (copy === undefined
        ? undefined
        : {
            reason: 'copy' as const,
            why: `a copy of ${copy === '.' ? 'the root folder' : `${copy}/`}: the same files and server evidence, counted there`,
          }) ??
      codeOfAbove(c, candidates.values());
    if (exclusion?.source && !byEvidence)
      warnings.push(
        disagreement(
          exclusion.source,
          `${label(c.dir)} a ${exclusion.source.type}, not a service, though detection found a service: ${describe(serverEvidence, c.entry)}`,
        ),
      );
    const reason = exclusion
      ? {
          reason: exclusion.reason ?? ('excluded' as const),
          why: exclusion.why ?? 'excluded in the config (services.exclude)',
        }
      : byEvidence;
    // a worker run from the web process's folder (`celery -A main worker` beside the API) is a service of its own
    const worker = workerBeside(c);
    if (worker && (!reason || reason.reason === 'no-entry')) services.push(worker);
    // the app a function platform wraps, run as a server by a deployment file too, is a service of each kind
    const server = reason ? undefined : serverBeside(c);
    if (server) services.push(server);
    if (reason) {
      notServices.push({
        path: c.dir,
        backend: c.backend,
        reason: reason.reason,
        why: reason.why,
        // the line that says what it is (a README calling it a mock server) first, where the reason has one
        evidence: [...('at' in reason && reason.at ? [reason.at] : []), ...serverEvidence, ...c.entry].slice(0, 4),
      });
      continue;
    }
    services.push(serviceOf(c));
  }

  for (const d of declared.values()) {
    if (excluded.has(d.path)) {
      warnings.push({ file: d.path, message: 'declared in services and excluded in services.exclude; excluded' });
      continue;
    }
    const found = [...candidates.values()].filter((c) => c.dir === d.path);
    const backend = d.backend ?? best(found)?.backend;
    if (!backend) {
      warnings.push(
        d.source
          ? disagreement(d.source, `${label(d.path)} a service, but it has no Node.js or Python manifest; skipped`)
          : {
              file: d.path,
              message: 'declared service has no Node.js or Python manifest and no backend given; skipped',
            },
      );
      continue;
    }
    if (d.source) {
      const evidence = found.find((f) => f.backend === backend);
      const server = evidence ? serverEvidenceOf(evidence) : [];
      const byEvidence = evidence && server.length > 0 ? reasonNotService(evidence, usage) : undefined;
      const showed =
        server.length === 0
          ? 'no server evidence there'
          : byEvidence
            ? `it is not a service: ${byEvidence.why}`
            : undefined;
      if (showed) warnings.push(disagreement(d.source, `${label(d.path)} a service, though detection found ${showed}`));
    }
    const c = found.find((f) => f.backend === backend) ?? emptyCandidate(d.path, backend, false);
    services.push({ ...serviceOf(c), declared: true });
  }

  const byPath = (a: { path: string }, b: { path: string }) => compare(a.path, b.path);
  services.sort((a, b) => byPath(a, b) || compare(a.current, b.current) || compare(a.kind, b.kind));
  notServices.sort((a, b) => byPath(a, b) || compare(a.backend, b.backend));
  return { services, notServices, warnings };
}

function disagreement(source: DeclarationSource, message: string): Warning {
  return { file: source.file, message: `${source.line ? `line ${source.line}: ` : ''}the catalog makes ${message}` };
}

function label(path: string): string {
  return path === '.' ? 'the root folder' : path;
}

/** The first pieces of evidence, as `Express (api/package.json:12)`. */
function describe(server: Evidence[], entry: Evidence[]): string {
  return [...server.slice(0, 2), ...entry.slice(0, 1)]
    .map((e) => `${e.detail} (${e.file}${e.line ? `:${e.line}` : ''})`)
    .join(', ');
}

/** A folder with no evidence yet; `devServerOnly` stays true until a real server is found. */
function emptyCandidate(dir: string, backend: Backend, devServerOnly: boolean): Candidate {
  return {
    dir,
    backend,
    manifests: [],
    frameworks: new Map(),
    functions: false,
    workers: new Map(),
    workerEntry: [],
    shellEntry: [],
    servers: new Map(),
    server: [],
    entry: [],
    appObjects: [],
    devServerOnly,
    fullstack: false,
    stdio: [],
  };
}

/**
 * What a folder serves, from its server evidence: a function platform runs even a web
 * framework's app as functions; a web app that also runs a queue's worker serves requests
 * first; a worker is one only when nothing else serves. A declared folder with no evidence serves requests.
 */
function kindOf(c: Candidate): ServiceKind {
  if (c.functions) return 'function';
  if (bootsOnlyConsumers(c)) return 'worker';
  return c.frameworks.size === 0 && c.server.length === 0 && !c.served && c.workers.size > 0 ? 'worker' : 'http';
}

/** Entry evidence from a deployment file: one runs the folder, naming a file of the tree or not. */
function isDeployed(c: Candidate): boolean {
  return !!c.deployedBlind || (c.deployedCode?.size ?? 0) > 0;
}

/** A deployment runs the folder: the file of the tree its command runs, where it names one. */
function ranBy(c: Candidate, code: string | undefined, at?: Evidence): void {
  if (code === undefined) c.deployedBlind = true;
  else {
    (c.deployedCode ??= new Set()).add(code);
    if (at) (c.ownCodeDeploys ??= []).push(at);
  }
}

/** An app server's command serves a module of the folder's own code: the app it names is served, whatever made it. */
function serves(c: Candidate, app: ServedApp, at: Evidence): void {
  const evidence = { file: app.file, detail: `an app ${app.server} serves (${at.file})` };
  (c.served ??= []).push(evidence);
  if (!c.servers.has(app.server)) c.servers.set(app.server, evidence);
  c.devServerOnly = false;
}

/**
 * Its code boots its framework only as a broker's consumer: every file of it that starts anything
 * is such a boot's (the microservice's own `app.listen()` is on that file), so the framework its
 * packages name serves messages here, not requests.
 */
function bootsOnlyConsumers(c: Candidate): boolean {
  const boots = c.consumerBoots;
  return boots !== undefined && [...(c.startFiles ?? [])].every((file) => boots.has(file));
}

/** Why the folder serves: its frameworks and servers, or its workers when nothing else serves. */
function serverEvidenceOf(c: Candidate): Evidence[] {
  if (kindOf(c) === 'worker') return namedEvidence(c.workers);
  const named = [...namedEvidence(c.frameworks), ...c.server];
  return named.length > 0 ? named : (c.served ?? []);
}

/** How it starts: a worker's own commands count for a worker only. */
function entryOf(c: Candidate): Evidence[] {
  const entry = c.entry.length > 0 ? c.entry : c.shellEntry;
  return kindOf(c) === 'worker' ? [...entry, ...c.workerEntry] : entry;
}

function serviceOf(c: Candidate): ServiceFacts {
  const kind = kindOf(c);
  const named = kind === 'worker' ? c.workers : c.frameworks.size > 0 ? c.frameworks : c.servers;
  return {
    path: c.dir,
    current: c.backend,
    kind,
    frameworks: [...named.keys()].sort(),
    manifests: c.manifests
      .map((m) => m.file)
      .filter((f, i, all) => all.indexOf(f) === i)
      .sort(),
    evidence: uniqueEvidence(serverEvidenceOf(c)),
    entry: uniqueEvidence(entryOf(c)).slice(0, 5),
  };
}

/**
 * The worker a folder that serves requests also runs, as a service of its own: one a command
 * starts (a compose service, Procfile line, Dockerfile or start script running `celery -A main
 * worker`), or a script of its project that starts its worker itself (RQ's `Worker([q]).work()`, see
 * CodePattern's `besideOnly`), with the worker's evidence and entry. A worker package nothing starts stays the web
 * app's library (a Django app that lists Celery), and a worker-only folder is one service already.
 */
function workerBeside(c: Candidate): ServiceFacts | undefined {
  // a script's own start is the entry only where no command names one
  const entry = c.workerEntry.length > 0 ? c.workerEntry : (c.besideStarts ?? []);
  if (kindOf(c) !== 'http' || c.workers.size === 0 || entry.length === 0) return undefined;
  return besideService(c, 'worker', c.workers, entry);
}

/** A second service at a folder: its kind, the technologies that make it one (with their evidence), and what runs it. */
function besideService(
  c: Candidate,
  kind: ServiceFacts['kind'],
  named: Map<string, Evidence>,
  entry: Evidence[],
): ServiceFacts {
  return {
    path: c.dir,
    current: c.backend,
    kind,
    frameworks: [...named.keys()].sort(),
    manifests: serviceOf(c).manifests,
    evidence: uniqueEvidence(namedEvidence(named)),
    entry: uniqueEvidence(entry).slice(0, 5),
  };
}

/**
 * The server a folder deployed as functions also runs (one app deployed two ways: vercel.json or
 * netlify.toml wraps it as a function, and a Dockerfile, Procfile, compose service or platform start
 * command runs its own `node server.js`): a service of kind http beside the function. A start script
 * alone (`"start": "node app.js"` of a Vercel app) is the developer's local run of the same app, as
 * real Vercel apps show: it makes no second service. A run written down for people (a README's
 * `node config/server.js`) of a file that starts a server, beside function handlers in files of
 * their own (`api/items.js`) and run by no package script, is the project's other program: a
 * service too. Where the functions are the folder itself (a `gcloud functions deploy` of it, a
 * vercel.json wrapping the app) or the run's file holds a handler, the run is the functions' local
 * test. The server is one a framework or line of the folder's own code starts, not the platform's
 * function runtime.
 */
function serverBeside(c: Candidate): ServiceFacts | undefined {
  // a platform package alone (nothing registered or configured) is no function deployment to stand beside
  if (kindOf(c) !== 'function' || !c.functionCode || !c.requestServers?.size) return undefined;
  const handlers = c.handlerFiles ?? new Set<string>();
  // a run of the app a handler imports and serves (`python main.py` of the FastAPI app Modal wraps) is its local run
  const wrapped = (code: string) => {
    const file = relativeTo(c.dir, code);
    return file !== undefined && (c.handlerLoads?.has(file) ?? false);
  };
  const handRun = (c.handRuns ?? [])
    .filter((r) => handlers.size > 0 && !handlers.has(r.code) && !wrapped(r.code))
    .filter((r) => c.startFiles?.has(r.code) && !c.scriptedCode?.has(r.code))
    .map((r) => r.at);
  const runs = c.ownCodeDeploys?.length ? c.ownCodeDeploys : handRun;
  if (runs.length === 0) return undefined;
  return besideService(c, 'http', c.requestServers, runs);
}

/**
 * A package the deployment of the project above it runs as that project's code (svc/Dockerfile copies svc/app in beside
 * svc/requirements.txt and runs `uvicorn app.main:app`, see deploy-chain's packageOwner), with nothing running it by
 * itself: its own manifest is a leftover, and the service is counted at the project above.
 */
function codeOfAbove(
  c: Candidate,
  all: Iterable<Candidate>,
): { reason: NotServiceReason; why: string; at?: Evidence } | undefined {
  if (isDeployed(c) || c.imaged || c.dir === '.') return undefined;
  for (const above of all) {
    if (above === c || above.backend !== c.backend || !isInside(c.dir, above.dir)) continue;
    const code = [...(above.deployedCode ?? [])].find((file) => isInside(file, c.dir));
    if (code === undefined) continue;
    const at = above.ownCodeDeploys?.find((e) => e.detail.includes(code)) ?? above.ownCodeDeploys?.[0];
    return {
      reason: 'copy',
      why: `the code of ${above.dir === '.' ? 'the root folder' : `${above.dir}/`}, whose deployment runs ${code}${at ? ` (${at.file})` : ''} with the manifest above it: nothing runs this folder by itself, counted there`,
      ...(at ? { at } : {}),
    };
  }
  return undefined;
}

/**
 * A folder the images of other folders' services copy in whole (`COPY common /app/common`, a template package in each
 * service's Dockerfile), that nothing runs by itself: code those services share, whatever server code it holds.
 */
function sharedCode(
  c: Candidate,
  copiedIn: Chains['copiedIn'],
): { reason: NotServiceReason; why: string; at?: Evidence } | undefined {
  if (runByAnything(c)) return undefined;
  const into = copiedIn.filter((e) => e.dir === c.dir && e.runs.some((r) => !isInside(c.dir, r)));
  if (into.length === 0) return undefined;
  const services = [...new Set(into.flatMap((e) => e.runs.filter((r) => !isInside(c.dir, r))))]
    .sort(compare)
    .map((r) => (r === '.' ? 'the root folder' : `${r}/`));
  const lines = [...new Set(into.map((e) => `${e.at.file}:${e.at.line}`))].sort(compare);
  return {
    reason: 'library',
    why: `shared code copied whole into the images of ${services.join(', ')} (${lines.join(', ')}): nothing runs it by itself`,
    at: into[0]!.at,
  };
}

/**
 * Modules of a framework whose projects are started through a program of their own (Django's settings and urls,
 * without manage.py or a wsgi/asgi module: the record's `onCommand` code) beside a project of that framework that has
 * one: a stray settings package. None of its code starts, makes an app or is run by anything; a deployment in its
 * folder that names none of its files (a root Dockerfile running the other project's `gunicorn shop.wsgi`) runs the other.
 */
function commandProjectPiece(
  c: Candidate,
  all: Iterable<Candidate>,
): { reason: NotServiceReason; why: string; at?: Evidence } | undefined {
  if (c.commandProgram || c.startFiles?.size || c.appObjects.length > 0 || c.served?.length) return undefined;
  if (c.deployedCode?.size || c.scripted || c.shellEntry.length + c.workerEntry.length > 0) return undefined;
  if (c.workers.size > 0 || c.functions || c.frameworks.size === 0) return undefined;
  const others = [...all].filter((o) => o !== c && o.backend === c.backend && o.commandProgram);
  for (const [name, at] of c.frameworks) {
    const project = others.find((o) => o.frameworks.has(name));
    if (!project) continue;
    const program = project.entry.find((e) => e.line !== undefined) ?? project.frameworks.get(name)!;
    return {
      reason: 'no-entry',
      why: `${name} modules (${at.file}) without the program a ${name} project is started by, beside the ${name} project at ${project.dir === '.' ? 'the root' : `${project.dir}/`} (${program.file}): a stray settings package that nothing runs`,
      at,
    };
  }
  return undefined;
}

/**
 * A folder of an image's recipe and nothing else (`docker/Dockerfile` beside the requirements.txt it installs, no code
 * of its own or below it) whose image runs another folder's code (compose mounting the repository root as the app,
 * `volumes: - .:/app`, `command: python run.py`): the service is that folder; this one only builds its image.
 */
function imageRecipe(
  c: Candidate,
  images: Chains['images'],
  withCode: TreeQuestions['withCode'],
): { reason: NotServiceReason; why: string; at?: Evidence } | undefined {
  // (its image is built, `imaged`: that is the recipe; what the image runs is another folder's code)
  if (isDeployed(c) || c.scripted || c.shellEntry.length + c.workerEntry.length > 0) return undefined;
  const owning = withCode()[c.backend];
  if ([...owning].some((d) => isInside(d, c.dir))) return undefined;
  const built = images.filter((i) => parentOf(i.dockerfile) === c.dir && i.runs.every((r) => r !== c.dir));
  if (built.length === 0) return undefined;
  const runs = [...new Set(built.flatMap((i) => i.runs))]
    .sort(compare)
    .map((r) => (r === '.' ? 'the root folder' : `${r}/`));
  const at = built[0]!.at;
  return {
    reason: 'no-entry',
    why: `an image recipe for code elsewhere (${built[0]!.dockerfile} and ${c.manifests.map((m) => m.file).join(', ') || 'no manifest'}, no code of its own): ${at.file}${at.line ? `:${at.line}` : ''} builds it to run the code of ${runs.join(', ')}`,
    at,
  };
}

/** Items of the tree's files, grouped by file. */
function byFileOf<T extends { readonly file: string }>(items: readonly T[]): Map<string, T[]> {
  const byFile = new Map<string, T[]>();
  for (const item of items) {
    const list = byFile.get(item.file);
    if (list) list.push(item);
    else byFile.set(item.file, [item]);
  }
  return byFile;
}

/** A program that serves under a command (Django's manage.py) that a README, Makefile or script runs: the Django rule's service. */
function commandRun(c: Candidate): boolean {
  return !!c.commandProgram && c.shellEntry.length > 0;
}

/** Why a candidate with server evidence is not a service, or undefined when it is one. */
function reasonNotService(
  c: Candidate,
  usage: Usage,
): { reason: NotServiceReason; why: string; at?: Evidence } | undefined {
  const folder = usage.folderRole(c.dir);
  const tryout = folder ? usage.tryout(c.dir) : undefined;
  if (tryout)
    return {
      reason: folder!,
      why: `an example of the repository's own package (${tryout.name}${tryout.version ? ` ${tryout.version}` : ''}, ${tryout.file}): its deployment file is there to try it, not to deploy a backend`,
    };
  if (folder) return { reason: folder, why: `inside a folder of ${folder}` };
  const project = c.backend === 'python' ? usage.strayProject(c.dir) : undefined;
  if (project)
    return {
      reason: 'playground',
      why: `${project.dir === c.dir ? 'a Django-style project (manage.py)' : `part of the project at ${project.dir}/ (manage.py)`} that nothing runs (no Dockerfile, compose file, Procfile, script or README), holding a server started by hand (${project.stray.file}:${project.stray.line}, ${project.stray.detail}) that nothing runs either`,
      at: project.stray,
    };
  const sdk = usage.sdkDemo(c);
  if (sdk)
    return {
      reason: sdk.reason,
      why: `an example of the repository's own ${sdk.library.backend === 'node' ? 'package' : 'distribution'} ${sdk.library.name} (${sdk.library.file}) in ${sdk.folder}/, which uses it (${sdk.via.file}${sdk.via.line ? `:${sdk.via.line}` : ''}): no Dockerfile, compose file, Procfile or platform file runs it`,
    };
  if (c.workspace?.type === 'library')
    return {
      reason: 'library',
      why: `a library project of the ${c.workspace.tool} workspace (${c.workspace.file}${c.workspace.line ? `:${c.workspace.line}` : ''}): its applications import it`,
    };
  const deployedOrImaged = isDeployed(c) || c.imaged === true;
  if (c.devBox && !deployedOrImaged) return { reason: 'playground', why: c.devBox.why, at: c.devBox.at };
  const uis = [...c.frameworks.keys()];
  if (!deployedOrImaged && uis.length > 0 && uis.every((n) => usage.localUis.has(n)) && c.server.length === 0)
    return {
      reason: 'cli',
      why: `a local UI (${uis.join(', ')}) a person starts on their own machine: no Dockerfile, compose file, Procfile or platform file runs it`,
    };
  // a stand-in API (json-server's made-up data) is a mock unless a deployment file runs it: a public fake-data API is a product
  const standIns = deployedOrImaged ? [] : uis.filter((n) => usage.standIns.has(n));
  if (standIns.length > 0 && standIns.length === uis.length && c.workers.size === 0 && !c.functions)
    return {
      reason: 'mock',
      why: `a ${standIns.join(', ')} API: made-up data a front end is developed against; no Dockerfile, compose file, Procfile or platform file runs it`,
    };
  // a Django-like project a README, Makefile or script runs follows the Django rule, even in a lesson's folder (`Lesson_3/`)
  const practice = deployedOrImaged || commandRun(c) ? undefined : practiceFolder(c.dir);
  if (practice)
    return { reason: 'playground', why: `notes, practice or retired code (${practice}/) that no deployment file runs` };
  // a folder of notes with one program and no manifest of its own: the notes' example
  const notes = deployedOrImaged || c.manifests.length > 0 ? undefined : usage.notesExample(c.dir);
  if (notes)
    return {
      reason: 'examples',
      why: `the one program (${c.dir}/${notes.file}) of a folder of ${notes.notes} notes, with no manifest of its own: no Dockerfile, compose file, Procfile or platform file runs it`,
    };
  const harness = c.backend === 'node' ? devHarness({ ...c, deployed: deployedOrImaged }, usage.published) : undefined;
  if (harness)
    return {
      reason: 'playground',
      why: `a development harness of ${harness.runs.name}, which the repository publishes: a package it does not publish, started only by its own scripts in development mode (${shortCommand(harness.start.detail)}); no Dockerfile, compose file, Procfile or platform file runs it`,
    };
  const names = c.manifests.map((m) => m.name).filter((n): n is string => !!n);
  for (const name of names) {
    const rule = NON_SERVICE_PACKAGE_NAMES.find((r) => r.pattern.test(name));
    if (rule) return { reason: rule.reason, why: `package ${name} is ${rule.reason} by its name` };
  }
  const deps = new Set(runtimeOrDevDependencies(c.manifests).map((d) => d.name));
  const docs = DOCS_SITE_PACKAGES.find((p) => deps.has(p));
  if (docs) return { reason: 'docs', why: `a documentation site (${docs})` };
  // a desktop or mobile app's server runs on the user's machine, unless a deployment file runs the folder
  const shell = deployedOrImaged ? undefined : APP_SHELLS.find((a) => a.packages.some((p) => deps.has(p)));
  if (shell)
    return {
      reason: 'frontend',
      why: `a ${shell.kind} app (${shell.name}): the server its code starts runs with the app on the user's machine, and no deployment file runs it`,
    };
  // a static site may deploy functions beside it (netlify/functions): those run
  if (c.staticExport && !c.functions)
    return { reason: 'static-export', why: `${c.staticExport.detail}: no server runs` };
  if (c.devServerOnly)
    return {
      reason: 'frontend',
      why: 'its only servers serve a frontend build or its dev mode (static/preview servers)',
    };
  if (c.hostsBuild && c.workers.size === 0 && !c.functions && !c.fullstack)
    return {
      reason: 'frontend',
      why: `its server only hosts a frontend's build (${c.hostsBuild.file}${c.hostsBuild.line ? `:${c.hostsBuild.line}` : ''}: static files and the app's index.html, no routes of its own)`,
    };
  // a server file in a frontend app's folder that nothing runs: its own code starts it, no script or deployment does
  const frontend = !deployedOrImaged && !c.scripted && !c.functions && !c.fullstack ? frontendOf(c) : undefined;
  const started = c.entry[0];
  if (frontend && started && c.shellEntry.length === 0)
    return {
      reason: 'frontend',
      why: `a ${frontend} frontend; the server its code starts (${started.file}${started.line ? `:${started.line}` : ''}) is run by no start script, Dockerfile, compose file or Procfile`,
    };
  const pkg = c.manifests.find((m) => m.package)?.package;
  // a command-line tool may start a local server (a dev studio, a preview); only a deployment runs it as a
  // service, or an unpublished package's start script running its own bin file that starts the server
  const startsOwnBin =
    pkg && (pkg.private || !pkg.publishes) && c.entry.some((e) => e.file !== undefined && c.binsRun?.has(e.file));
  if (pkg?.bin && !isDeployed(c) && !startsOwnBin)
    return { reason: 'cli', why: 'a command-line package (bin) that no deployment file runs' };
  // ... or a published package of its own that the command depends on (a CLI's `ui` command starting the local UI
  // server of `@tool/cli-ui`): library rules first, it runs on its user's machine unless something in the repository runs it
  const ownName =
    pkg && !pkg.private && pkg.publishes && !runByAnything(c) ? c.manifests.find((m) => m.package)?.name : undefined;
  const command = ownName === undefined || c.functions ? undefined : usage.commandDependent(ownName);
  if (command)
    return {
      reason: 'cli',
      why: `a published package (main/exports/files) that the repository's command-line package ${command.name ?? command.dir} (${command.file}, bin) depends on: the server it starts runs on its user's machine; no Dockerfile, compose file, Procfile, platform file or start script runs it`,
    };
  // ... and a Python tool's own command may start one on its user's machine (`tool ui`): see cli-commands
  const tool =
    c.backend === 'python'
      ? toolCommand(
          {
            manifests: c.manifests,
            starts: c.entry.filter((e) => e.line !== undefined && c.startFiles?.has(e.file)),
            run: isDeployed(c) || !!c.imaged || !!c.scripted,
          },
          usage.cliFiles(),
        )
      : undefined;
  if (tool)
    return {
      reason: 'cli',
      why: `a command-line tool (console script ${tool.script}) whose own ${tool.framework} command starts its server (${tool.start.file}:${tool.start.line}) on its user's machine: no Dockerfile, compose file, Procfile or platform file runs it`,
    };
  // a published package naming function platforms only for its users' apps (peer dependencies): an adapter, a library
  const hosted =
    c.functions && pkg && !pkg.private && pkg.publishes && !isDeployed(c) && !c.imaged && !c.scripted
      ? usersPlatforms(c.manifests, c.backend, usage.isPlatform)
      : undefined;
  if (hosted?.length)
    return {
      reason: 'library',
      why: `a published package (main/exports/files) whose function platforms are its users' (peer dependencies: ${hosted.map((d) => `${d.name}${d.line ? `, ${d.file}:${d.line}` : ''}`).join('; ')}): it adapts their apps to them; no platform file, deployment file or start script deploys it`,
    };
  // a framework's published adapter (`packages/adapter-netlify`) lists its platform as a regular dependency or holds the
  // server entry its users' apps start: nothing in the repository runs it
  const adapter =
    c.backend === 'node' && !c.fullstack
      ? adapterPackage({ ...c, run: runByAnything(c) || !!c.idleEntries?.length })
      : undefined;
  if (adapter)
    return {
      reason: 'library',
      why: `a published adapter package (${adapter.name ?? adapter.file}, ${adapter.file}) that fits its users' apps to ${[...c.frameworks.keys(), ...c.servers.keys()].join(', ') || 'a platform'}: no platform file, deployment file or start script in the repository runs it`,
    };
  const dist = c.manifests.find((m) => m.buildBackend);
  const published =
    pkg && !pkg.private && pkg.publishes && !mainServes(c, pkg)
      ? 'a published package (main/exports/files)'
      : dist && `a Python distribution (${dist.buildBackend})`;
  // library rules first for its demo: a published package whose only server is its example's, which only
  // Dockerfiles and compose files run (`CMD python example/app.py` after `pip install -e .`), keeps its image to try it
  const indexed = pkg ? undefined : c.manifests.find((m) => m.buildBackend && m.indexMetadata);
  const shaped = pkg
    ? published
    : indexed && `a Python distribution with index metadata (${indexed.indexMetadata}, ${indexed.file})`;
  const tried =
    shaped && !c.functions && !c.deployedBlind
      ? demoImage(
          {
            dir: c.dir,
            runs: [...(c.startFiles ?? []), ...(c.served ?? []).map((e) => e.file), ...(c.deployedCode ?? [])],
            entries: [...c.entry, ...c.workerEntry, ...c.shellEntry],
          },
          usage.manifestKind,
        )
      : undefined;
  if (tried)
    return {
      reason: 'library',
      why: `${shaped} whose only server is its demo's (${tried.start.file}${tried.start.line ? `:${tried.start.line}` : ''} in ${tried.folder}/), run by ${tried.by.join(' and ')}: the image its maintainers try it in, not a deployment; no Procfile, platform file, manifest or start script runs it`,
    };
  // library rules first for a distribution that lists an app server beside its framework but whose code starts it in no
  // line read as a start (a method of its API, `Server.start()`, called from its user's session), when nothing runs it
  if (indexed && c.entryOnlyDeclared && !runByAnything(c) && !c.functions && c.workers.size === 0)
    return {
      reason: 'library',
      why: `a Python distribution with index metadata (${indexed.indexMetadata}, ${indexed.file}) listing an app server, whose code starts it in no module-level line or __main__ block (its users start it through its API); no Dockerfile, compose file, Procfile, platform file, script or README runs it`,
    };
  // an agent's or a plugin's distribution imports the server frameworks of its users' apps without declaring them (it
  // instruments them), makes and starts no server, and what runs it runs only its own command (an image of the agent)
  const instrumented =
    dist && !c.declaresServer && !c.functions && c.workers.size === 0 ? [...c.frameworks.values()][0] : undefined;
  if (
    dist &&
    instrumented &&
    !c.startFiles?.size &&
    c.appObjects.length === 0 &&
    !c.served?.length &&
    !c.deployedCode?.size &&
    !c.fullstack
  )
    return {
      reason: 'library',
      why: `a Python distribution (${dist.buildBackend}) that imports ${[...c.frameworks.keys()].join(', ')} without declaring them (${instrumented.file}${instrumented.line ? `:${instrumented.line}` : ''}): it instruments or extends its users' apps; none of its code makes or starts a server, and what runs it runs only its own command`,
    };
  // library rules first: a published package that declares no server framework, whose code starts
  // one (a mock server for its users' tests, a CLI's proxy helper), is a service only when a
  // deployment file, an image of it or its own start script runs it
  const extension = dist && c.declaresServer && !isDeployed(c) && !c.imaged && !c.scripted && usageOnly(c, usage);
  if (extension)
    return {
      reason: 'library',
      why: `${published} that extends ${[...c.frameworks.keys()].join(', ')} for its users' apps: ${extension}`,
    };
  const entry = entryOf(c).length > 0;
  // library rules first for a package whose code starts a server only inside its API (an app container's
  // `start(port)`), when nothing runs it: no deployment file, image, start script or README
  const run = runByAnything(c);
  // (its code's starts only: a function platform's package is its own entry, and the platform runs the folder)
  const inApi =
    pkg && !pkg.private && pkg.publishes && !run && !c.functions
      ? startsInsideApi(c.dir, pkg.main, c.entry, new Set(c.manifests.map((m) => m.file)))
      : undefined;
  if (inApi)
    return {
      reason: 'library',
      why: `a published package (main/exports/files) whose code starts a server only inside its API (${inApi.file}:${inApi.line}), for the apps built on it; no start script, README, deployment file or image runs it`,
    };
  // its own README or manifest calls it a mock server (or a server for local use only): no service unless deployed
  const described = entry && !deployedOrImaged && !c.functions ? usage.describedAs(c.dir) : undefined;
  const says = described && selfDescription(described.as);
  if (described && says)
    return {
      reason: says.reason,
      why: `${described.file === c.dir ? "its folder's name" : `${described.file}${described.line ? `:${described.line}` : ''}`} calls it ${says.says} ("${described.detail}"): ${says.because}; no Dockerfile, compose file, Procfile or platform file runs it`,
      at: { file: described.file, ...(described.line ? { line: described.line } : {}), detail: described.detail },
    };
  // (a function its code registers on a platform, `@app.function()` of Modal, is run by the platform's deploy: a
  // distribution's packaging (a poetry project) does not make it a library)
  if (entry && (isDeployed(c) || c.imaged || c.scripted || c.declaresServer || c.functions || !published))
    return undefined;
  const idle = c.idleEntries?.[0];
  if (published)
    return {
      reason: 'library',
      why: entry
        ? `${published} that declares no server framework: no deployment file or start script runs the server its code starts`
        : idle
          ? `${published} that nothing starts: ${idle.at.file} ${idle.why}`
          : `${published} that nothing starts`,
    };
  if (idle) return { reason: 'no-entry', why: `${idle.at.file} ${idle.why}` };
  const demo = entry ? undefined : c.demoRuns?.[0];
  if (demo) return { reason: 'no-entry', why: `${demo.at.file} runs a consumer by hand: ${demo.why}` };
  if (c.siblings)
    return {
      reason: 'playground',
      why: `one of ${c.siblings} projects started by a command (manage.py) in the repository, and no Dockerfile, Procfile, script, README or Makefile runs it`,
    };
  // its deployment runs only a consumer of the folder's (a worker beside, reported of its own): the framework it lists serves nothing
  const consumer = c.workerEntry[0];
  if (consumer && c.workers.size > 0)
    return {
      reason: 'no-entry',
      why: `lists ${[...c.frameworks.keys()].join(', ') || 'a server'}, but what runs it (${consumer.file}) only consumes messages: a worker, not a server`,
    };
  return { reason: 'no-entry', why: 'server code, but no start script, Dockerfile, Procfile or code that starts it' };
}

/** Something runs it: a deployment file, an image, its own start script, a written run or a start command. */
function runByAnything(c: Candidate): boolean {
  return isDeployed(c) || !!c.imaged || !!c.scripted || c.shellEntry.length + c.workerEntry.length > 0;
}

/** The package's lone `main` names the file of its own code that starts its server, or is its worker: the app's entry, not a library's API. */
function mainServes(c: Candidate, pkg: PackageShape): boolean {
  const main = pkg.onlyMain === undefined ? undefined : resolveInside(c.dir, pkg.onlyMain);
  if (main === undefined) return false;
  // ... or the worker's own code that something runs (a chat bot's connection in `main`, a README's `node index.js`)
  const works = c.workerEntry.length > 0 && [...c.workers.values()].some((e) => e.file === main);
  return works || c.entry.some((e) => e.line !== undefined && e.file === main);
}

/**
 * A full-stack framework's app with no server routes whose other server frameworks are only
 * listed in its manifest: none of its code imports one or starts a server (an API package's client
 * or types reached through a workspace package, an `express` left in the dependencies). Its start
 * script runs the framework's server, which only renders its pages: a frontend. A custom server
 * (`server.js` calling `express().listen`) is code that uses one, and keeps it a service.
 */
function pagesOnlyApp(
  c: Candidate,
  registeredInCode: ReadonlySet<string>,
): { reason: 'frontend'; why: string } | undefined {
  // a platform that deploys only the functions the code registers (Firebase) runs none of a folder whose
  // code registers none: listed beside the client SDK, it is one more package the pages do not use
  const runsFunctions = c.functions && ![...c.frameworks.keys()].every((n) => registeredInCode.has(n));
  if (!c.pagesOnly || c.usesServer || c.fullstack || runsFunctions || c.workers.size > 0 || c.server.length > 0)
    return undefined;
  const listed = [...c.frameworks.keys()].join(', ');
  return {
    reason: 'frontend',
    why: `a ${c.pagesOnly.name} app with no server routes: ${listed} among its dependencies, but none of its code imports one or starts a server; its server only renders its pages`,
  };
}

/**
 * A function platform's package is its folder's entry because the platform runs the folder's
 * handlers; a folder that owns no code of its language has none to run (its dependencies are a
 * copy of a nested project's), unless a deployment file, an image or a start script names it.
 */
function functionsWithoutCode(
  c: Candidate,
  withCode: TreeQuestions['withCode'],
): { reason: 'no-entry'; why: string } | undefined {
  if (!c.functions || isDeployed(c) || c.imaged || c.scripted || withCode()[c.backend].has(c.dir)) return undefined;
  return {
    reason: 'no-entry',
    why: 'a function platform among its dependencies, but no code of its own for the platform to run',
  };
}

/**
 * A platform that deploys only the functions a folder's code registers (Firebase) has nothing to
 * run where the folder lists its package but no line of its code registers one (the init
 * template's handler left commented out), and nothing else (a deployment file, an image, a start
 * script, code that starts a server) runs the folder.
 */
function functionsUnregistered(c: Candidate, k: ServerKnowledge): { reason: 'no-entry'; why: string } | undefined {
  const platforms = [...c.frameworks.keys()].filter((n) => k.functionDeployments.registeredInCode.has(n));
  if (platforms.length === 0 || isDeployed(c) || c.imaged || c.scripted || platforms.some((p) => c.servers.has(p)))
    return undefined;
  // the platform package's own entry is a manifest's line; any other entry starts the folder otherwise
  if (c.entry.some((e) => !c.manifests.some((m) => m.file === e.file))) return undefined;
  return {
    reason: 'no-entry',
    why: `${platforms.join(', ')} among its dependencies, but its code exports no function for the platform to deploy (none is registered, or they are commented out)`,
  };
}

/**
 * A platform's project file (firebase.json) names the folders it deploys functions from: a folder
 * of the platform below it that it does not name (a copy, an older functions folder) is not
 * deployed by it, unless another deployment file or an image runs the folder.
 */
function functionsUnnamed(
  c: Candidate,
  platformFiles: readonly Manifest[],
  builtIn: (dir: string) => string,
): { reason: 'no-entry'; why: string } | undefined {
  if (isDeployed(c) || c.imaged) return undefined;
  const projectFiles = platformProjectFiles(c, platformFiles);
  if (projectFiles.length === 0 || projectFiles.some((m) => namesFolder(m, c.dir, builtIn))) return undefined;
  const named = projectFiles[0]!;
  return {
    reason: 'no-entry',
    why: `${named.file} deploys ${named.functionSources!.platform} from ${named.functionSources!.dirs.join(', ') || 'no folder'}, not from this one`,
  };
}

/** Of the platforms' project files (firebase.json), those of the folder's function platforms at or above it. */
function platformProjectFiles(c: Candidate, platformFiles: readonly Manifest[]): Manifest[] {
  return platformFiles.filter((m) => c.frameworks.has(m.functionSources!.platform) && isInside(c.dir, m.dir));
}

/** Whether a platform's project file deploys this folder: names it, or (WeChat's cloudfunctionRoot) names its parent. */
function namesFolder(m: Manifest, dir: string, builtIn: (dir: string) => string): boolean {
  const { dirs, children } = m.functionSources!;
  return dirs.map(builtIn).includes(children ? parentOf(dir) : dir);
}

/**
 * An app server and a framework among a folder's dependencies are its entry where its own code is
 * what they serve; a folder whose code is all in nested projects (a root requirements.txt beside
 * `backend/` with its own, which the images run) has nothing of its own to serve, unless a
 * deployment file, an image or a start script names it.
 */
function appServerWithoutCode(
  c: Candidate,
  withCode: TreeQuestions['withCode'],
): { reason: 'no-entry'; why: string } | undefined {
  if (!c.entryOnlyDeclared || isDeployed(c) || c.imaged || c.scripted || c.functions) return undefined;
  const owning = withCode()[c.backend];
  if (owning.has(c.dir) || ![...owning].some((d) => d !== c.dir && isInside(d, c.dir))) return undefined;
  return {
    reason: 'no-entry',
    why: 'an app server and a server framework among its dependencies, but no code of its own for them to serve: its code is in nested projects',
  };
}

/**
 * Server frameworks its manifest lists (an app server among them is its entry), code of its own of
 * which none imports one or starts anything, and no deployment file or start script that runs it
 * (a benchmark's list of the frameworks it compared beside its load scenario, the requirements of
 * an app whose code is not in the repository beside a database script): nothing here for a server
 * to run. A command that runs a packaged server (`datasette serve` in a Procfile) starts it; a
 * folder with no code at all is left to the manifests' word.
 */
function frameworksUnused(
  c: Candidate,
  withCode: TreeQuestions['withCode'],
): { reason: 'no-entry'; why: string } | undefined {
  // a full-stack framework's server routes are its code (the routes rule found them)
  if (
    c.usesServer ||
    c.fullstack ||
    !c.declaresServer ||
    isDeployed(c) ||
    c.scripted ||
    c.functions ||
    c.workers.size > 0
  )
    return undefined;
  if (!withCode()[c.backend].has(c.dir)) return undefined;
  return {
    reason: 'no-entry',
    why: 'server frameworks among its dependencies, but none of its own code imports one or starts a server',
  };
}

/** Folders that are Python packages (hold `__init__.py`). */
function pythonPackages(paths: readonly string[]): Set<string> {
  return new Set(paths.filter((p) => /(^|\/)__init__\.py$/.test(p)).map(parentOf));
}

/** What tells a distribution's own code from scripts beside it: its packages, and the frameworks each file imports. */
interface Usage {
  /** A folder's role by its name, read below the examples and demos a deployment runs. */
  folderRole: (dir: string) => NotServiceReason | undefined;
  packages: () => ReadonlySet<string>;
  /** Python project folders: a package below another project is that one's. */
  projects: ReadonlySet<string>;
  frameworksIn: () => ReadonlyMap<string, ReadonlySet<string>>;
  /** Servers of a local UI a person starts by hand (Streamlit): a service only where a deployment runs it. */
  localUis: ReadonlySet<string>;
  /** Servers of made-up data for a front end (json-server): a mock, a service only where a deployment runs it. */
  standIns: ReadonlySet<string>;
  /** Whether a package is a function platform's (its record's role is `function`). */
  isPlatform: (backend: Backend, name: string) => boolean;
  /** The dependency by which an example with a deployment file of its own tries the repository's own package. */
  tryout: (dir: string) => Dependency | undefined;
  /** Packages the repository publishes (see dev-harnesses). */
  published: ReadonlySet<string>;
  /** The unrun command project (manage.py) holding the folder, with the server started by hand in it (see command-project-strays). */
  strayProject: (dir: string) => { dir: string; stray: Evidence } | undefined;
  /** The published SDK's example app or bot the folder is, if it is one (see sdk-demos). */
  sdkDemo: (c: Candidate) => SdkDemo | undefined;
  /** Python files that import a command-line library, with its name (see cli-commands). */
  cliFiles: () => ReadonlyMap<string, string>;
  /** The kind of the manifest or deployment file at a path, if it is one. */
  manifestKind: (file: string) => ManifestKind | undefined;
  /** What a folder's own README opening or manifest description calls it, where that is no deployed backend. */
  describedAs: (dir: string) => Manifest['describedAs'];
  /** The one program of a folder of notes (see notes-folders). */
  notesExample: (dir: string) => NotesExample | undefined;
  /** A command-line package (`bin`) of the repository that depends on the named package, if one does. */
  commandDependent: (name: string) => Manifest | undefined;
}

/**
 * For a Python distribution that declares a server framework: why it serves the app its user gives
 * it (a `runserver` helper starting uvicorn on it), an extension of the framework, or undefined.
 * Either its own packages make no app and import no framework while a script beside them makes the
 * app (`manager.py` next to `setup.py`), or no app is made in the folder at all and every server
 * start is in its packages' modules not named to run the program (`app.run(...)` on the app a
 * command in `commands.py` is handed). An app's packages import
 * its framework (routers, dependencies) even when its app is made in a script at the top, and an
 * app's own start makes the app it runs (`app = create_app()`).
 */
function usageOnly(c: Candidate, { packages: packagesOf, projects, frameworksIn }: Usage): string | undefined {
  const packages = packagesOf();
  // in one of its packages, not in a project of its own below it
  const own = (file: string) => {
    let packaged = false;
    for (let d = parentOf(file); d !== c.dir && d !== '.'; d = parentOf(d)) {
      if (projects.has(d)) return false;
      packaged ||= packages.has(d);
    }
    return packaged;
  };
  const hasPackages = [...packages].some((d) => d !== c.dir && isInside(d, c.dir) && own(`${d}/__init__.py`));
  if (!hasPackages || c.appObjects.some((a) => own(a.file))) return undefined;
  if (c.appObjects.length === 0) {
    const start = c.entry[0];
    const handed = (e: Evidence) => e.file !== undefined && own(e.file) && !PYTHON_ENTRY_MODULE.test(e.file);
    if (!start?.file || !c.entry.every(handed)) return undefined;
    return `no app is made in the folder; its packages start a server on the app they are given (${start.file}${start.line ? `:${start.line}` : ''})`;
  }
  for (const [file, names] of frameworksIn())
    if (isInside(file, c.dir) && own(file) && [...names].some((n) => c.frameworks.has(n))) return undefined;
  return `its packages neither import it nor make an app; ${c.appObjects[0]!.file} beside them does`;
}

/** What collectDeployment asks of the tree beyond the manifest. */
interface DeploymentContext {
  /** Folders whose code starts serving, per backend. */
  starting: Record<Backend, ReadonlySet<string>>;
  /** Whether the tree holds this folder. */
  hasFolder: (dir: string) => boolean;
  /** The project whose compiler writes this folder (see compiled-sources `compilingFolder`). */
  builtFrom: (dir: string) => string | undefined;
  /** The file of the folder's own code a command runs. */
  ownRun: (dir: string, command: string) => OwnCodeRun | undefined;
  /** The same, read for a package's own script: a file whose only worker evidence is its loop is no worker's. */
  scriptedRun: (dir: string, command: string) => OwnCodeRun | undefined;
  /** A path's non-runtime role, read below the examples and demos a deployment runs. */
  roleOf: (path: string) => NotServiceReason | undefined;
  /** Examples and demos a deployment file outside them runs. */
  outranked: readonly string[];
  /** A command as it runs in a folder: a package manager's run of one of its scripts read as that script. */
  scriptRun: (dir: string, command: string) => string;
  /** Why a command, run in a folder, or an image's traced commands start nothing of its own code (see idle-entries). */
  idleCommand: (dir: string, command: string) => string | undefined;
  idleImage: (dockerfile: string) => string | undefined;
  /** What a shell script of the tree that a command runs starts, line by line (`"dev": "./bin/dev.sh"`). */
  scriptRuns: (dir: string, command: string) => ScriptStart[];
  /** The module of the folder's own code an app server's command serves (see app-modules). */
  servedApp: (dir: string, command: string) => ServedApp | undefined;
  /** The folder a command run in a folder starts (see served-folders). */
  sideOf: (dir: string, command: string) => string;
  /** A deployment runs a file of the folder's own code: its loop, if that is all it runs, is the folder's worker evidence. */
  runsLoop: (dir: string, backend: Backend, file: string) => void;
  /** A worker's evidence that the file run reaches through its imports of a shared folder (see import-reach). */
  reaches: (dir: string, backend: Backend, file: string) => void;
  /** The Dockerfile's image, pushed by a workflow, runs a plain script of the folder: the folder's batch-job worker (true). */
  runsBatch: (dockerfile: string, dir: string, command: string, run: OwnCodeRun) => boolean;
  /** The line of the file a command runs that ends its consumer's wait after a set time (a demo), if any. */
  boundedRun: (dir: string, command: string) => CodeFact | undefined;
}

/** Start commands, compose contexts, platform files and serverless functions, each to the folder it starts. */
function collectDeployment(
  m: Manifest,
  candidate: (dir: string, backend: Backend) => Candidate,
  projects: Record<Backend, Map<string, Manifest[]>>,
  k: ServerKnowledge,
  consoleScripts: Map<string, string>,
  traced: ReadonlySet<object>,
  dockerfiles: ReadonlyMap<string, Manifest>,
  {
    starting,
    hasFolder,
    builtFrom,
    ownRun,
    scriptedRun,
    roleOf,
    outranked,
    scriptRun,
    idleCommand,
    idleImage,
    scriptRuns,
    servedApp,
    sideOf,
    runsLoop,
    reaches,
    runsBatch,
    boundedRun,
  }: DeploymentContext,
): void {
  // a Dockerfile or compose file among examples, tests or docs deploys an example, not the project above it
  const role = TASK_MANIFEST_KINDS.has(m.kind) ? undefined : roleOf(m.file);
  if (role && role !== 'scripts') return;
  const inFolder = (dir: string): Backend[] => (['node', 'python'] as const).filter((b) => projects[b].has(dir));
  // the app a command serves belongs to the Python project holding its module (the folder it runs in may be below it)
  const projectOf = (file: string) => nearest(parentOf(file), projects.python) ?? parentOf(file);
  const serveApp = (cwd: string, command: string, at: Evidence) => {
    const app = servedApp(cwd, command);
    if (app) serves(candidate(projectOf(app.file), 'python'), app, at);
  };
  const started = (command: string) => startedBy(command, k);
  // `written`: the package's own start script, not its manager's default (which does not outrank library-first)
  // `code`: the file of the tree the command runs, where it runs one (see Candidate.deployedCode)
  const entryFor = (
    dir: string,
    backend: Backend,
    e: Evidence,
    deployed = true,
    worker = false,
    written = true,
    code?: string,
  ) => {
    const c = candidate(dir, backend);
    (worker ? c.workerEntry : m.kind === 'start-script' ? c.shellEntry : c.entry).push(e);
    if (deployed) ranBy(c, code, worker ? undefined : e);
    else if (written) {
      c.scripted = true;
      if (code !== undefined) (c.scriptedCode ??= new Set()).add(code);
    }
  };
  const idleFor = (dir: string, backends: readonly Backend[], at: Evidence, why: string) => {
    for (const b of backends) (candidate(dir, b).idleEntries ??= []).push({ at, why });
  };
  // a distribution's console script (`acme-api --port 80`) starts the distribution's folder
  const runsConsoleScript = (command: string, at: Evidence): boolean => {
    const program = programOf(command);
    const dir = program === undefined ? undefined : consoleScripts.get(program);
    if (dir !== undefined) entryFor(dir, 'python', at);
    return dir !== undefined;
  };

  if (m.functions?.length) {
    // each function to its code folder (SAM `CodeUri`), the template's own folder otherwise
    const byFolder = new Map<string, Evidence[]>();
    const platform = m.functions[0]!.platform ?? 'Serverless';
    for (const {
      dir: read = m.dir,
      backend: runs,
      platform: _,
      otherRuntime,
      inside,
      besideFile,
      fromCodeFile,
      ...at
    } of m.functions) {
      const found = besideFile !== undefined && !hasFolder(read) && hasFolder(besideFile) ? besideFile : read;
      // a build output the tree does not hold (`--source-path ./dist`) deploys the project compiled into it
      const named = hasFolder(found)
        ? found
        : (builtFrom(found) ?? (besideFile === undefined ? undefined : builtFrom(besideFile)) ?? found);
      // a Go, Java or .NET function is not a Node.js or Python service, whatever package.json sits beside it
      if (otherRuntime) continue;
      if (fromCodeFile && !hasFolder(named)) continue;
      const backend = runs ?? inFolder(named)[0] ?? inFolder(m.dir)[0];
      // a path under a project (a vercel.json build's `src`) deploys the project holding it, within the file's folder
      const holder = inside && backend ? nearest(named, projects[backend]) : undefined;
      const dir = inside ? (holder !== undefined && isInside(holder, m.dir) ? holder : m.dir) : named;
      if (backend) byFolder.set(`${backend}\0${dir}`, [...(byFolder.get(`${backend}\0${dir}`) ?? []), at]);
    }
    for (const [key, functions] of byFolder) {
      const [backend, dir] = key.split('\0') as [Backend, string];
      const c = candidate(dir, backend);
      c.server.push(...functions);
      c.entry.push(functions[0]!);
      ranBy(c, undefined);
      c.devServerOnly = false;
      c.functions = c.functionCode = true;
      addFramework(c, platform, functions[0]!);
    }
    return;
  }
  if (m.kind === 'compose') {
    for (const context of m.buildContexts ?? []) {
      // a command traced through the image to the code it runs starts that code's folder (see deploy-chain)
      if (traced.has(context)) continue;
      const { path, command, dockerfile, target, ...at } = context;
      // a service with no command of its own runs its image's: an image that only runs tests or serves files starts nothing
      // (the image of the stage its build stops at, `build.target: test`, where it names one)
      const built = command === undefined && dockerfile !== undefined ? dockerfiles.get(dockerfile) : undefined;
      const stage = built?.image && target !== undefined ? stageImage(built.image, target) : undefined;
      const image = built && stage ? { ...built, scripts: stage.commands } : built;
      if (image && runsNoBackend(image, k)) continue;
      // ... and one whose own command runs a test runner or a static file server (`pipenv run pytest`) starts no backend
      if (command !== undefined && runsStaticServe(command, k)) continue;
      // ... nor does one running a one-off task in the folder's image (`alembic upgrade head`, `make test`, `npm run lint`)
      if (command !== undefined && oneOffCommand(command, (step) => runsStaticServe(step, k))) continue;
      // a compose service that runs a worker from the folder (`command: celery -A main worker`, `npm run worker`,
      // `python scripts/consume.py` that only consumes) starts its worker
      const run = command === undefined ? undefined : scriptRun(path, command);
      const named = run === undefined ? undefined : started(run);
      const own = run === undefined || named?.worker ? undefined : ownRun(path, run);
      const worker = named?.worker ? named : own?.worker ? own : undefined;
      if (worker) {
        if (inFolder(path).includes(worker.backend)) entryFor(path, worker.backend, at, true, true);
        if (own?.worker) runsLoop(path, own.backend, own.file);
        if (own?.worker) reaches(path, own.backend, own.file);
      } else for (const b of inFolder(path)) entryFor(path, b, at, true, false, true, own?.file);
    }
    return;
  }
  /**
   * One start command run in a folder (a Procfile line, a start script's, a platform file's): the
   * server or worker it names, or the folder's own file it runs. False when it starts neither.
   */
  const startLine = (dir: string, given: string, at: Evidence, written = true, kept = false): boolean => {
    const command = m.kind === 'package.json' ? given : scriptRun(dir, given);
    const named = started(command);
    const idle = idleCommand(dir, command);
    if (idle) {
      idleFor(dir, named ? [named.backend] : inFolder(dir), at, idle);
      return true;
    }
    // a package's script that runs a consumer waiting a set time (`npm start` of a subscriber sample) runs a demo by hand
    const bounded = m.kind === 'package.json' ? boundedRun(dir, command) : undefined;
    if (bounded) {
      for (const b of inFolder(dir))
        (candidate(dir, b).demoRuns ??= []).push({
          at,
          why: `${bounded.file} waits for messages a set time and stops (${bounded.file}:${bounded.line}): a demo run by hand, not a worker`,
        });
      return true;
    }
    // a deployment that runs a file of the folder's own code (`python -m shop.jobs.consumer`) starts it,
    // as a worker when that file only consumes messages; so does a package's script (`"bot": "node src/bot.js"`
    // beside `"start": "node src/server.js"`: two processes of one package)
    const own =
      m.kind === 'package.json'
        ? scriptedRun(dir, command)
        : TASK_MANIFEST_KINDS.has(m.kind)
          ? undefined
          : ownRun(dir, command);
    const entry = named ?? own;
    if (!entry || (k.staticServeCommand.test(command) && named?.worker)) return false;
    // `node scripts/dev-server.js` runs tooling, not the product
    const script = scriptOfCommand(command);
    const path = script && (resolveInside(dir, script) ?? script);
    if (path && roleOf(path)) return false;
    // a demo the line runs (`web: python demo/server.py`) is the demo's service; a worker command of a program
    // of the tree (`python shop/manage.py qcluster` from the root) runs in the project holding that program
    const runsIn =
      (path && outranked.find((d) => isInside(path, d) && d !== dir)) ||
      (named?.worker && own ? (nearest(parentOf(own.file), projects[own.backend]) ?? dir) : sideOf(dir, command));
    const deployed = m.kind === 'procfile' || m.kind === 'platform';
    // a run script's daemon: the file it keeps running beside the others is a worker of its own folder's project
    const daemon =
      kept && own?.worker ? (nearest(parentOf(own.file), projects[own.backend]) ?? parentOf(own.file)) : undefined;
    entryFor(daemon ?? runsIn, entry.backend, at, deployed, entry.worker || own?.worker, written, own?.file);
    if (daemon !== undefined) runsLoop(daemon, own!.backend, own!.file);
    if (deployed && own?.worker) runsLoop(runsIn, own.backend, own.file);
    if (deployed && own?.worker) reaches(runsIn, own.backend, own.file);
    if (!entry.worker) serveApp(dir, command, at);
    return true;
  };

  /**
   * A command that runs a shell script of the tree (`"dev": "./bin/dev.sh"`, `CMD ["bash", "scripts/start.sh"]`)
   * starts what the script's lines start, where they run. False when no line starts anything.
   */
  const runsScriptStart = (dir: string, command: string, by: Evidence): boolean => {
    const starts = scriptRuns(dir, command);
    for (const s of starts) {
      const at = {
        file: s.file,
        line: s.line,
        detail: `${shortCommand(s.command)}, run by ${by.detail}: ${shortCommand(command)}`,
      };
      entryFor(sideOf(s.dir, s.command), s.backend, at, m.kind === 'procfile' || m.kind === 'dockerfile', s.worker);
      if (!s.worker) serveApp(s.cwd, s.command, at);
    }
    return starts.length > 0;
  };

  if (m.kind === 'workflow' && m.scheduledRuns?.length) {
    // a scheduled CI job keeps a process serving only when what it runs never returns by itself: a worker's
    // command, or the folder's own code consuming messages (a bot's long polling); a one-shot script starts nothing
    for (const { command, dir, ...at } of m.scheduledRuns) {
      const run = scriptRun(dir, command);
      if (started(run)?.worker || ownRun(dir, run)?.worker) startLine(dir, command, at);
    }
  }
  if (m.kind === 'platform' && m.processes?.length) {
    // a platform file that names its start commands starts what each runs, in its folder, as a Procfile line does;
    // one that runs nothing known still deploys its folder
    for (const p of m.processes) {
      const { name: _, command, dir, ...at } = p;
      if (!startLine(dir, command, { ...at, detail: `${at.detail} runs ${shortCommand(command)}` }))
        for (const b of inFolder(dir)) entryFor(dir, b, at);
    }
    return;
  }
  if (m.kind === 'platform' && DEPLOY_PLATFORM_FILE.test(m.file)) {
    const runs = PLATFORM_BACKENDS[baseName(m.file)];
    for (const b of inFolder(m.dir))
      if (!runs || runs.includes(b)) entryFor(m.dir, b, { file: m.file, detail: `deployed by ${baseName(m.file)}` });
    return;
  }
  const commands = Object.entries(m.scripts ?? {});
  if (m.kind === 'dockerfile') {
    // a development box for another repository's checkout deploys nothing of this tree
    const devBox = devEnvironment(m);
    if (devBox) {
      for (const b of inFolder(m.dir))
        candidate(m.dir, b).devBox = { at: { file: m.file, detail: 'Dockerfile' }, why: devBox };
      return;
    }
    // an image of the folder, whatever starts it (a CMD, or a script run on it): a library is not built into one
    for (const b of inFolder(m.dir)) candidate(m.dir, b).imaged = true;
    // each job of a job runner the image runs (`concurrently "node server.js" "node worker.js"`) is a command of its own
    const jobs = commands.flatMap(([op, line]) => (runnerJobs(line) ?? [line]).map((c): [string, string] => [op, c]));
    // (a command of its base image, the Dockerfile setting none, is named as that: no CMD line to look for)
    const label = (op: string) =>
      op === 'cmd' && m.baseCommand ? `the command of the base image ${m.baseCommand}:` : op.toUpperCase();
    for (const [op, command] of jobs) {
      if (WEB_SERVER_COMMAND.test(command) || runsStaticServe(command, k)) continue;
      if (runsConsoleScript(command, { file: m.file, detail: `${label(op)} ${shortCommand(command)}` })) continue;
      const named = started(command);
      // a Dockerfile kept in a docker/ folder of its own builds the project above it; one beside
      // the code it starts (a worker with no manifest, its packages installed by the image) builds its own folder
      const own = inFolder(m.dir).length > 0 || m.dir === '.' || starting.node.has(m.dir) || starting.python.has(m.dir);
      const dir = own ? m.dir : parentOf(m.dir);
      const at = { file: m.file, detail: `${label(op)} ${shortCommand(command)}` };
      const idle = idleCommand(dir, command) ?? idleImage(m.file);
      if (idle) idleFor(dir, named ? [named.backend] : inFolder(dir), at, idle);
      else if (!named && runsScriptStart(dir, command, { ...at, detail: label(op) })) continue;
      else {
        // a file of the folder's own code that only consumes messages (`python app.py` holding a subscriber loop) is a worker's entry
        const ran = ownRun(dir, command);
        const batch = !named?.worker && ran !== undefined && !ran.worker && runsBatch(m.file, dir, command, ran);
        const consumer = named?.worker || ran?.worker || batch;
        for (const b of named ? [named.backend] : inFolder(dir))
          entryFor(named ? sideOf(dir, command) : dir, b, at, true, consumer, true, ran?.file);
        if (ran?.worker) reaches(dir, ran.backend, ran.file);
      }
    }
    return;
  }
  // a framework's app file starts its app by the framework's CLI (`wasp start`), as a start script would
  if (TASK_MANIFEST_KINDS.has(m.kind) || m.kind === 'procfile' || m.kind === 'start-script' || m.kind === 'app-file') {
    // a start script's lines run where its `cd` lines lead (`cd daemon && python3 main.py &`); where a `cd` names a
    // folder it cannot tell (`cd /app` inside an image, `cd $DIR`) they are read in the script's own folder, as before
    let cwd = m.dir;
    for (const [name, command] of commands) {
      if (m.kind === 'package.json' && k.fullstackBuildCommand.test(command))
        candidate(m.dir, 'node').fullstackBuild ??= { file: m.file, detail: `${name}: ${shortCommand(command)}` };
      if (TASK_MANIFEST_KINDS.has(m.kind) && NON_ENTRY_SCRIPT_NAME.test(name)) continue;
      const bin = m.kind === 'package.json' ? binRunBy(m, command) : undefined;
      if (bin) (candidate(m.dir, 'node').binsRun ??= new Set()).add(bin);
      const by = m.defaultScripts?.includes(name) ? DEFAULT_SCRIPTS.find((d) => d.script === name)?.by : undefined;
      const at = { file: m.file, detail: `${name}: ${shortCommand(command)}${by ? ` (${by})` : ''}` };
      if ((m.kind === 'procfile' || m.kind === 'start-script') && runsConsoleScript(command, at)) continue;
      // each job of the line, the ones sent to the background or given to a job runner too
      // (`node server.js & node bot.js`, `concurrently "node server.js" "node worker.js"`)
      let ran = false;
      // a start script's line sent to the background (`python3 sensor/daemon.py &`) starts a process kept running
      // beside the script's others: a loop in its file is a daemon's, where a line run in the foreground may be a
      // one-off step (`python3 tools/calibrate.py`) and a loop alone says nothing of it
      const kept = m.kind === 'start-script' && BACKGROUNDED.test(command);
      const here = cwd;
      for (const job of sideBySideJobs(command)) {
        const { dir = m.dir, rest } =
          m.kind === 'start-script' ? afterLeadingCd(job, here, m.dir) : { dir: here, rest: job };
        // a line that only changes folder moves the lines after it, unless in a subshell of its own
        if (!rest) cwd = job.trimStart().startsWith('(') ? cwd : dir;
        else ran = startLine(dir, rest, at, !by, kept) || ran;
      }
      if (ran || (m.kind !== 'package.json' && m.kind !== 'procfile')) continue;
      runsScriptStart(m.dir, command, { ...at, detail: name });
    }
  }
}

/**
 * Scripts that loop until stopped (a `while True:` a deployment would keep running) pulling from a cloud queue
 * whose consumer record names the Terraform resources creating such queues (see ServerRecord's `queueResources`),
 * in a folder beside a configuration that creates one: the same folder, its parent, or a sibling. A script run
 * once (no loop), or one with no such infrastructure beside it, is not read here.
 */
function queueLoopScripts(
  input: ServiceInput,
  k: ServerKnowledge,
  factsOf: (file: string) => readonly CodeFact[],
  roleOf: (file: string) => string | undefined,
): { file: string; backend: Backend; at: Evidence }[] {
  const resources = input.resources ?? [];
  if (resources.length === 0 || k.queueResources.size === 0) return [];
  const found: { file: string; backend: Backend; at: Evidence }[] = [];
  const files = new Set(input.codeFacts.filter((f) => k.queueResources.has(f.pattern)).map((f) => f.file));
  for (const file of files) {
    if (roleOf(file)) continue;
    const facts = factsOf(file);
    const pull = facts.find((f) => k.queueResources.has(f.pattern) && f.serves === 'worker' && !f.bounded);
    if (!pull || !facts.some((f) => f.deployedOnly && f.serves === 'worker') || !consumesOnly(facts)) continue;
    const dir = parentOf(file);
    const types = k.queueResources.get(pull.pattern)!;
    const beside = resources.find((r) => {
      const at = parentOf(r.file);
      // a root script has no siblings: any top-level folder's configuration is not beside it
      const sibling = dir !== '.' && parentOf(at) === parentOf(dir);
      return types.includes(r.type) && (at === dir || at === parentOf(dir) || sibling);
    });
    if (beside)
      found.push({
        file,
        backend: pull.ecosystem,
        at: {
          file: beside.file,
          line: beside.line,
          detail: `creates ${beside.type} ${beside.name} beside ${file}, which loops pulling from such a queue`,
        },
      });
  }
  return found;
}

/** A shell line ending by sending its command to the background (`cmd &`, not `a && b`). */
const BACKGROUNDED = /(?:^|[^&])&\s*(?:#.*)?$/;

/** A Dockerfile whose every CMD and ENTRYPOINT runs a test runner or a static file server (`ENTRYPOINT ["pytest"]`). */
function runsNoBackend(dockerfile: Manifest, k: ServerKnowledge): boolean {
  const commands = Object.values(dockerfile.scripts ?? {});
  return commands.length > 0 && commands.every((c) => runsStaticServe(c, k));
}

/** A command that runs a test runner or a static file server, its exec form's program too (`["locust", "-f", "locustfile.py"]`). */
function runsStaticServe(command: string, k: ServerKnowledge): boolean {
  return k.staticServeCommand.test(command) || k.staticServeCommand.test(execWords(command)?.[0] ?? '');
}

/**
 * Makes each started binary's folder a project of its backend (unless it is one already) and
 * says which project above lends it its manifests: [backend, lending project, binaries' folders].
 */
function binaryRoots(
  binaries: ReadonlyMap<string, StartedBinary>,
  projects: Record<Backend, Map<string, Manifest[]>>,
): [Backend, string, string[]][] {
  const lent = new Map<string, [Backend, string, string[]]>();
  const own = [...binaries].filter(([dir, { backend }]) => !projects[backend].has(dir));
  // the lending projects are those declared, not another binary's folder
  const roots = own.map(([dir, { backend }]) => (dir === '.' ? undefined : nearest(parentOf(dir), projects[backend])));
  own.forEach(([dir, { backend, manifest }], i) => {
    projects[backend].set(dir, [manifest]);
    const root = roots[i];
    if (root === undefined) return;
    const key = `${backend}\0${root}`;
    const known = lent.get(key);
    if (known) known[2].push(dir);
    else lent.set(key, [backend, root, [dir]]);
  });
  return [...lent.values()];
}

/**
 * Python projects that are served from subfolders: the folders of scripts under a project (no
 * project of their own between, not a package of it: no `__init__.py`, not named after the project) whose code starts a server,
 * for a project that starts nothing itself: none of its own folder's code starts a server, no
 * deployment file, compose service, shell start script or start command of its own runs it, and it
 * is no distribution (whose packages are installed and run as one). `apps/core/main.py` calling
 * `uvicorn.run` under a root requirements.txt that nothing runs makes `apps/core` the service; a
 * Dockerfile or a start script at the root keeps the root (it is what gets deployed, whatever file
 * it starts), except for the folder of a program that serves under a command (Django's `manage.py`
 * below the image's `requirements.txt`): the project runs from there. A Node.js package is one unit whatever folder its code is in.
 */
function yieldingProjects(
  input: Pick<ServiceInput, 'manifests' | 'paths'>,
  projects: Record<Backend, Map<string, Manifest[]>>,
  starting: Record<Backend, Set<string>>,
  k: ServerKnowledge,
  packages: () => ReadonlySet<string>,
  programs: ReadonlySet<string>,
): Record<Backend, Map<string, string[]>> {
  const yields: Record<Backend, Map<string, string[]>> = { node: new Map(), python: new Map() };
  if (starting.python.size === 0) return yields;
  const scriptFolders = [...starting.python].filter((dir) => !packages().has(dir));
  if (scriptFolders.length === 0) return yields;
  const run = new Set<string>();
  for (const m of input.manifests) {
    if (m.kind === 'compose') for (const context of m.buildContexts ?? []) run.add(context.path);
    else if (DEPLOY_KINDS.has(m.kind))
      run.add(m.kind === 'dockerfile' && /(^|\/)docker$/.test(m.dir) ? parentOf(m.dir) : m.dir);
    else if (TASK_MANIFEST_KINDS.has(m.kind))
      for (const [name, command] of Object.entries(m.scripts ?? {}))
        if (!NON_ENTRY_SCRIPT_NAME.test(name) && startedBy(command, k)) run.add(m.dir);
  }
  for (const dir of scriptFolders) {
    const project = nearest(dir, projects.python);
    // a program that serves under a command (manage.py) runs from its own folder, whatever deploys the project above it
    if (project === undefined || project === dir || starting.python.has(project)) continue;
    if (run.has(project) && !programs.has(dir)) continue;
    // a distribution's packages, or the folder named after the project (`model_server` of `model-server`), are the project's own
    const named = (m: Manifest) =>
      m.name !== undefined && normalizePythonName(m.name) === normalizePythonName(baseName(dir));
    if (projects.python.get(project)!.some((m) => m.buildBackend || named(m))) continue;
    yields.python.set(project, [...(yields.python.get(project) ?? []), dir].sort());
  }
  return yields;
}

/** Manifest kinds that deploy or start the folder they sit in. */
const DEPLOY_KINDS: ReadonlySet<ManifestKind> = new Set([
  'dockerfile',
  'procfile',
  'platform',
  'start-script',
  'serverless',
  'cloudformation',
  'kubernetes',
]);

function projectBackend(m: Manifest): Backend | undefined {
  if (m.kind === 'package.json') return 'node';
  // a framework's app file is its folder's project (Wasp's main.wasp, with or without a package.json)
  if (m.kind === 'app-file') return m.ecosystem;
  // a pnpm importer with no package.json beside it (a snapshot without it) still declares its own dependencies
  if (m.kind === 'pnpm-lock' && m.dir !== '.') return 'node';
  if (m.ecosystem === 'python' && PYTHON_PROJECT_KINDS.has(m.kind)) return 'python';
  return undefined;
}

/** Direct runtime dependencies: never dev, never a lockfile's resolved or transitive packages. */
function runtimeDependencies(manifests: Manifest[]): Dependency[] {
  const hasPackageJson = manifests.some((m) => m.kind === 'package.json');
  const files = new Set(manifests.map((m) => m.file));
  return manifests.flatMap((m) => {
    if (m.kind === 'pnpm-lock' && hasPackageJson) return [];
    if (m.lockfile && m.kind !== 'pnpm-lock') return [];
    // pip-compile's output beside its input: the `.in` names the direct packages, the `.txt` all
    if (m.kind === 'requirements' && files.has(m.file.replace(/\.txt$/i, '.in')) && /\.txt$/i.test(m.file)) return [];
    // a peer dependency runs with the package, provided by whoever installs it: express for an express middleware
    return m.dependencies.filter((d) => (!d.dev || d.peer) && !d.transitive);
  });
}

/** Direct runtime dependencies, and the devDependencies a build bundles into the server it outputs (SvelteKit's kit). */
function serverDependencies(manifests: Manifest[], backend: Backend, k: ServerKnowledge): Dependency[] {
  const bundled = runtimeOrDevDependencies(manifests).filter(
    (d) => d.dev && !d.peer && d.ecosystem === backend && k.ofPackage(backend, d.name)?.[backend]?.bundled,
  );
  return [...runtimeDependencies(manifests), ...bundled];
}

/**
 * The app server among a folder's runtime dependencies: one of them, or one an extra of
 * another brings (`fastapi[standard]` brings uvicorn, a fact on FastAPI's record).
 */
function appServerOf(deps: Dependency[], k: ServerKnowledge): (Dependency & { detail: string }) | undefined {
  const named = deps.find((d) => k.appServers.includes(d.name));
  if (named) return { ...named, detail: versioned(named) };
  for (const d of deps) {
    const brought = k.broughtBy(d.ecosystem, d.name, d.extras ?? []).find((p) => k.appServers.includes(p));
    if (brought) return { ...d, detail: `${brought} (${d.name}[${d.extras!.join(',')}])` };
  }
  return undefined;
}

function frontendOf(c: Candidate): string | undefined {
  const deps = new Set(runtimeOrDevDependencies(c.manifests).map((d) => d.name));
  return FRONTEND_PACKAGES.find((p) => deps.has(p));
}

function runtimeOrDevDependencies(manifests: Manifest[]): Dependency[] {
  return manifests.filter((m) => !m.lockfile).flatMap((m) => m.dependencies);
}

/**
 * What a server technology among a folder's dependencies or imports makes of it, or undefined
 * when it is no server evidence there; `serves` is false for a frontend's server. Every role is
 * answered here: a new role does not compile until it is.
 */
function serverUse(record: ServerRecord, hasRoutes: () => boolean): ServerUse | undefined {
  switch (record.role) {
    case 'http':
      return { kind: 'http', fullstack: false, serves: true };
    case 'fullstack':
      return hasRoutes() ? { kind: 'http', fullstack: true, serves: true } : undefined;
    case 'dev-server':
      // named where it is a framework of its own (Polka), yet it makes no backend alone
      return record.named ? { kind: 'http', fullstack: false, serves: false } : undefined;
    case 'app-server':
      // runs another framework's app: the folder's entry, not its server (see the app-server step)
      return undefined;
    case 'worker':
      return { kind: 'worker', fullstack: false, serves: true };
    case 'function':
      return { kind: 'function', fullstack: false, serves: true };
    default:
      return unreachable(record.role);
  }
}

interface ServerUse {
  kind: ServiceKind;
  /** A full-stack framework with server routes in the folder. */
  fullstack: boolean;
  /** False for a frontend's server: it makes no backend alone. */
  serves: boolean;
}

/** Records a technology the folder declares or imports as its server evidence. */
function useServer(c: Candidate, record: ServerRecord, use: ServerUse, at: Evidence): void {
  if (use.kind === 'worker') {
    if (!c.workers.has(record.name)) c.workers.set(record.name, at);
    c.devServerOnly = false;
    return;
  }
  addFramework(c, record.name, at);
  if (use.kind === 'http' && use.serves && !use.fullstack) (c.requestServers ??= new Map()).set(record.name, at);
  if (use.kind === 'function') {
    // the platform invokes the handlers: its runtime package is what starts them
    c.functions = true;
    c.entry.push(at);
  }
  if (use.fullstack) c.fullstack = true;
  if (use.serves) c.devServerOnly = false;
}

function unreachable(role: never): never {
  throw new Error(`no rule for the server role ${String(role)}`);
}

function addFramework(c: Candidate, name: string, evidence: Evidence): void {
  if (!c.frameworks.has(name)) c.frameworks.set(name, evidence);
}

function namedEvidence(named: Map<string, Evidence>): Evidence[] {
  return [...named].map(([name, e]) => ({ ...e, detail: `${name}: ${e.detail}`, technology: name }));
}

/** Of several candidates at one folder, the one with the most evidence. */
function best(found: Candidate[]): Candidate | undefined {
  return [...found].sort((a, b) => b.frameworks.size + b.entry.length - (a.frameworks.size + a.entry.length))[0];
}

function versioned(d: Dependency): string {
  return `${d.name}${d.version ? ` ${d.version}` : ''}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import type { ManifestKind } from '../knowledge/manifest-formats.js';
import type { Backend, Evidence, ServiceKind, Warning } from './common.js';

/** Derived from the manifest formats table: adding a format is one record there. */
export type { ManifestKind, OwnershipKind } from '../knowledge/manifest-formats.js';

/** A dependency as a manifest declares or a lockfile resolves it. */
export interface Dependency {
  /** npm name as written; Python names normalised per PEP 503 (lowercase, runs of `-_.` -> `-`). */
  name: string;
  ecosystem: Backend;
  /** Version specifier, or the resolved version for lockfiles. */
  version?: string;
  /** Development-only (devDependencies, dev groups, requirements-dev.txt...). */
  dev: boolean;
  file: string;
  line?: number;
  /** package.json `peerDependencies`: needed at run time, installed by the package's user (counted as dev). */
  peer?: boolean;
  /** Resolved by a lockfile but not declared by any importer (pnpm's `packages`): never server evidence. */
  transitive?: boolean;
  /** Python extras asked for (`fastapi[standard]`), lowercased: what each brings is on the package's server record. */
  extras?: readonly string[];
}

/** What a package.json says about how the package is used: published, with entry points, or a CLI. */
export interface PackageShape {
  private: boolean;
  /** `main`, `module`, `exports`, `types`, `files` or `publishConfig`: shaped to be published as a package. */
  publishes: boolean;
  /**
   * `main`, when it is the only field above: `npm init` writes one into every package.json, so it
   * shapes a package to be published only where the file it names is not the app's own server.
   */
  onlyMain?: string;
  /** `bin`: a command-line tool. */
  bin: boolean;
  /** `main`: the module a user of the package gets, relative to the package. */
  main?: string;
  /** `bin`'s commands: name -> file, relative to the package. */
  bins?: Readonly<Record<string, string>>;
}

export interface Manifest {
  kind: ManifestKind;
  file: string;
  /** Folder holding the manifest, root-relative; `.` for the root. */
  dir: string;
  /** The ecosystem the manifest belongs to, when it belongs to one (Dockerfiles may not). */
  ecosystem?: Backend;
  /** Project/package name when the manifest gives one. */
  name?: string;
  dependencies: Dependency[];
  /** Workspace globs (package.json workspaces, pnpm-workspace.yaml, uv/poetry workspaces). */
  workspaces?: string[];
  /** Workspace files (Nx `project.json`, `nest-cli.json`...): the projects they make, each without a package.json of its own. */
  workspaceProjects?: WorkspaceProject[];
  /** A compiler's config (tsconfig.json): where its output goes and what it mirrors (src/knowledge/compilers.ts). */
  compiles?: CompilerConfig;
  /** A Bazel or Pants BUILD file: its binary targets and the targets that package one (src/knowledge/build-files.ts). */
  buildTargets?: BuildTarget[];
  /** Dockerfile: its RUN lines that build or run one target with a build system (`bazel build //api:server`). */
  buildRuns?: (Evidence & { command: string })[];
  /** package.json scripts, Procfile processes, compose commands, Pipfile scripts: name -> command. */
  scripts?: Record<string, string>;
  /** Scripts among `scripts` that the file does not hold but its package manager runs by default (`start`: `node server.js`). */
  defaultScripts?: readonly string[];
  /** Base images (Dockerfile FROM, compose image:), with their line. */
  images?: Evidence[];
  /** Runtimes a platform/serverless config or an image names (e.g. `nodejs20.x`, `python3.12`). */
  runtimes?: Evidence[];
  /** Replicas, autoscaling and similar scale-out settings found in compose/k8s/platform configs. */
  scaleOut?: Evidence[];
  /** Files this one includes (requirements `-r`/`-c`), root-relative. */
  includes?: { file: string; constraint: boolean }[];
  /** True for lockfiles (resolved versions). */
  lockfile?: boolean;
  /** package.json only: publishing fields. */
  package?: PackageShape;
  /** pyproject.toml `[build-system] build-backend`, or `setuptools` for setup.py/setup.cfg: a distribution. */
  buildBackend?: string;
  /**
   * The metadata field that writes a distribution's page on a package index (`classifiers`, project
   * `urls`, `long_description`): a distribution shaped to be published, not only built.
   */
  indexMetadata?: string;
  /**
   * Compose: folders a service is built from (`build:` contexts, root-relative), with the
   * service's command and the Dockerfile it names (`build.dockerfile`, root-relative).
   */
  buildContexts?: (Evidence & {
    path: string;
    command?: string;
    dockerfile?: string;
    workdir?: string;
    /** The service's bind mounts of the repository, laid over the image's files. */
    mounts?: BindMount[];
    /** Its command replaces the image's ENTRYPOINT too (a container descriptor's `entrypoint`), not only its CMD. */
    entrypoint?: true;
    /** Run as a worker by its platform (a Copilot Worker Service or Scheduled Job): that worker's name. */
    job?: string;
    /** The Dockerfile stage the build stops at (`build.target`): the image is that stage's, its command too. */
    target?: string;
  })[];
  /** Compose: images a service builds and names (`image:` beside `build:`), with the folder and Dockerfile. */
  /** (A workflow's: `pushed` where its step pushes the image to a registry.) */
  imageBuilds?: (Evidence & { image: string; context: string; dockerfile: string; pushed?: true })[];
  /**
   * Containers a deployment runs by image name (Kubernetes workloads, compose services of an image
   * they do not build): the image, and the entrypoint and command it sets where it sets them
   * (`''`: none, the image's own is dropped).
   */
  containers?: (Evidence & { image: string; entrypoint?: string; command?: string; job?: string })[];
  /**
   * Compose: services of a stock image (no `build:`) that run the repository's code bind-mounted
   * into it (`./src/worker.py:/app/service.py`), with their command and `working_dir`.
   */
  mountedRuns?: (Evidence & { command: string; workdir?: string; mounts: BindMount[] })[];
  /** A compose file's services as written (with what each inherits from a service of the same file): another file may extend one. */
  composeServices?: Record<string, Record<string, unknown>>;
  /** Its compose services that extend a service of another compose file (`extends: { file, service }`), read once every file is in. */
  externalExtends?: { service: string; line?: number; file: string; base: string; own: Record<string, unknown> }[];
  /** Dockerfile: where its COPY/ADD lines put the build context's files, and its working directory. */
  image?: ImageLayout;
  /** Dockerfile with no CMD or ENTRYPOINT: the base image whose own command (its `scripts.cmd`) serves the app copied in. */
  baseCommand?: string;
  /** A shell script's command lines (`line N` -> command): followed only when a deployment runs the script. */
  commandLines?: Record<string, string>;
  /**
   * Programs a host runs from the checked-out tree (systemd units, supervisor programs, and those a
   * script writes to where the host reads them): each `cd <dir> && <command>` in host paths, which
   * the deploy chain places in the tree.
   */
  hostRuns?: (Evidence & { command: string })[];
  /**
   * CI workflows run on a schedule (`on: schedule: cron`): each run step's command, in the folder it
   * runs in (its `working-directory`, the job's default, or the root). A scheduled job that runs a
   * long-polling process (a chat bot's `infinity_polling()`) keeps it serving between runs; a one-shot
   * script (a scrape, a build) runs and exits.
   */
  scheduledRuns?: (Evidence & { command: string; dir: string })[];
  /** Dockerfiles: RUN lines cloning a remote repository into the image (`git clone https://github.com/org/framework.git`). */
  clones?: Evidence[];
  /** Serverless and SAM configs: the functions they deploy (handler, runtime). */
  functions?: DeployedFunction[];
  /**
   * Scripts, workflows and Makefiles: folders a platform's command line builds into a container and
   * runs (`gcloud run deploy api --source ./api`), with the Dockerfile built and, for a job, the worker's name.
   */
  sourceDeploys?: (Evidence & { context: string; dockerfile: string; job?: string })[];
  /**
   * A function platform's project file (firebase.json): the folders, root-relative, it deploys its
   * functions from; a folder of the platform below it that it does not name is not deployed by it.
   */
  functionSources?: { platform: string; dirs: string[]; children?: true };
  /**
   * Platform files that name their start commands (nixpacks.toml, railway, render.yaml, fly.toml,
   * App Engine's app.yaml): each command, the process it starts and the folder it runs in.
   */
  processes?: (Evidence & { name: string; command: string; dir: string })[];
  /**
   * The project's own words (a README's opening, a manifest's `description`) calling it what no
   * deployment runs, a mock server: the record of knowledge/self-descriptions (`as`) and its line.
   */
  describedAs?: Evidence & { as: string };
}

/** A project a workspace file makes: its folder takes its dependencies from the workspace root's package.json. */
export interface WorkspaceProject {
  /** The project's name, as the workspace tool's commands name it (`nx serve api`). */
  name: string;
  /** Its folder, root-relative. */
  dir: string;
  /** `application` or `library`, as the file types it (`projectType`, Nest's `type`). */
  type: 'application' | 'library';
  /** The id of the workspace file's format (src/knowledge/workspace-files.ts). */
  format: string;
  /** The line naming the project, where the file gives one. */
  line?: number;
  /** A target that runs its built program with Node.js (`serve: @nx/js:node`): it starts the project. */
  serve?: string;
  /** The project a bare run of the tool starts (`nest start`): the Nest CLI's `root`. */
  default?: boolean;
}

/** A target of a BUILD file that runs a program or packages one. */
export interface BuildTarget {
  /** `dir:name`, root-relative (`.` for the root): how commands and other targets name it, resolved. */
  label: string;
  /** Its package folder, root-relative. */
  dir: string;
  rule: string;
  line: number;
  /** The build system's id (src/knowledge/build-files.ts). */
  system: string;
  /** A binary's: the backend that runs it. */
  backend?: Backend;
  /** The rule is the program's image too (`py3_image`). */
  imaged?: true;
  /** The targets it packages (an image's `binary`), resolved as `label`. */
  packages?: string[];
}

/** A compose bind mount of the repository: the host path (root-relative) and its absolute path in the container. */
export interface BindMount {
  source: string;
  target: string;
}

/** A Dockerfile's stages, each with the files it copies in, and the final working directory. */
export interface ImageLayout {
  /**
   * Each stage: its name, COPY/ADD lines, and the `WORKDIR`, `CMD` and `ENTRYPOINT` it ends with (those of
   * the stage it is built on where it sets none), so that a build stopping at a stage (compose `build.target`)
   * runs that stage's command from its folder.
   */
  stages: { name?: string; copies: ImageCopy[]; workdir?: string; commands?: Record<string, string> }[];
  /** The last stage's `WORKDIR`, absolute (`/` when none is set). */
  workdir: string;
}

/** One COPY/ADD line: its sources as written (relative to the build context, or to another stage's root) and its absolute destination. */
export interface ImageCopy {
  sources: string[];
  dest: string;
  /** `--from=`: the stage (name or index) or image the files come from, not the context. */
  from?: string;
  /** A bind mount's: the sources are root-relative paths of the repository, not of the build context. */
  mounted?: true;
  line: number;
}

/** A function a serverless or SAM/CloudFormation template deploys. */
export interface DeployedFunction extends Evidence {
  /** Its code folder (SAM `CodeUri`), root-relative, where the template names one. */
  dir?: string;
  /** `dir` is a path under the function's project (a vercel.json build's `src`): the project holding it deploys it. */
  inside?: boolean;
  /**
   * The same path read from the deploying file's own folder, where a script's path may start from either
   * (`hello/hello.js` in `fn/update.sh`): the folder deployed when the tree holds it and not `dir`.
   */
  besideFile?: string;
  /**
   * Its folder is that of a code file the command names (`wsk action update x hello/hello.js`): where the tree
   * holds no such folder (a misspelt path, a file made elsewhere) the deploy names no code of the repository.
   */
  fromCodeFile?: true;
  /** The backend its `Runtime` names, where it names one. */
  backend?: Backend;
  /** The runtime it names when that is neither Node.js nor Python (`go1.x`, `java17`): no service of ours. */
  otherRuntime?: string;
  /** The function platform's display name, where the file is a platform's (`Vercel Functions`). */
  platform?: string;
}

/** One imported module in one source file (first occurrence in that file). */
export interface ImportRef {
  /** Top-level package: `@nestjs/core` for `@nestjs/core/x`, `torch` for `torch.nn`, `fs` for `node:fs`. */
  module: string;
  ecosystem: Backend;
  file: string;
  line: number;
  /**
   * Python: the dotted modules below the top one that the file's imports of it name (`common.consumer` of
   * `from common.consumer import Worker`; `common.consumer` and `common.Worker` of `from common import consumer,
   * Worker`), so that the file a repository's own import loads can be found (see import-reach). Absent when none.
   */
  submodules?: string[];
}

/**
 * What a server in code serves when it is not requests: a service kind, or `stdio`, a client
 * that launches it as a tool (an MCP server's stdio transport), which makes no service.
 */
export type Serves = Exclude<ServiceKind, 'http'> | 'stdio';

/**
 * A fact read from a line of code: a server created or started, an app object, a spawned
 * process of the other language (see src/knowledge/code-patterns.ts).
 */
export interface CodeFact {
  /** Id of the pattern in CODE_PATTERNS. */
  pattern: string;
  kind: CodeFactKind;
  ecosystem: Backend;
  file: string;
  line: number;
  detail: string;
  /** Display name of the server this creates, for framework-less servers (`Node http`, `gRPC`). */
  server?: string;
  /** What that server serves when it is not requests: a worker's messages, a function platform's calls. */
  serves?: Serves;
  /** The line ends a consumer's wait after a set time: the file listens for seconds, then stops. */
  bounded?: true;
  /** The line keeps its process alive and is a worker's evidence only where a deployment file runs the file (a pattern's `deployedOnly`). */
  deployedOnly?: true;
  /** The fact holds only where the file's project depends on one of these packages (a pattern's `orProjectDepends`). */
  ifDepends?: readonly string[];
  /** The line boots a server framework as a broker's consumer (a NestJS microservice on Kafka): see ServerFacet's `consumerBoots`. */
  consumerBoot?: true;
  /** For spawns: the script it runs, root-relative, when the line names one. */
  target?: string;
  /** For handlers: the signal the handler's work raises (`realtime`), and its strength when it is the service's work. */
  signal?: string;
  ceiling?: number;
  /** For `build-host` lines: which part of hosting a build the line is. */
  hosts?: BuildHostPart;
}

/**
 * The parts of a server that hosts a frontend's build: it mounts the build's folder of static
 * files, sends the app's `index.html` for the paths the browser routes, and its only route is a
 * catch-all (`app.get('*', ...)`) sending that page.
 */
export type BuildHostPart = 'mount' | 'fallback' | 'catch-all';

/**
 * - `server`: creates a server without a framework (`http.createServer`, `grpc.server`);
 * - `start`: starts serving (`listen(`, `uvicorn.run(`, `web.run_app(`);
 * - `server-start`: both at once (`websockets.serve(`, `asyncio.start_server(`);
 * - `app-object`: a module-level ASGI/WSGI app (`app = FastAPI()`), an entry when an app server is a dependency;
 * - `spawn`: runs the other language's code (`spawn('python3', …)`, `subprocess.run(['node', …])`);
 * - `static-export`: a static export (Next.js `output: 'export'`, SvelteKit's adapter-static): no server at run time;
 * - `script`: a script of the other language named as a string (what a spawn in that file runs);
 * - `handler`: a handler written with a framework's own API for a kind of work (a WebSocket or
 *   server-sent-events handler): it raises the fact's `signal`;
 * - `route`: a route of any framework (`@app.get("/items")`, `router.post('/x', …)`): the
 *   service's handlers, of which the `handler` lines are a share;
 * - `browser`: the file runs in a browser, not on the server (a React client component's
 *   `'use client'`, a web worker's message handler): what it imports is the page's work;
 * - `build-host`: the file serves a frontend's build (a static folder mount, the single-page
 *   app's `index.html` fallback, its catch-all route): a server made of these hosts a frontend.
 */
export type CodeFactKind =
  | 'server'
  | 'start'
  | 'server-start'
  | 'app-object'
  | 'spawn'
  | 'static-export'
  | 'script'
  | 'handler'
  | 'route'
  | 'browser'
  | 'build-host';

/** A folder that holds a backend: server evidence and entry evidence. */
export interface ServiceFacts {
  /** Root-relative folder, `.` for the root. */
  path: string;
  current: Backend;
  kind: ServiceKind;
  /** Server framework display names, e.g. `Express`, `FastAPI`, `Node http`. */
  frameworks: string[];
  /** Manifests that belong to this service. */
  manifests: string[];
  /** Why this folder serves requests: frameworks, servers in code, serverless functions. */
  evidence: Evidence[];
  /** How it is started: a start script, code that listens, a Dockerfile, Procfile or compose entry. */
  entry: Evidence[];
  /** True when declared through config or a catalog descriptor rather than detected. */
  declared?: boolean;
  /** What the organisation declares about it: catalog entry and owner. */
  catalog?: ServiceCatalog;
}

/**
 * A service's name, owner, system and lifecycle from its Backstage descriptor, the owner
 * from CODEOWNERS when the descriptor gives none. Values as written.
 */
export interface ServiceCatalog {
  name?: string;
  /** A catalog owner ref (`team-payments`, `group:default/payments`) or CODEOWNERS owners, space-separated. */
  owner?: string;
  system?: string;
  lifecycle?: string;
  /** The descriptor entity and the CODEOWNERS rule these come from. */
  evidence: Evidence[];
}

/**
 * What identifies a service across stages: its folder, backend and kind. One folder can hold a
 * Node.js and a Python service, and a web process and the queue worker run from the same code
 * (`celery -A main worker` beside the API). Stages pair their results by this key, never by position.
 */
export function serviceKey(service: { path: string; current: string; kind: ServiceKind }): string {
  return `${service.current}:${service.kind}:${service.path}`;
}

/**
 * What sets a service apart from the others in its folder, in its name: `worker` for a worker (the
 * web process and its worker run from one folder), and the kind of a second kind of service in the
 * folder (one Express app deployed as a Vercel function and run by a Dockerfile's `node server.js`
 * is `api` and `api (http)`). The first kind in the report's order (function, then http) keeps the
 * bare folder, the one name the folder's services had before kinds were told apart, so that
 * histories and fleets keep following it.
 */
export function serviceQualifier(service: NamedService, beside: readonly NamedService[] = []): string | undefined {
  if (service.kind === 'worker') return 'worker';
  const first = firstKinds(beside).get(folderKey(service));
  return first !== undefined && service.kind !== undefined && service.kind !== first ? service.kind : undefined;
}

/** What a name is made of: the folder, its kind, and in a fleet the repository it is in. */
type NamedService = { path: string; kind?: ServiceKind | string; repository?: string };

const folderKey = (s: NamedService) => `${s.repository ?? ''}\0${s.path}`;

/** Which kind keeps a folder's bare name: a function first (the name it had before a server was found beside it), then http. */
const FIRST_KIND_ORDER: readonly string[] = ['function', 'http'];

/** The first kind (function, then http) of each folder's services, computed once per list (names are asked per row). */
const FIRST_KINDS = new WeakMap<readonly NamedService[], Map<string, string>>();
function firstKinds(services: readonly NamedService[]): Map<string, string> {
  let first = FIRST_KINDS.get(services);
  if (!first) {
    first = new Map();
    for (const s of services) {
      if (s.kind === undefined || s.kind === 'worker') continue;
      const known = first.get(folderKey(s));
      if (known === undefined || FIRST_KIND_ORDER.indexOf(s.kind) < FIRST_KIND_ORDER.indexOf(known))
        first.set(folderKey(s), s.kind);
    }
    FIRST_KINDS.set(services, first);
  }
  return first;
}

/**
 * A service's name in the report's lines, delta ids, history and fleet: its folder, with what sets it
 * apart from the folder's other services (serviceQualifier: `api (worker)`, `api (http)`). `beside`
 * is every service of the same report or repository; without it only a worker is told apart.
 */
export function serviceName(service: NamedService, beside?: readonly NamedService[]): string {
  const qualifier = serviceQualifier(service, beside);
  return qualifier ? `${service.path} (${qualifier})` : service.path;
}

/** Why a folder with some server evidence is not one of the repository's services. */
export type NotServiceReason =
  | 'tests'
  | 'examples'
  | 'demo'
  | 'playground'
  | 'docs'
  | 'benchmarks'
  | 'scripts'
  | 'mock'
  | 'fixtures'
  | 'library'
  | 'cli'
  | 'frontend'
  | 'static-export'
  | 'no-entry'
  | 'copy'
  | 'excluded';

export interface NotService {
  path: string;
  /** The backend its server evidence belongs to. */
  backend: Backend;
  reason: NotServiceReason;
  /** One sentence a reader can check. */
  why: string;
  evidence: Evidence[];
}

/**
 * A project: a folder with its own Node.js or Python manifests (a package, a Python project).
 * Code belongs to the nearest project of its language above it; code with none above it
 * belongs to the root (`.`) of its language.
 */
export interface Project {
  dir: string;
  backend: Backend;
  /** Package or distribution name, which other projects' dependencies use to name it. */
  name?: string;
  manifests: string[];
  /** Names of its direct runtime dependencies (to find the workspace projects it uses). */
  dependencies: string[];
}

export interface Facts {
  manifests: Manifest[];
  projects: Project[];
  imports: ImportRef[];
  /** Bytes per language, vendored/generated/data files left out. */
  languages: Record<string, number>;
  /** Source and notebook files per root-relative path with their language and size, for attribution to services. */
  sources: { path: string; language: string; size: number }[];
  services: ServiceFacts[];
  /** Folders with server evidence that are not services, each with its reason. */
  notServices: NotService[];
  /** Lines of code that create or start servers, or spawn the other language. */
  codeFacts: CodeFact[];
  warnings: Warning[];
}

/**
 * A compiler config's own settings, each path root-relative (resolved from the config that sets
 * it); what it inherits is read from the config it `extends`, once every config is in.
 */
export interface CompilerConfig {
  /** The compiler's record id (src/knowledge/compilers.ts). */
  compiler: string;
  outDir?: string;
  rootDir?: string;
  /** The configs it extends that are files of the tree, in the order written (a later one overrides an earlier). */
  extends?: string[];
  /** The folders its inputs are listed under (each `include` entry up to its first glob). */
  include?: string[];
  /** The folders its inputs are left out of (each `exclude` entry that is a plain folder). */
  exclude?: string[];
}

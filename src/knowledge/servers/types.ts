import type { Backend } from '../../model/common.js';
import type { CodePattern } from '../code-patterns.js';

/**
 * What a technology does for a folder that uses it:
 * - `http`: serves requests (a web framework, a server started without one);
 * - `worker`: serves messages from a queue or a stream (Celery, BullMQ, Kafka consumers);
 * - `function`: runs handlers on a function platform (Lambda, Vercel, Cloud Functions...);
 * - `app-server`: runs another framework's ASGI/WSGI app (uvicorn, gunicorn...);
 * - `dev-server`: serves a frontend's build, preview or dev mode, never a backend by itself;
 * - `fullstack`: a frontend framework that serves requests where the folder has server routes.
 */
export type ServerRole = 'http' | 'worker' | 'function' | 'app-server' | 'dev-server' | 'fullstack';

/** A line of code a technology is known by; the record gives the ecosystem and the server's name. */
export type ServerCodePattern = Omit<CodePattern, 'ecosystem' | 'server'>;

/** What a technology looks like in one ecosystem. Command and constructor entries are regular-expression source. */
export interface ServerFacet {
  /** Packages (npm name / PEP 503 name) that, among a folder's runtime dependencies, are its server evidence. */
  packages?: readonly string[];
  /** Module names as imported, where they differ from the packages. */
  imports?: readonly string[];
  /**
   * Import paths of the package that are its client (`hono/client`): code importing one calls a
   * server and runs none (a frontend typed by its API's routes), so the import is kept under its
   * own path, never read as the package.
   */
  clients?: readonly string[];
  /** Commands that start it (`celery\s+-A`, `next\s+start`), matched as words of a command line. */
  commands?: readonly string[];
  /**
   * How its command names the module of the app it runs, where not as a `module:object` word
   * (which names it for every command): the options whose value is the module (`-A` of `celery -A
   * proj worker`), or its first word after the command (`dramatiq tasks`). A deployment's command
   * is traced through the image to the folder that module comes from.
   */
  appArgument?: {
    options?: readonly string[];
    positional?: boolean;
    /** Options whose value is the folder the module is looked up from (`--chdir` of gunicorn). */
    dirOptions?: readonly string[];
    /**
     * The app is named by the import path of an object, dots all the way (`huey_consumer main.huey`):
     * its module is the path less its last name.
     */
    objectPath?: boolean;
    /**
     * Modules below a package the command names where it looks for the app (`celery -A proj` finds the app
     * in `proj/celery.py`, the layout Celery's Django guide gives): tried before the package's own file.
     */
    submodules?: readonly string[];
    /**
     * How the command finds its app when its line names none (`flask run` in a README): its program,
     * the environment variable that names the app, and the modules it tries in order.
     */
    discovery?: { program: string; env: string; defaults: readonly string[] };
  };
  /** Modules run as `python -m <module>` that start it. */
  modules?: readonly string[];
  /** Commands that only serve a frontend's build or run its dev mode (`vite preview`). */
  devCommands?: readonly string[];
  /** Commands that build a full-stack framework's server (`next build`). */
  buildCommands?: readonly string[];
  /**
   * Base images whose own command serves the app a Dockerfile copies in when it sets no CMD or ENTRYPOINT: the image
   * (regular-expression source), the command as the image runs it (alternatives joined by `||`, the image trying each
   * app module in turn) and the working directory it runs in when the Dockerfile sets none.
   */
  baseImages?: readonly { image: string; command: string; workdir: string }[];
  /**
   * Lines of code that show it serving or starting. A line with its own `serves: 'worker'` serves
   * messages in a record that serves requests: the outbound transport of a chat framework whose
   * transport the code chooses (Bolt's Socket Mode, a Telegram bot's polling beside its webhook).
   */
  code?: readonly ServerCodePattern[];
  /**
   * Lines that boot the framework as a consumer of a message broker, not as a server of requests
   * (a NestJS microservice on a Kafka, RabbitMQ, Redis, NATS or MQTT transport): a folder whose
   * code boots it only this way is a worker, though its packages are the framework's.
   */
  consumerBoots?: readonly ServerCodePattern[];
  /** Constructors of a module-level app object (`app = FastAPI()`): an entry with an app server. */
  appObjects?: readonly string[];
  /** What an extra of its package brings besides it (`fastapi[standard]` brings uvicorn): extra -> packages. */
  extras?: Readonly<Record<string, readonly string[]>>;
  /**
   * Lines that show it serving a client that launches it over stdio (an MCP server's stdio
   * transport): a tool, not a service, where nothing else in the folder serves.
   */
  stdio?: readonly ServerCodePattern[];
  /**
   * Infrastructure-as-code constructs that deploy one of the platform's functions from this
   * ecosystem's code (`new lambda.Function(...)` in a CDK stack): the function's code folder is a
   * service, the stack's folder is infrastructure.
   */
  constructs?: readonly FunctionConstruct[];
  /** Packages of infrastructure code (`aws-cdk-lib`): a folder depending on one deploys, it does not serve. */
  infrastructure?: readonly string[];
  /**
   * Its packages are build-time dependencies by design: its build bundles them into the server it
   * outputs (SvelteKit's template keeps `@sveltejs/kit` among the devDependencies), or it is the
   * platform's deploy tool installed in the package it deploys (`yandex-cloud-deploy-fn`), so a
   * devDependency on one is server evidence like a runtime one.
   */
  bundled?: boolean;
  /**
   * The subfolder of the app its commands serve, when they run at the app's root (RedwoodJS's
   * `rw serve` and `rw-server api`, run beside `redwood.toml`, start the `api` side): where such a
   * command runs, the folder it starts is this one below it, if that folder is a project.
   */
  servesFolder?: { folder: string; marker: string };
  /**
   * The framework's app file (Wasp's `main.wasp`), from which its CLI generates the server and runs
   * it: a file named one of `names` holding `marker` makes its folder a project of this ecosystem
   * depending on the record's first package and started by `start`, whether or not a project file
   * of its own (a package.json) sits beside it.
   */
  appFile?: { names: readonly string[]; marker: RegExp; start: string };
}

/** A construct that deploys a function, as written in a stack's code (its path a string literal; a computed one is left out). */
export interface FunctionConstruct {
  /** The class as called, without its module (`Function` of `lambda.Function`, `NodejsFunction`). */
  call: string;
  /**
   * The option naming the code: `code` with an asset call, or `entry`; `inline` when the function's
   * code is written in the program itself (Pulumi's `CallbackFunction`): the program's folder.
   */
  option: 'code' | 'entry' | 'inline';
  /**
   * With `inline`: the construct deploys code of the program only where one of its option lines
   * matches this (regular-expression source): an API's route with an `eventHandler` closure is a
   * function, a static or proxy route none, and a handler that is another construct's variable is
   * that construct's.
   */
  inlineWhen?: string;
  /** The entry, from the stack file's folder, when the call names none (Amplify's `./handler.ts`). */
  defaultEntry?: string;
  /** What `entry` names: the handler's file (its folder is the service) or the code folder. */
  entry?: 'file' | 'folder';
  /** The option's name where it is not `entry` (SageMaker's `source_dir`, Azure ML's `code`). */
  entryOption?: string;
  /** The backend it runs when no runtime option says (NodejsFunction: Node.js). */
  backend?: Backend;
  /**
   * The project file its bundler resolves the entry's packages from, the nearest one above the
   * entry (NodejsFunction's esbuild: `package.json`): that project is the service, unless it is the stack's own app.
   */
  bundledFrom?: string;
}

/** How a function platform's own deployment files name its functions' code and runtime. */
export interface FunctionDeployment {
  /** Template resource types of a function (SAM/CloudFormation): a YAML or JSON file holding one is a template, whatever its name. */
  resourceTypes?: readonly string[];
  /** Modules a stack's file imports (`aws-cdk-lib`, `aws_cdk`), by backend: only such a file's constructs are read. */
  stackImports?: Readonly<Record<Backend, readonly string[]>>;
  /** Calls, as written, that load a construct's code folder (`Code.fromAsset`, `Code.from_asset`). */
  assetCalls?: readonly string[];
  /**
   * How a construct's call is written: `new X(scope, id, {...})` (CDK, the default), `new X('name', {...})`
   * (Pulumi: its first argument is the resource's name), `x({...})` (a define function, no `new`), or
   * `X(option=...)` (a Python SDK's class taking keyword arguments).
   */
  constructArguments?: 'scope' | 'name' | 'options' | 'keywords';
  /** Plain paths start from the stack file's own folder (Amplify), not from the app file's. */
  pathsFromFile?: true;
  /** Runtime constants of a stack's code (`Runtime.PYTHON_3_12`), regular-expression source, by backend. */
  runtimes?: Readonly<Record<Backend, readonly string[]>>;
  /**
   * The app's file: with `functionFile`, a function-app layout (`host.json` beside one folder per
   * function holding its `function.json`); with constructs, the folder a stack's paths start from (`cdk.json`).
   */
  appFile?: string;
  functionFile?: string;
  /**
   * With constructs and no app file above the stack: its language's project files, the nearest folder
   * above the stack holding one being where the CLI runs (a package's `cdk deploy --app '...'` script)
   * and so where plain paths start.
   */
  projectFiles?: Readonly<Record<Backend, readonly string[]>>;
  /** Base images of a function container, regular-expression source, by backend: a Dockerfile built from one deploys a function. */
  images?: Readonly<Record<Backend, readonly string[]>>;
  /**
   * Images a function container copies an extension from (`COPY --from=<image> ... /opt/extensions/`),
   * regular-expression source: the extension runs the image's own web server as the platform's function
   * (the Lambda Web Adapter), so an image built on any base that copies one in deploys a function, its
   * backend the folder's code.
   */
  extensions?: readonly string[];
  /**
   * Command-line deploys in scripts and CI workflows (`gcloud functions deploy NAME --source DIR
   * --runtime python312`): the command (regular-expression source) and its options naming the
   * code folder and the runtime. A deploy with no source option is left out (its folder is the
   * one the command happens to run in). `sourceArgument`: the code is named by the command's
   * n-th word instead (`wsk action update NAME FILE`), a file whose folder is the code, and a
   * deploy without that word deploys no code of the tree (a sequence, an image).
   */
  cli?: readonly {
    command: string;
    sourceOption?: string;
    sourceArgument?: number;
    runtimeOption: string;
    nameOption?: string;
  }[];
  /**
   * Terraform's resources (or registry modules) that deploy one of its functions: the attributes
   * naming the code (an archive's path, an uploaded object, a source folder) and the runtime, each
   * as a path through nested blocks (`build_config.runtime`). How archives and uploads name their
   * folders is Terraform's own, in knowledge/terraform.ts.
   */
  terraform?: readonly TerraformFunction[];
  /**
   * The platform deploys only the functions the folder's code registers (Firebase deploys the
   * exports of its `functions` source): a folder that lists the package but whose code registers
   * none (the init template with its handler commented out) has nothing for it to run.
   */
  registersInCode?: boolean;
  /**
   * The platform's own stack file (OpenFaaS's `stack.yml`, under any YAML name): a document whose
   * `provider.name` is one of `providers`, listing `functions` that each name their code folder
   * (`folderKey`) and a language template (`languageKey`). A template matching one of `languages`
   * (regular-expression source, by backend) gives the backend; one of `anyLanguage` (`dockerfile`)
   * leaves it to the folder's code; any other (`go`, `csharp`) is another runtime.
   */
  stackFile?: {
    providers: readonly string[];
    folderKey: string;
    languageKey: string;
    languages: Readonly<Record<Backend, readonly string[]>>;
    anyLanguage: readonly string[];
  };
  /**
   * A layout the platform deploys by convention (uniCloud's `uniCloud-aliyun/cloudfunctions/<name>/index.js`):
   * a file whose root-relative path matches one of `paths` (regular-expression source) is a function's
   * entry, and its folder one function service of `backend`, with or without a project file of its own.
   */
  functionEntries?: { paths: readonly string[]; backend: Backend };
  /**
   * Handler strings in the platform's infrastructure code (SST): a file holding one of `markers` (its
   * module's import path, or globals used with no import) names each function by a string
   * `<file>.<export>` from the folder holding one of `appFiles`; files importing one of `imports` are
   * kept whole by scan (a `routes` map's lines hold no keyword). A string whose file (with one of `files`'
   * extensions, which give the backend) the tree holds is a deployed function; the nearest folder
   * above it holding one of `projectFiles` is its service, else the file's own folder. Lines holding
   * a `keywords` entry are the ones scan keeps past a file's imports.
   */
  handlerStrings?: {
    imports: readonly string[];
    markers: readonly string[];
    keywords: readonly string[];
    appFiles: readonly string[];
    files: Readonly<Record<Backend, readonly string[]>>;
    projectFiles: Readonly<Record<Backend, readonly string[]>>;
  };
  /**
   * The platform's app manifest (Architect's `app.arc`, `arc.json`): a file named one of `files`
   * that declares entries under one of `sections` (`@http` routes, `@events`...) deploys functions
   * built from its folder: that folder is one function service, its backend from the value under
   * `runtime` (section, key: `@aws runtime python3.12`), `defaultBackend` when none is given. A
   * manifest declaring none (tables only) deploys no function.
   */
  appManifest?: {
    files: readonly string[];
    sections: readonly string[];
    runtime: readonly [section: string, key: string];
    defaultBackend: Backend;
    /** Runtime names of its own besides the platform's (a plugin's `typescript`), by backend. */
    runtimeNames?: Readonly<Partial<Record<Backend, readonly string[]>>>;
  };
  /**
   * The platform's project file listing its functions (Tencent CloudBase's `cloudbaserc.json`,
   * DigitalOcean's `project.yml`, Serverless Devs' `s.yaml`): a JSON or YAML file named one of
   * `files`, each table reached by one of `entries` (a path of keys, `*` for every item of a list
   * or table) one function. Its code folder is `folder`'s parts joined, from the file's folder; its
   * runtime the first of `runtime` (key paths in its table) it holds: a Node.js or Python runtime
   * gives the backend, one matching `anyRuntime` (a custom container, regular-expression source)
   * leaves it to the folder's code, any other is another runtime. An entry naming no folder is left out.
   */
  functionList?: {
    /**
     * Its file names; none: a YAML or JSON file of any name holding `marker` (Azure ML's deployment
     * files, Kubeless's `Function` resources). A YAML file may hold several documents, each read.
     */
    files?: readonly string[];
    marker?: string;
    entries: readonly (readonly string[])[];
    /** Dotted key paths a function's table must hold (`code_configuration.scoring_script`). */
    requires?: readonly string[];
    folder: readonly FunctionFolderPart[];
    runtime: readonly (readonly string[])[];
    anyRuntime?: readonly string[];
    /** The backend of a function whose table names no runtime (a platform of one language). */
    backend?: Backend;
    /**
     * A top-level key that, where the file sets it, names whose objects the file holds: its value must
     * start with one of `prefixes` (`apiVersion: nuclio.io/v1`), else the file is another tool's under
     * the same name (a Kubeless or Crossplane `function.yaml`) and lists none of these functions.
     */
    owner?: { key: string; prefixes: readonly string[] };
  };
  /**
   * The project file that names the folders the platform deploys functions from (firebase.json's
   * `functions.source`, or `functions[].source` per codebase, `functions` when none is given).
   */
  sources?: {
    file: string;
    key: string;
    option: string;
    fallback: string;
    /** Each folder below a named one is a function's (WeChat's `cloudfunctionRoot`), not the named folder itself. */
    children?: true;
  };
}

/**
 * One part of a listed function's folder: a fixed folder name, the value of a top-level key of the
 * file (`functionRoot`, `fallback` when absent), or the first string of `keys` (dotted paths) in the
 * function's table (with `up`, in the table that many `*` levels above it: the package holding the function).
 */
export type FunctionFolderPart =
  | { literal: string }
  | { top: string; fallback: string }
  /** `file`: the value may name the function's code file (`function: actions/greet.js`), whose folder is the code. */
  | { keys: readonly string[]; up?: number; file?: true };

/** One Terraform resource type, or registry module, that deploys a function. */
export interface TerraformFunction {
  /** A `resource` block's type (`aws_lambda_function`), or a `module` block's registry `source`. */
  resource?: string;
  module?: string;
  /** Attributes naming its code, first present wins: a reference to an archive or upload, or a path. */
  code: readonly string[];
  /** The attribute naming its runtime (`runtime`, `build_config.runtime`). */
  runtime: string;
  /**
   * The attribute naming its handler as `<module>.<function>` (`main.lambda_handler`,
   * `src/index.handler`): when its code is a zip the tree does not hold, the one folder near the
   * configuration holding that module is the code. With `handlerFiles`, the module's file
   * extensions by backend.
   */
  handler?: { attribute: string; files: Readonly<Record<Backend, readonly string[]>> };
}

/** One server, worker, function platform, app server or dev server, with every facet of it. */
export interface ServerRecord {
  /** The record's file name under src/knowledge/servers/. */
  id: string;
  /** Display name, as listed among a service's frameworks. */
  name: string;
  role: ServerRole;
  node?: ServerFacet;
  python?: ServerFacet;
  /** `fullstack`: the paths (relative to the package folder) of server routes. */
  routes?: readonly RegExp[];
  /**
   * `worker`: Terraform resource types that create the queue, stream or subscription its consumers pull from
   * (`aws_sqs_queue`): a script that loops pulling from one, in a folder beside a configuration creating such a
   * resource (the same folder, its parent, or a sibling), is the consumer that infrastructure is made for, though
   * no deployment file names it.
   */
  queueResources?: readonly string[];
  /** Signals the technology raises by itself (Django's built-in security). */
  signals?: readonly string[];
  /** `function`: how the platform's deployment files (templates, stacks, app layouts, images) name functions. */
  deploys?: FunctionDeployment;
  /** `dev-server`: a framework of its own, named among a folder's servers though it makes no service alone. */
  named?: boolean;
  /**
   * `http`: it serves a local UI that a person starts on their own machine (`streamlit run app.py`):
   * a service only where a deployment file (Dockerfile, compose file, Procfile, platform file) runs
   * it; a README's or a tool's own run of it is that person's tool, not a backend the repository deploys.
   */
  localUi?: boolean;
  /**
   * `http`: it serves made-up data for a front end to be developed against (json-server's API from a
   * JSON file): a mock, and a service only where a deployment file (Dockerfile, compose file, Procfile,
   * platform file) runs it.
   */
  standIn?: boolean;
}

export type { Backend };

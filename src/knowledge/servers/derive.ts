import type { Backend } from '../../model/common.js';
import type { CodePattern } from '../code-patterns.js';
import type {
  FunctionConstruct,
  FunctionDeployment,
  ServerFacet,
  ServerRecord,
  ServerRole,
  TerraformFunction,
} from './types.js';
import { escape } from '../matchers.js';
import { NODE_LAUNCHERS, PACKAGE_SCRIPT_RUNNERS } from '../package-scripts.js';

/** The Python interpreter at a command's start, unbuffered or not (`python3 -u`). */
const PYTHON_RUN = String.raw`python[\d.]*\s+(?:-u\s+)?`;

/**
 * Programs that run a script or a module of the folder: they start a backend without naming a
 * technology (`node server.js`, `pm2 start`, `python app.py`). Regular-expression source.
 */
const LAUNCHERS: Readonly<Record<Backend, readonly string[]>> = {
  node: NODE_LAUNCHERS.map((l) => l.program),
  python: [],
};

/** The package managers that run a package's scripts (`npm start`), from their one table. */
const PACKAGE_MANAGERS = PACKAGE_SCRIPT_RUNNERS.map((r) => r.program);

/** Programs that run a backend's scripts or packages without starting anything themselves. */
const RUNNERS: Readonly<Record<Backend, readonly string[]>> = {
  node: ['npx', ...PACKAGE_MANAGERS],
  python: [String.raw`python[\d.]*`],
};

/** A command line up to a word that starts a program, and the end of that word. */
const COMMAND_START = String.raw`(?:^|[\s;&|(="'[,])`;
const COMMAND_END = String.raw`(?=\s|$|["',])`;

/** What the stages look up about servers, all of it derived from one list of records. */
export interface ServerKnowledge {
  readonly records: readonly ServerRecord[];
  /** The record whose package (npm name / PEP 503 name) this is. */
  ofPackage(ecosystem: Backend, name: string): ServerRecord | undefined;
  /** The record whose module this import names. */
  ofImport(ecosystem: Backend, module: string): ServerRecord | undefined;
  /** Commands that start a backend, by the backend they start. */
  entryCommands: readonly { backend: Backend; pattern: RegExp }[];
  /** Commands that start a queue or stream worker (`celery -A app worker`), by backend: a worker's entry. */
  workerCommands: readonly { backend: Backend; pattern: RegExp }[];
  /** Commands that only serve a frontend's build or run its dev mode, where no server record's start command is on the line. */
  staticServeCommand: RegExp;
  /** Builds of full-stack frameworks: with server routes, the build is the server. */
  fullstackBuildCommand: RegExp;
  /** Packages of app servers (Python): one among a web project's runtime dependencies is its entry. */
  appServers: readonly string[];
  /**
   * Commands of app servers (`uvicorn`, `gunicorn`, `python -m hypercorn`), each with its server's
   * name: one serving a module of the folder's own code serves an app, whatever framework made it.
   */
  appServerCommands: readonly { name: string; backend: Backend; pattern: RegExp }[];
  /** Packages of dev servers: a folder whose only servers are these is a frontend. */
  devServerPackages: readonly string[];
  /** Import paths that are a server package's client (`hono/client`), Node.js: imported under their own path. */
  clientImports: readonly string[];
  /** Code patterns of the records, the server's name on those that create one. */
  codePatterns: readonly CodePattern[];
  /** Constructors of module-level app objects (`FastAPI`, `falcon\.App`), regular-expression source. */
  appObjects: readonly string[];
  /** Packages the extras of a dependency bring besides it (`fastapi[standard]` -> uvicorn), from its record. */
  broughtBy(ecosystem: Backend, name: string, extras: readonly string[]): readonly string[];
  /**
   * Commands that name a backend's runtime in a deployment file (`gunicorn app:app`, `node
   * server.js`, `npm start`): the launchers, every record's start and worker commands, package runners.
   */
  runtimeCommands: readonly { backend: Backend; pattern: RegExp }[];
  /** How function platforms' deployment files name their functions. */
  functionDeployments: FunctionDeployments;
  /** Base images whose own command serves the app copied in (see ServerFacet.baseImages). */
  baseImages: readonly { pattern: RegExp; command: string; workdir: string; name: string }[];
  /** Commands that name their app's module by an option or their first word (see `appArgument`). */
  appArguments: readonly {
    pattern: RegExp;
    options: readonly string[];
    positional: boolean;
    dirOptions: readonly string[];
    objectPath: boolean;
    submodules: readonly string[];
  }[];
  /** How server commands find their app when the line names none (see `appArgument.discovery`), with the option that names it. */
  appDiscovery: readonly AppDiscovery[];
  /** Code patterns of workers whose queues Terraform creates, by pattern id: the resource types (see `queueResources`). */
  queueResources: ReadonlyMap<string, readonly string[]>;
  /** Programs that run a script file named after them (`node dist/server.js`, `python app.py`), by backend. */
  scriptLaunchers: readonly { backend: Backend; pattern: RegExp }[];
  /** A package manager running the package's own start script (`npm start`, `yarn run serve`): it starts the folder it runs in. */
  packageStarts: readonly { backend: Backend; pattern: RegExp }[];
  /** Commands that, run at an app's root (beside `marker`), serve a subfolder of it (see ServerFacet.servesFolder). */
  folderCommands: readonly { backend: Backend; pattern: RegExp; folder: string; marker: string }[];
  /** Names of the records that serve a local UI only (see ServerRecord.localUi). */
  localUis: ReadonlySet<string>;
  /** Names of the records that serve made-up data for a front end (see ServerRecord.standIn). */
  standIns: ReadonlySet<string>;
}

/** A server command's way to find its app by itself (`flask run`: FLASK_APP, else `app`, then `wsgi`). */
export interface AppDiscovery {
  program: string;
  /** The option that names the app on the command line (`--app`). */
  option: string;
  env: string;
  defaults: readonly string[];
}

/** The function platforms' deployment facts, each with the record it came from. */
export interface FunctionDeployments {
  /** Text holding a template's function resource type (`AWS::Serverless::Function`). */
  resourceType: RegExp;
  /** The function resource types themselves (`AWS::Lambda::Function`). */
  resourceTypes: readonly string[];
  /** Per platform and ecosystem of the stack's code: its constructs and how their options are read. */
  stacks: readonly StackConstructs[];
  /** Function-app layouts: the app's file beside the functions' folders, each with its function file. */
  appLayouts: readonly { record: ServerRecord; appFile: string; functionFile: string }[];
  /** Base images of function containers. */
  images: readonly { record: ServerRecord; backend: Backend; pattern: RegExp }[];
  /** Images function containers copy an extension from (the Lambda Web Adapter). */
  extensions: readonly { record: ServerRecord; pattern: RegExp }[];
  /** Packages of infrastructure code, by backend. */
  infrastructure: Readonly<Record<Backend, readonly string[]>>;
  /** Words a stack's lines hold past its imports, by backend: scan keeps those lines. */
  keywords: Readonly<Record<Backend, readonly string[]>>;
  /** Command-line deploys of a function from a folder (`gcloud functions deploy`), with the record they deploy to. */
  cli: readonly {
    record: ServerRecord;
    pattern: RegExp;
    sourceOption?: string;
    sourceArgument?: number;
    runtimeOption: string;
    nameOption?: string;
  }[];
  /** Terraform resources and modules that deploy a function, with the record they deploy to. */
  terraform: readonly (TerraformFunction & { record: ServerRecord })[];
  /** Platforms (by name) that deploy only the functions a folder's code registers. */
  registeredInCode: ReadonlySet<string>;
  /** Project files naming the folders a platform deploys functions from, with the record. */
  sources: readonly (NonNullable<FunctionDeployment['sources']> & { record: ServerRecord })[];
  /** Platforms' own stack files (see `stackFile`), their language templates compiled. */
  stackFiles: readonly StackFile[];
  /** Platforms whose infrastructure code names functions by handler strings (see `handlerStrings`), with the record. */
  handlerStrings: readonly (NonNullable<FunctionDeployment['handlerStrings']> & { record: ServerRecord })[];
  /** Function entries a platform deploys by its folders' layout (see `functionEntries`), compiled, with the record. */
  functionEntries: readonly { record: ServerRecord; backend: Backend; pattern: RegExp }[];
  /** Platforms' app manifests (see `appManifest`), with the record. */
  appManifests: readonly (NonNullable<FunctionDeployment['appManifest']> & { record: ServerRecord })[];
  /** Platforms' project files listing their functions (see `functionList`), their custom runtimes compiled, with the record. */
  functionLists: readonly FunctionList[];
}

export interface FunctionList extends Omit<NonNullable<FunctionDeployment['functionList']>, 'anyRuntime'> {
  record: ServerRecord;
  anyRuntime: readonly RegExp[];
}

export interface StackFile {
  record: ServerRecord;
  providers: readonly string[];
  folderKey: string;
  languageKey: string;
  languages: readonly { backend: Backend; pattern: RegExp }[];
  anyLanguage: readonly string[];
}

export interface StackConstructs {
  record: ServerRecord;
  ecosystem: Backend;
  /** Modules a stack's file imports: only such a file's constructs are read. */
  imports: readonly string[];
  /** The app's file: plain paths start from the nearest folder above the stack holding it (`cdk.json`). */
  appFile?: string;
  /** With no app file above the stack: the project files whose nearest folder plain paths start from. */
  projectFiles?: readonly string[];
  /** Plain paths start from the stack file's own folder. */
  pathsFromFile: boolean;
  /** A construct's call; group 1 is its name, a key of `constructs`. */
  call: RegExp;
  constructs: ReadonlyMap<string, FunctionConstruct>;
  /** The constructs deploying inline code only where an option line says so (`inlineWhen`), compiled. */
  inlineWhen: ReadonlyMap<string, RegExp>;
  /** An asset call (`Code.fromAsset(`): what follows it is the code folder's path. */
  asset: RegExp;
  /** An `entry` option: what follows it is the path. */
  entry: RegExp;
  /** A runtime: group 1 a constant's name (`NODEJS_20_X` of `Runtime.NODEJS_20_X`), group 2 a string (`'python3.12'`). */
  runtime: RegExp;
  runtimes: readonly { backend: Backend; pattern: RegExp }[];
}

/**
 * What follows a construct's `(`, by how the platform writes its calls: its scope (`this`, `self`, a
 * stack: `new Function('a', 'return a')` has none) or its resource's name (a string, or a name bound
 * to one), each here or on the next line; or an options object.
 */
const CONSTRUCT_ARGUMENTS: Readonly<Record<NonNullable<FunctionDeployment['constructArguments']>, string>> = {
  scope: String.raw`(?:\s*[\w$.]+\s*,|\s*$)`,
  name: String.raw`(?:\s*(?:[\w$.]+|f?"[^"\n]*"|f?'[^'\n]*'|\x60[^\x60\n]*\x60)\s*,|\s*$)`,
  options: String.raw`\s*(?:\{|$)`,
  // looked ahead only: the first keyword may be the one naming the code
  keywords: String.raw`(?=\s*(?:\w+\s*=|\*\*|$))`,
};

const ECOSYSTEMS: readonly Backend[] = ['node', 'python'];
/** Roles whose servers created in code are named among a service's frameworks (a full-stack framework's own server: Astro standalone). */
const NAMED_IN_CODE: readonly ServerRole[] = ['http', 'worker', 'function', 'fullstack'];

function facets(records: readonly ServerRecord[]): { record: ServerRecord; ecosystem: Backend; facet: ServerFacet }[] {
  return records.flatMap((record) =>
    ECOSYSTEMS.flatMap((ecosystem) => {
      const facet = record[ecosystem];
      return facet ? [{ record, ecosystem, facet }] : [];
    }),
  );
}

function anyOf(alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** Matches nothing: the pattern of an empty list. */
const NEVER = /(?!)/;

/** Derives every table that names a server from the records (the production list, or a test's). */
export function deriveServerKnowledge(records: readonly ServerRecord[]): ServerKnowledge {
  const all = facets(records);
  const byPackage: Record<Backend, Map<string, ServerRecord>> = { node: new Map(), python: new Map() };
  const byImport: Record<Backend, Map<string, ServerRecord>> = { node: new Map(), python: new Map() };
  for (const { record, ecosystem, facet } of all) {
    for (const p of facet.packages ?? []) byPackage[ecosystem].set(p, record);
    for (const i of facet.imports ?? facet.packages ?? []) byImport[ecosystem].set(i, record);
  }
  const of = (
    ecosystem: Backend,
    pick: (f: ServerFacet) => readonly string[] | undefined,
    which: (r: ServerRecord) => boolean = () => true,
  ) => all.filter((f) => f.ecosystem === ecosystem && which(f.record)).flatMap((f) => pick(f.facet) ?? []);
  const isWorker = (r: ServerRecord) => r.role === 'worker';
  const packagesOf = (role: ServerRole) =>
    all.filter((f) => f.record.role === role).flatMap((f) => f.facet.packages ?? []);

  const entryCommands = ECOSYSTEMS.map((backend) => {
    const servers = (r: ServerRecord) => !isWorker(r);
    const modules = of(backend, (f) => f.modules, servers);
    const scripts =
      backend === 'python'
        ? // `python app.py`, `python -m uvicorn`: the runtime with a script or a server's module
          [String.raw`${PYTHON_RUN}(?:-m\s+${anyOf(modules)}|[\w./-]+\.py)`]
        : [];
    const alternatives = [...LAUNCHERS[backend], ...of(backend, (f) => f.commands, servers), ...scripts];
    return { backend, pattern: new RegExp(`${COMMAND_START}${anyOf(alternatives)}${COMMAND_END}`) };
  });
  const workerCommands = ECOSYSTEMS.flatMap((backend) => {
    const modules = of(backend, (f) => f.modules, isWorker);
    const alternatives = [...of(backend, (f) => f.commands, isWorker), ...moduleRuns(modules)];
    return alternatives.length
      ? [{ backend, pattern: new RegExp(`${COMMAND_START}${anyOf(alternatives)}${COMMAND_END}`) }]
      : [];
  });
  const runtimeCommands = ECOSYSTEMS.map((backend) => {
    const alternatives = [...LAUNCHERS[backend], ...RUNNERS[backend], ...of(backend, (f) => f.commands)];
    return { backend, pattern: new RegExp(`${COMMAND_START}${anyOf(alternatives)}${COMMAND_END}`) };
  });
  const appArguments = all.flatMap(({ facet }) =>
    facet.appArgument && facet.commands?.length
      ? [
          {
            pattern: new RegExp(`${COMMAND_START}${anyOf(facet.commands)}${COMMAND_END}`),
            options: facet.appArgument.options ?? [],
            positional: facet.appArgument.positional ?? false,
            dirOptions: facet.appArgument.dirOptions ?? [],
            objectPath: facet.appArgument.objectPath ?? false,
            submodules: facet.appArgument.submodules ?? [],
          },
        ]
      : [],
  );
  const appDiscovery = all.flatMap(({ facet }) => {
    const discovery = facet.appArgument?.discovery;
    const option = facet.appArgument?.options?.[0];
    return discovery && option ? [{ ...discovery, option }] : [];
  });
  const scriptLaunchers = ECOSYSTEMS.map((backend) => ({
    backend,
    pattern: new RegExp(`^${anyOf(backend === 'python' ? RUNNERS.python : LAUNCHERS.node)}$`),
  }));
  const devCommands = all.flatMap((f) => f.facet.devCommands ?? []);
  const serverStarts = all.filter((f) => f.record.role !== 'dev-server').flatMap((f) => f.facet.commands ?? []);
  const buildCommands = all.flatMap((f) => f.facet.buildCommands ?? []);

  return {
    records,
    ofPackage: (ecosystem, name) => byPackage[ecosystem].get(name),
    ofImport: (ecosystem, module) => byImport[ecosystem].get(module),
    entryCommands,
    workerCommands,
    appArguments,
    appDiscovery,
    queueResources: new Map(
      all.flatMap(({ record, facet }) =>
        record.queueResources ? (facet.code ?? []).map((p) => [p.id, record.queueResources!] as const) : [],
      ),
    ),
    scriptLaunchers,
    folderCommands: all.flatMap(({ ecosystem, facet }) =>
      facet.servesFolder && facet.commands?.length
        ? [
            {
              backend: ecosystem,
              pattern: new RegExp(`${COMMAND_START}${anyOf(facet.commands)}${COMMAND_END}`),
              ...facet.servesFolder,
            },
          ]
        : [],
    ),
    localUis: new Set(records.filter((r) => r.localUi).map((r) => r.name)),
    standIns: new Set(records.filter((r) => r.standIn).map((r) => r.name)),
    packageStarts: [
      { backend: 'node', pattern: new RegExp(String.raw`^${anyOf(PACKAGE_MANAGERS)}\s+(?:start|run\s+[\w:-]+)\b`) },
    ],
    // a dev command's word as a server's subcommand (`panel serve app.py`, `bokeh serve`) is that server's start
    staticServeCommand: devCommands.length
      ? new RegExp(
          String.raw`^(?![\s\S]*${COMMAND_START}${anyOf(serverStarts)}${COMMAND_END})[\s\S]*?(?:^|[\s;&|("'[,])${anyOf(devCommands)}(?=\s|$)`,
        )
      : NEVER,
    fullstackBuildCommand: buildCommands.length
      ? new RegExp(String.raw`(?:^|[\s;&|("'[,])${anyOf(buildCommands)}${COMMAND_END}`)
      : NEVER,
    appServers: packagesOf('app-server'),
    appServerCommands: all
      .filter((f) => f.record.role === 'app-server' && (f.facet.commands?.length || f.facet.modules?.length))
      .map(({ record, ecosystem, facet }) => {
        const modules = facet.modules ?? [];
        const alternatives = [...(facet.commands ?? []), ...moduleRuns(modules)];
        return {
          name: record.name,
          backend: ecosystem,
          pattern: new RegExp(`${COMMAND_START}${anyOf(alternatives)}${COMMAND_END}`),
        };
      }),
    clientImports: of('node', (f) => f.clients),
    devServerPackages: packagesOf('dev-server'),
    codePatterns: all.flatMap(({ record, ecosystem, facet }) => [
      ...(facet.code ?? []).map((p): CodePattern => ({
        ...p,
        ecosystem,
        // a server created in code is named after the technology; a start is not a server of its own
        ...(NAMED_IN_CODE.includes(record.role) && (p.kind === 'server' || p.kind === 'server-start')
          ? { server: record.name }
          : {}),
        // a line may say it serves messages in a record that serves requests (a chat bot's polling transport)
        ...(p.serves ? {} : record.role === 'worker' || record.role === 'function' ? { serves: record.role } : {}),
      })),
      ...(facet.stdio ?? []).map((p): CodePattern => ({ ...p, ecosystem, server: record.name, serves: 'stdio' })),
      ...(facet.consumerBoots ?? []).map((p): CodePattern => ({
        ...p,
        ecosystem,
        server: record.name,
        serves: 'worker',
        consumerBoot: true,
      })),
    ]),
    appObjects: all.flatMap((f) => f.facet.appObjects ?? []),
    broughtBy: (ecosystem, name, extras) => {
      const brings = byPackage[ecosystem].get(name)?.[ecosystem]?.extras ?? {};
      return [...new Set(extras.flatMap((e) => brings[e] ?? []))];
    },
    runtimeCommands,
    functionDeployments: deriveFunctionDeployments(records),
    baseImages: all.flatMap((f) =>
      (f.facet.baseImages ?? []).map((b) => ({ ...b, pattern: new RegExp(b.image, 'i'), name: f.record.name })),
    ),
  };
}

function deriveFunctionDeployments(records: readonly ServerRecord[]): FunctionDeployments {
  const platforms = records.filter((r) => r.role === 'function');
  const resourceTypes = platforms.flatMap((r) => r.deploys?.resourceTypes ?? []);
  const stacks = facets(platforms).flatMap(({ record, ecosystem, facet }): StackConstructs[] => {
    const deploys = record.deploys;
    if (!facet.constructs?.length || !deploys) return [];
    const runtimes = ECOSYSTEMS.flatMap((backend) =>
      (deploys.runtimes?.[backend] ?? []).map((p) => ({ backend, pattern: new RegExp(`^${p}$`) })),
    );
    const style = deploys.constructArguments ?? 'scope';
    const keyword = ecosystem === 'node' && style !== 'options' ? String.raw`\bnew\s+` : String.raw`(?:^|[\s=(,])`;
    return [
      {
        record,
        ecosystem,
        imports: deploys.stackImports?.[ecosystem] ?? [],
        ...(deploys.appFile ? { appFile: deploys.appFile } : {}),
        ...(deploys.projectFiles ? { projectFiles: deploys.projectFiles[ecosystem] } : {}),
        pathsFromFile: deploys.pathsFromFile === true,
        call: new RegExp(
          `${keyword}(?:[\\w$]+\\.){0,2}(${facet.constructs.map((c) => escape(c.call)).join('|')})\\s*\\(${CONSTRUCT_ARGUMENTS[style]}`,
        ),
        constructs: new Map(facet.constructs.map((c) => [c.call, c])),
        inlineWhen: new Map(
          facet.constructs.flatMap((c) => (c.inlineWhen ? [[c.call, new RegExp(c.inlineWhen)]] : [])),
        ),
        asset: new RegExp(String.raw`\b${anyOf((deploys.assetCalls ?? []).map(escape))}\s*\(\s*`),
        entry: new RegExp(
          String.raw`\b${anyOf(entryOptions(facet.constructs))}\s*${ecosystem === 'node' ? ':' : '='}\s*`,
        ),
        runtime: /\bRuntime\.([A-Z]\w*)\b|\bruntime\s*[:=]\s*["']([\w.-]+)["']/,
        runtimes,
      },
    ];
  });
  const appLayouts = platforms.flatMap((record) =>
    record.deploys?.appFile && record.deploys.functionFile
      ? [{ record, appFile: record.deploys.appFile, functionFile: record.deploys.functionFile }]
      : [],
  );
  const images = platforms.flatMap((record) =>
    ECOSYSTEMS.flatMap((backend) =>
      (record.deploys?.images?.[backend] ?? []).map((p) => ({ record, backend, pattern: new RegExp(p, 'i') })),
    ),
  );
  const extensions = platforms.flatMap((record) =>
    (record.deploys?.extensions ?? []).map((p) => ({ record, pattern: new RegExp(p, 'i') })),
  );
  const infrastructure = Object.fromEntries(
    ECOSYSTEMS.map((b) => [
      b,
      facets(records).flatMap((f) => (f.ecosystem === b ? (f.facet.infrastructure ?? []) : [])),
    ]),
  ) as Record<Backend, string[]>;
  const keywords = Object.fromEntries(
    ECOSYSTEMS.map((b) => {
      const mine = stacks.filter((s) => s.ecosystem === b);
      const words = mine.flatMap((s) => [
        ...[...s.constructs.keys()].map((c) => `${c}(`),
        ...(s.record.deploys?.assetCalls ?? []),
        'Runtime.',
        // the options as a stack writes them (`entry: ...`, `entry=...`): a bare `entry` keeps every Sentry line; an
        // option of another name (`code=`, `source_dir=`) is read in the files scan keeps whole for importing the
        // stack's modules: as a keyword `code=` would keep every `status_code=` line
        ...(b === 'node' ? ['entry:', 'runtime:'] : ['entry=', 'entry =', 'runtime=', 'runtime =']),
      ]);
      // handler strings are written in JavaScript or TypeScript infrastructure code (SST)
      if (b === 'node')
        for (const h of platforms.flatMap((r) => (r.deploys?.handlerStrings ? [r.deploys.handlerStrings] : [])))
          words.push(...h.keywords);
      return [b, [...new Set(words)]];
    }),
  ) as Record<Backend, string[]>;
  return {
    resourceType: resourceTypes.length ? new RegExp(anyOf(resourceTypes.map(escape))) : NEVER,
    resourceTypes,
    stacks,
    appLayouts,
    images,
    extensions,
    infrastructure,
    keywords,
    cli: platforms.flatMap((record) =>
      (record.deploys?.cli ?? []).map((c) => ({
        record,
        pattern: new RegExp(String.raw`(?:^|[\s;&|(])${c.command}\s`),
        ...(c.sourceOption ? { sourceOption: c.sourceOption } : {}),
        ...(c.sourceArgument ? { sourceArgument: c.sourceArgument } : {}),
        runtimeOption: c.runtimeOption,
        ...(c.nameOption ? { nameOption: c.nameOption } : {}),
      })),
    ),
    terraform: platforms.flatMap((record) => (record.deploys?.terraform ?? []).map((t) => ({ ...t, record }))),
    registeredInCode: new Set(platforms.filter((r) => r.deploys?.registersInCode).map((r) => r.name)),
    sources: platforms.flatMap((record) => (record.deploys?.sources ? [{ ...record.deploys.sources, record }] : [])),
    handlerStrings: platforms.flatMap((record) =>
      record.deploys?.handlerStrings ? [{ ...record.deploys.handlerStrings, record }] : [],
    ),
    functionEntries: platforms.flatMap((record) => {
      const entries = record.deploys?.functionEntries;
      return entries ? entries.paths.map((p) => ({ record, backend: entries.backend, pattern: new RegExp(p) })) : [];
    }),
    appManifests: platforms.flatMap((record) =>
      record.deploys?.appManifest ? [{ ...record.deploys.appManifest, record }] : [],
    ),
    functionLists: platforms.flatMap((record): FunctionList[] => {
      const list = record.deploys?.functionList;
      return list ? [{ ...list, record, anyRuntime: (list.anyRuntime ?? []).map((p) => new RegExp(p, 'i')) }] : [];
    }),
    stackFiles: platforms.flatMap((record): StackFile[] => {
      const stack = record.deploys?.stackFile;
      if (!stack) return [];
      const languages = ECOSYSTEMS.flatMap((backend) =>
        stack.languages[backend].map((p) => ({ backend, pattern: new RegExp(`^(?:${p})$`, 'i') })),
      );
      return [{ record, ...stack, languages }];
    }),
  };
}

/** The options naming constructs' entries (`entry`, SageMaker's `source_dir`), each once. */
function entryOptions(constructs: readonly FunctionConstruct[]): string[] {
  return [...new Set(constructs.map((c) => c.entryOption ?? 'entry'))];
}

/** Python running one of these modules (`python -m celery`, `python3 -u -m uvicorn`), regular-expression source; none for no module. */
function moduleRuns(modules: readonly string[]): string[] {
  return modules.length ? [String.raw`${PYTHON_RUN}-m\s+${anyOf(modules)}`] : [];
}

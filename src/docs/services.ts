import { CODE_PATTERNS } from '../knowledge/code-patterns.js';
import { DEFAULT_SCRIPTS, DEV_RUNNERS } from '../knowledge/package-scripts.js';
import { SERVER_KNOWLEDGE, SERVERS } from '../knowledge/servers/index.js';
import {
  DOCS_SITE_PACKAGES,
  NON_RUNTIME_FOLDERS,
  TEST_DOUBLE_WORDS,
  NON_SERVICE_PACKAGE_NAMES,
  TEMPLATE_SEGMENT,
  TEST_FILE,
  DEV_SERVER_FILE,
  PRACTICE_FOLDERS,
  PRACTICE_STEP_FOLDER,
  DEPLOYABLE_FOLDER_ROLES,
  SELF_DEPLOYING_FOLDERS,
  COLLECTION_MIN,
  SYSTEM_MEMBERS,
  NODE_ENTRY_SCRIPT_NAMES,
  DEMO_FOLDER_WORDS,
  PUBLISHED_LIBRARY_HOMES,
  ADAPTER_WORDS,
} from '../knowledge/service-roles.js';
import { ONE_OFF_COMMANDS } from '../knowledge/one-off-commands.js';
import { CLI_FRAMEWORKS } from '../knowledge/cli-frameworks.js';
import { README_OPENING_LINES, SELF_DESCRIPTIONS } from '../knowledge/self-descriptions.js';
import { PLATFORM_START_FILES } from '../knowledge/platform-starts.js';
import { PROCESS_SUPERVISORS } from '../knowledge/process-supervisors.js';
import { WORKSPACE_FILE_FORMATS } from '../knowledge/workspace-files.js';
import { BUILD_SYSTEMS, type BuildSystem } from '../knowledge/build-files.js';
import type { StackConstructs } from '../knowledge/servers/derive.js';
import type { FunctionFolderPart } from '../knowledge/servers/types.js';

const code = (items: readonly string[]) => items.map((i) => `\`${i}\``).join(', ');

/** The full-stack frameworks whose package counts as server evidence from the devDependencies. */
const bundledFrameworks = () =>
  SERVERS.filter((r) => r.node?.bundled)
    .map((r) => r.name)
    .join(', ');

/** The "What is a service" part of docs/criteria.md, from the knowledge tables that decide it. */
export function renderServicesDoc(): string[] {
  const patterns = (kinds: readonly string[]) =>
    CODE_PATTERNS.filter((p) => kinds.includes(p.kind)).map(
      (p) =>
        `| ${p.ecosystem} | ${p.kind}${p.serves === 'stdio' ? ' (stdio: a tool)' : ''} | ${p.detail} | \`${p.pattern.source.replace(/\|/g, '\\|')}\` |`,
    );
  return [
    '## What is a service',
    '',
    'A service is a folder the project deploys that serves requests or messages. It needs both:',
    '',
    '- **server evidence**: a server framework among the folder’s own runtime dependencies (never a',
    '  lockfile’s resolved or transitive packages, never a dev dependency but that of a full-stack',
    `  framework whose build bundles it into the server it outputs: ${bundledFrameworks()}) or imported`,
    '  by its runtime code; a server started without a framework (the code patterns below); or serverless functions',
    '  (`serverless.yml`, SAM/CloudFormation `AWS::Serverless::Function`), whose runtime gives the backend;',
    '- **entry evidence**: a start script or process command that runs it (`node`, `tsx`, `nest start`,',
    '  `next start`, `pm2`; `uvicorn`, `gunicorn`, `flask run`, `manage.py runserver`, `python app.py`…),',
    '  code that starts it (below), a deployment file (Dockerfile `CMD`/`ENTRYPOINT`, a compose service',
    '  built from the folder, Procfile, platform files; an image built from the folder and run by its name:',
    '  a Kubernetes workload, a compose service of that image or a written `docker run`, with the command',
    '  it sets), a serverless handler, the build of a full-stack',
    `  framework with server routes, or an app server among a Python web project's runtime dependencies (${code(SERVER_KNOWLEDGE.appServers)}),`,
    '  also one an extra of a framework brings, as the framework’s record says (`fastapi[standard]` brings',
    '  uvicorn); and a package’s own command run by a deployment file or start script (a Python',
    '  distribution’s console script, the `bin` of an unpublished npm package), which starts that package’s folder.',
    '  A package.json script or a Procfile line that runs a shell script of the tree (`./bin/dev.sh`,',
    '  `sh scripts/start.sh`, `bin/start-web`) starts what the script’s lines start (and the scripts it runs in',
    '  turn), in the folder its `cd` lines reach; the script is read, never run.',
    `  A package manager’s default script counts as written: ${DEFAULT_SCRIPTS.map((d) => `${d.by} runs \`${d.command}\` when the package holds \`${d.file}\` and no \`${d.script}\` script`).join('; ')}.`,
    '',
    'An app server’s command on a module of a project’s own code (`uvicorn pkg.main:app`, `gunicorn',
    'proj.wsgi`, whose default object is `application`, `hypercorn`, `granian`), in a Dockerfile, compose',
    'service, Procfile or script, is server evidence by itself: the module holds an app, whatever framework',
    'made it (the service names the app server where no framework is known). A compose service inherits',
    'the build, command, working directory and mounts of the service it `extends`, in the same file or another',
    'compose file of the tree (a `build` read from the file that wrote it).',
    '',
    'A lone `main` in package.json (`npm init` writes one into every package) does not make a package a',
    'library when it names the file of its own code that starts its server. A NestJS application whose',
    'code boots it only as a microservice on a message broker’s transport (Kafka, RabbitMQ, Redis, NATS,',
    'MQTT: its record’s `consumerBoots`) is a `worker`; one on TCP or gRPC answers requests.',
    '',
    'A folder whose only server answers a client over stdio (an MCP server’s stdio transport) is a tool',
    'that client launches: it is listed under `notServices` with the reason `cli`.',
    `So is a local UI a person starts on their own machine (${code(SERVER_KNOWLEDGE.records.filter((r) => r.localUi).map((r) => r.name))}: a distribution’s console script, a README line), where no Dockerfile, compose file, Procfile or platform file runs it; a deployment file running it makes it a service.`,
    `A full-stack framework whose CLI runs at the app’s root and serves one side of it (${SERVER_KNOWLEDGE.records
      .filter((r) => r.node?.servesFolder)
      .map(
        (r) =>
          `${r.name}: beside \`${r.node!.servesFolder!.marker}\`, its commands start \`${r.node!.servesFolder!.folder}/\``,
      )
      .join('; ')}) starts that folder where it is a project.`,
    '',
    'Each service has a `kind`, from its server evidence: `function` when a function platform runs it',
    '(its platform runs even a web framework’s app as functions), else `http` when it serves requests,',
    'else `worker` when it serves messages from a queue or a stream (a worker record below, run by a',
    'start command, a deployment file or code that starts it). A worker gets a verdict like any service.',
    '',
    'A folder that serves requests and whose worker a command starts from that same folder (a compose',
    'service built from it running `celery -A main worker`, a Procfile `worker:` line, a start script, a',
    'Dockerfile) holds two services: the web process and the worker, each with its own evidence, entry',
    'and verdict on the folder’s code. Path, backend and kind identify a service; lines, delta ids and',
    'history name the worker `path (worker)`. A worker package that nothing starts (a Django app listing',
    'Celery, its tasks run in the request) stays part of the web service. Waivers, expected backends and',
    'catalog rules address a folder, and so every service in it.',
    '',
    'Code belongs to the folder of the nearest manifest of its language above it; code with none above',
    'it, to the nearest folder above it whose code starts a server (`server/main.py` → `server`). A',
    'Python project that starts nothing itself (no code of its own folder starts a server; no Dockerfile,',
    'compose service, Procfile, platform file or start command runs it; not a distribution) is served',
    'from the folders of scripts under it whose code starts a server (no `__init__.py`, not named after',
    'the project): `apps/core/main.py` calling `uvicorn.run` under a root `requirements.txt` makes',
    '`apps/core` the service, not the root. Node.js code under no `package.json` belongs to the folder',
    'whose entry script (`server.js`, `index.js`...) sits at its top, when a server or consumer is in',
    'another file under it: the script is that folder’s entry.',
    '',
    'Deployment files are followed to the code they run. A platform file that names its start commands',
    `(${PLATFORM_START_FILES.map((p) => p.platform)
      .filter((p, i, all) => all.indexOf(p) === i)
      .join(
        ', ',
      )}: \`nixpacks.toml\`, \`railway.json\`, \`render.yaml\` with \`rootDir\`, \`fly.toml\` \`[processes]\`,`,
    '`app.yaml` `entrypoint`) starts what each command runs, in its folder, as a Procfile line does. A',
    'package manager running one of the folder’s scripts (`npm run worker`, `yarn worker`) runs that',
    `script’s command. An image running a process supervisor (${PROCESS_SUPERVISORS.map((p) => `\`${p.programs.join('`, `')}\``).join(', ')}) starts`,
    'the programs of its config (`[program:x] command=`, s6 `services.d/*/run`). A command running a',
    'file or module of the folder’s own code (`python worker.py`, `python -m jobs.consume`, `node',
    'consumer.js`) starts that folder, as a worker when the file only consumes messages; with no',
    'manifest of its own (the image installs the packages) the folder is the one the command runs in.',
    'Django’s WSGI/ASGI module runs from the folder of `manage.py`, which is the service. A file a',
    'deployment runs is runtime code even under `scripts/`. A shell script or CI workflow that deploys',
    'a function from the command line (`gcloud functions deploy NAME --source DIR --runtime python312`,',
    'as each function platform’s record says) deploys the function in `DIR`, read from the repository root;',
    'one naming no `--source` deploys the folder the command runs in: the script’s own folder, or the one',
    'its literal `cd` lines lead to (a `cd` to a variable’s folder is not followed). A script’s `cd` lines',
    'lead its `docker build` lines too; from a script in a subfolder a build context is read from the root',
    'where only that reading names an existing Dockerfile (`./scripts/build.sh` run from the root).',
    '',
    'Run commands written down for people start a folder as a start script does: a README’s code (fenced',
    'blocks, literal blocks, inline code spans, never its prose, with its `cd` lines and `shop/` folder',
    'spans deciding the folder) and a Makefile’s or justfile’s target recipes (`make run` followed into',
    'its target, variables expanded). Such a command counts only where it runs a file of the folder’s',
    `own code (\`uvicorn main:app\` beside \`main.py\`, \`FLASK_APP=server.py flask run\`, a bare \`flask run\``,
    `beside ${SERVER_KNOWLEDGE.appDiscovery.flatMap((d) => d.defaults.map((m) => `\`${m}.py\``)).join(' or ')}), outside examples, tests and docs: a library’s README`,
    'showing how its users run their app starts nothing, nor does a consumer that waits for messages a set',
    'time and stops (Pub/Sub’s `future.result(timeout=…)` sample, beside the Terraform that makes its',
    'subscription): a demo run by hand, listed as `no-entry` with why. A program that serves only under one of its',
    'commands (Django’s `manage.py`) starts its folder when it is the repository’s only one; where the',
    'repository holds several (a course’s steps), each is a service only where a deployment file, script,',
    'README or Makefile runs it with a serving command (`runserver`, not `migrate`), else `playground`.',
    'So is a project of such a program that nothing runs (no deployment file, script or README) and that holds a server',
    'started by hand in a file of its own (a `websockets.serve` or `asyncio.start_server` experiment beside its settings):',
    'the project and the experiment are both `playground`; a file serving the project itself (waitress on its WSGI app) is its runner.',
    'A course’s numbered lessons are `playground` too: folders numbered as steps side by side (`7_flask_bp/`,',
    '`8_flask_errors/`), or a folder started mostly by numbered scripts (`1_flask_use.py`, `2_flask_route.py`),',
    'that only their own code starts; where something runs one step of the series, it is a project’s.',
    `Collections, numbered or not: a folder holding serving candidates in ${COLLECTION_MIN} or more of its subfolders`,
    '(a book’s chapters, a course’s projects, a set of snippets or exercises, with or without a manifest each), no',
    'more than half of them run by a Dockerfile, compose file, Procfile or platform file. Each member is',
    '`playground` even where its own start script or a README runs it: the accuracy bench’s collection rule',
    '(bench/accuracy/README.md, “How the truth was written”) wants a deployment file, and the bench is the truth',
    'the project measures against, so it wins over the brief’s “a start script is entry evidence” inside a',
    'collection. A member a deployment file runs stays a service; a Django project a README runs follows the',
    'Django rule above. Siblings are one system’s services, not a collection, when one of them forwards',
    `requests to the others (${code(SYSTEM_MEMBERS.gatewayPackages)}) or most are named as services`,
    `(\`${SYSTEM_MEMBERS.serviceFolder.source}\`), or the folder holding them is named for a system’s parts (${code(SYSTEM_MEMBERS.systemFolders)}); fewer than ${COLLECTION_MIN} (a few services that start themselves, no Dockerfile) are never one.`,
    `With ${COLLECTION_MIN} or more numbered steps side by side, this rule decides over the numbered one’s “a series where`,
    'one step is run is a project’s”: only the steps a deployment file runs are services.',
    '',
    'A folder with server evidence and no entry evidence is a candidate, listed under `notServices`',
    'with the reason `no-entry`, as is one whose frameworks only its manifest lists: none of the code',
    'it owns imports one or starts a server, and no deployment file or start script runs it (a',
    'benchmark’s `requirements.txt` beside its load scenario). One that no deployment runs and that',
    'repeats another folder file for file (the same server evidence too) is listed as a `copy`.',
    'Folders declared in the config’s `services` are services whatever the evidence; folders in',
    '`exclude-services` never are.',
    '',
    '### Servers, workers, function platforms, app servers and dev servers',
    '',
    'One record per technology in `src/knowledge/servers/`; every list on this page is derived from them.',
    '',
    '| Technology | Ecosystem | Role | Packages |',
    '| --- | --- | --- | --- |',
    ...SERVERS.flatMap((r) =>
      (['node', 'python'] as const).flatMap((ecosystem) => {
        const facet = r[ecosystem];
        if (!facet) return [];
        const role = `${r.role}${r.routes ? ' (needs server routes)' : ''}`;
        return [`| ${r.name} | ${ecosystem} | ${role} | ${code(facet.packages ?? []) || '(code only)'} |`];
      }),
    ),
    '',
    '### Functions their deployment files name',
    '',
    'A function is a service at its code folder, whatever framework it uses (or none), its backend from the runtime it names; a function of another runtime (Go, Java, .NET...) is none of ours.',
    '',
    '| Platform | Deployment | Service |',
    '| --- | --- | --- |',
    ...functionDeploymentRows(),
    '',
    '### Workspace projects without a package.json',
    '',
    'A project of an Nx or Nest CLI workspace is a folder of its own whose dependencies are the workspace root’s',
    'package.json, narrowed to what the project’s code imports (a full-stack framework there counts with its routes in',
    'the project’s folder); the root itself is then no project. An application project starts by a target that runs its',
    'build with Node.js, or by a start script or deployment command running it with the workspace tool; a library',
    'project is no service (reason `library`). A project with a package.json of its own is that package.',
    '',
    '| Tool | Files | Node.js targets | Commands that run a project |',
    '| --- | --- | --- | --- |',
    ...WORKSPACE_FILE_FORMATS.map((f) => {
      const cell = (r: RegExp) => `\`${r.source.replace(/\|/g, '\\|')}\``;
      const files = `${f.names.map(cell).join(', ')}${f.requires ? ` (with \`${f.requires}: true\`)` : ''}`;
      return `| ${f.tool} | ${files} | ${f.nodeExecutors ? cell(f.nodeExecutors) : '-'} | ${f.runCommands.map(cell).join(', ')} |`;
    }),
    '',
    'A binary target of a Bazel or Pants BUILD file is a folder of its own in the same way, lent the nearest project above',
    'it (the workspace’s requirements.txt or package.json), when something runs it: an image target packaging it, a',
    'Dockerfile building it into its image, or a start script or deployment command running the tool on it. A binary',
    'nothing runs is a tool of the repository; a library target is never a service.',
    '',
    '| Tool | Files | Binaries | Packaged by | Commands that build or run a target |',
    '| --- | --- | --- | --- | --- |',
    ...BUILD_SYSTEMS.map((b) => {
      const code = (words: readonly string[]) => words.map((w) => `\`${w}\``).join(', ');
      const rules = (by: BuildSystem['binaries']) =>
        Object.entries(by).map(([backend, names]) => `${code(names)} (${backend})`);
      const binaries = [...rules(b.binaries), ...rules(b.imagedBinaries).map((r) => `${r}, its image too`)];
      const packaged = b.packagedBy.map(
        (p) => `\`${p.attribute}\` of ${p.rules === '*' ? 'any target' : code(p.rules)}`,
      );
      const commands = b.commands.map((c) => `\`${c.replace(/\|/g, '\\|')}\``);
      return `| ${b.tool} | ${code(b.names.map((n) => n.source))} | ${binaries.join('; ')} | ${packaged.join('; ')} | ${commands.join(', ')} |`;
    }),
    '',
    '### Code that serves or starts a server',
    '',
    'Read from each runtime source file, comments left out; no code is ever run.',
    '',
    '| Ecosystem | Kind | What it shows | Line pattern |',
    '| --- | --- | --- | --- |',
    ...patterns(['server', 'server-start', 'start', 'app-object', 'static-export']),
    '',
    '### Not services, and code that is nobody’s evidence',
    '',
    'These folders (any segment of the path) hold no service, and their code and manifests are',
    'evidence for no service, nor for the repository’s own scores:',
    '',
    '| Reason | Folders |',
    '| --- | --- |',
    ...Object.entries(NON_RUNTIME_FOLDERS).map(([reason, folders]) => `| ${reason} | ${code(folders)} |`),
    '',
    `A deployment file outside them outranks the names ${code([...DEPLOYABLE_FOLDER_ROLES])}: an example or demo that a compose file, Procfile, platform file or image of the project runs is a service.`,
    `So does a deployment file of its own inside ${code(SELF_DEPLOYING_FOLDERS)} (a Dockerfile, compose file, Procfile, platform or function file), unless the example tries the repository’s own package: it depends on a package another folder of the repository defines, or takes one from the tree by a path (\`file:../..\`, \`workspace:*\`); a framework’s, SDK’s or library’s examples keep their Dockerfile for trying it. Templates, starters and cookbooks never deploy themselves.`,
    `A folder named by a template placeholder (matching \`${TEMPLATE_SEGMENT.source}\`, such as \`{{cookiecutter.project_slug}}\`) is a template a generator fills in: examples.`,
    `A folder with a test double's word among the words of its name (${code(TEST_DOUBLE_WORDS)}: \`dummy-target\`, \`mock-backend\`) is a stand-in app a tool or its tests run against: mock.`,
    `A folder whose own words say what it is, in its README's opening (the first ${README_OPENING_LINES} lines of prose and headings, before the first code block; a link's text names another project) or its manifest's \`description\`, is no service when no deployment file or image runs it: ${SELF_DESCRIPTIONS.map((d) => `${d.says} (reason \`${d.reason}\`: \`${d.pattern.source}\`)`).join('; ')}. The words stand together (\`Fake News API\` names what a service does), and a README further down may mention its front end's mock server or warn against deploying a development server: only the opening is read.`,
    '',
    `Test files anywhere match \`${TEST_FILE.source}\`. Packages named like ${NON_SERVICE_PACKAGE_NAMES.map((r) => `\`${r.pattern.source}\` (${r.reason})`).join(', ')} are not services. A name never makes a package an example or a demo (\`shop_example\`, \`chat-demo\` are what they show): its folder does.`,
    `A package depending on ${code(DOCS_SITE_PACKAGES)} is a documentation site. One whose only servers are ${code(SERVER_KNOWLEDGE.devServerPackages)} is a frontend (its build or preview server), even when it listens.`,
    'A full-stack framework with no server routes in its folder (a React Router or Remix app whose routes are all pages,',
    'a Next.js app with no API routes) only renders its pages, whatever serves them (`react-router-serve`, `next start`): a',
    'frontend. So is a frontend app folder (React, Vue, Svelte…) whose server file only its own code starts, run by no',
    'start script, Dockerfile, compose file or Procfile.',
    'Such a full-stack app stays a frontend when its manifest also lists server frameworks that none of its code imports',
    `or starts (an API package’s client, an \`express\` left in its dependencies); a server package’s client import (${code(SERVER_KNOWLEDGE.clientImports)}) is no server evidence.`,
    `A library repository’s development harness is no service (reason \`playground\`): a package it does not publish, that no deployment file or image runs, depending on a package the repository publishes, whose every start script runs its source in development mode (${code(DEV_RUNNERS.programs)}, or \`node\` with ${code(DEV_RUNNERS.nodeOptions)} or a loader of ${code(DEV_RUNNERS.nodeLoaders)}).`,
    `Notes, exercises and practice code are no service where such a folder (any segment) is the candidate itself and no deployment file runs it (reason \`playground\`): ${code(PRACTICE_FOLDERS)}, and numbered course steps (\`${PRACTICE_STEP_FOLDER.source}\`). These names are also real apps' modules (a notes app's \`notes/\`), so code in them stays evidence for the service above.`,
    'A published package (not `private`, with `main`/`exports`/`files`) or a Python distribution (a build',
    'backend) that nothing starts is a library; so is a published package whose code starts a server only',
    'inside its API (an app container’s `start(port)` calling `listen` in `src/core/App.ts`: no start in its',
    `\`main\` or in an entry script (${code(NODE_ENTRY_SCRIPT_NAMES)}) at its top or one folder below) when no start script,`,
    'README, deployment file or image runs it. A package with `bin` that no deployment file runs is a',
    "CLI; a Next.js app with `output: 'export'` is a static export. A frontend whose lockfile alone",
    'resolves a server framework (its tooling’s express) is listed as a frontend.',
    `A Python distribution that declares console scripts and that no Dockerfile, compose file, Procfile, platform file or start script runs, whose every server start is in a module importing a command-line library (${code(CLI_FRAMEWORKS.map((f) => f.name))}) is a CLI too: the tool’s own command (\`tool ui\`) starts its web UI on its user’s machine.`,
    `A published package (npm, or a Python distribution with index metadata: \`classifiers\`, project \`urls\`, \`long_description\`) whose every file that runs sits in a folder named with ${code(DEMO_FOLDER_WORDS)} as a word (\`example/\`, \`example_app/\`) and that only Dockerfiles and compose files run is a library: that image is where its maintainers try it. A Procfile, platform file, manifest or start script running the demo keeps it a service.`,
    `In a repository that publishes a package where an SDK keeps it (${code(PUBLISHED_LIBRARY_HOMES)}: an npm package shaped to be published, or a Python distribution with index metadata), a folder named with ${code(DEMO_FOLDER_WORDS)} as a word (\`sample-app/\`, \`demo_bot/\`, \`sdk-examples/\`) whose manifest lists the published package or whose code imports it is that package's example (reason \`examples\`, \`demo\` or \`playground\` by its word) unless a Dockerfile, compose file, Procfile or platform file runs it.`,
    `A framework's adapter package (${code(ADAPTER_WORDS)} as a word of its folder or package name: \`packages/adapter-netlify\`, \`adapters/vercel\`), shaped to be published, that no platform file, deployment file, image or start script in the repository runs is a library even where it lists its platform (\`@netlify/functions\`) as a regular dependency or holds the server entry its users' builds copy.`,
    `A published package that lists function platforms only as peer dependencies (an adapter of its users' apps with \`adapters/azure\`, \`handlers/firebase\` modules), and that no platform file, deployment file or start script deploys, is a library. So is a Python distribution with index metadata that lists an app server beside its framework but starts it in no line read as a start (its API's \`Server.start()\` runs it in its user's session) when nothing runs it, and one that imports server frameworks it does not declare (an agent instrumenting its users' apps), makes and starts no server, and whose image runs only its own command.`,
    `A stand-in API (${code(SERVER_KNOWLEDGE.records.filter((r) => r.standIn).map((r) => r.name))}: made-up data a front end is developed against) is a mock (reason \`mock\`) where no Dockerfile, compose file, Procfile or platform file runs it; a deployed one (a hosted fake-data API) is a service.`,
    '',
    'Text that is not code is no evidence: a server started in a docstring, a string, a template literal',
    `or a comment. Files matching \`${DEV_SERVER_FILE.source}\` are tooling, and a framework that only a workspace root`,
    'declares for development is no server of the packages below it. Commands that run a load generator',
    'or a test runner start no backend, nor do commands that fail: `npm run X` or `npm start` where the',
    'package.json holds no such script and npm has no default (an unfinished lesson’s image).',
    `A one-off task starts nothing either: a compose service or an image command whose every step is a migration, an admin task, a linter or a tooling script (${ONE_OFF_COMMANDS.length} patterns: \`alembic upgrade head\`, \`python manage.py migrate\`, \`make test\`, \`npm run lint\`) or a preparing step (\`cd\`, \`sleep\`, an install) gives its folder no entry; \`alembic upgrade head && uvicorn main:app\` still starts the app.`,
    'Of pip-compile/uv output, only what the `.in` file names, or what',
    'its `# via` lines trace to an input, is a direct dependency. Deployment files and catalog',
    'descriptors inside examples, tests or fixtures speak for the project they stand in for, not this one.',
    '',
    '### What a service runs',
    '',
    'A service’s signals come from the code it runs: the projects of its language in its folder (the',
    'nearest enclosing service wins), the workspace packages it depends on (and theirs), and the code',
    "of the other language it spawns (`spawn('python3', ['ml/predict.py'])`, `PythonShell`,",
    "`subprocess.run(['node', …])`) with the project that code belongs to, cited as `run by file:line`.",
    'Runtime code that no service runs (an offline pipeline, notebooks, a frontend) is listed under',
    '`components` with its own signals and the reason it is not a service (its folder’s reason,',
    '`infrastructure` for code that deploys others, such as an AWS CDK app, or `no-server`), and moves no score.',
    '',
  ];
}

/** One row per way a function platform's deployment files name functions, from the records. */
function functionDeploymentRows(): string[] {
  const { stacks, appLayouts, images, stackFiles, appManifests, handlerStrings, functionEntries, functionLists } =
    SERVER_KNOWLEDGE.functionDeployments;
  return SERVERS.flatMap((r) => {
    const rows: string[] = [];
    if (r.deploys?.resourceTypes)
      rows.push(
        `| ${r.name} | a YAML or JSON template of any name (outside tests, examples, docs) holding ${code(r.deploys.resourceTypes)} | its \`CodeUri\` folder (or the Globals' one) from the template's, else the template's own folder (the code SAM packages) |`,
      );
    for (const s of stacks.filter((s) => s.record === r))
      rows.push(
        `| ${r.name} | ${s.ecosystem} stack code importing ${code(s.imports)}: ${code([...s.constructs.keys()])} | ${stackCodeFolder(s)} |`,
      );
    for (const l of appLayouts.filter((l) => l.record === r))
      rows.push(
        `| ${r.name} | \`${l.appFile}\` beside folders each holding a \`${l.functionFile}\` with a trigger binding | the folder holding \`${l.appFile}\` |`,
      );
    for (const f of stackFiles.filter((f) => f.record === r))
      rows.push(
        `| ${r.name} | a YAML file of any name (outside tests, examples, docs) whose \`provider.name\` is ${code(f.providers)}, listing \`functions\` | each function's \`${f.folderKey}\` folder, from the file's; its backend from \`${f.languageKey}\` (${(['node', 'python'] as const).map((b) => `${b}: ${code(f.languages.filter((l) => l.backend === b).map((l) => l.pattern.source.replace(/\|/g, '\\|')))}`).join('; ')}), or the folder's code for ${code(f.anyLanguage)}; any other language is not Node.js or Python |`,
      );
    for (const a of appManifests.filter((a) => a.record === r))
      rows.push(
        `| ${r.name} | an app manifest (${code(a.files)}) declaring entries under ${code(a.sections.map((s) => `@${s}`))} | the manifest's folder (its handler folders are its parts); its backend from \`@${a.runtime.join(' ')}\`, ${a.defaultBackend} when none${a.runtimeNames?.node?.length ? ` (${code(a.runtimeNames.node)}: node)` : ''} |`,
      );
    for (const h of handlerStrings.filter((h) => h.record === r))
      rows.push(
        `| ${r.name} | JavaScript or TypeScript infrastructure code holding ${code(h.markers)}: each string \`<file>.<export>\` (a \`handler\` option, a route, a subscriber) | the project (${code([...h.projectFiles.node, ...h.projectFiles.python])}) holding the file it names from the folder of ${code(h.appFiles)}; its backend from the file's extension; a \`handler\` naming no file is a warning |`,
      );
    for (const l of functionLists.filter((l) => l.record === r))
      rows.push(
        `| ${r.name} | ${l.files ? code(l.files) : `a YAML or JSON file of any name holding \`${l.marker}\``} listing functions at ${code(l.entries.map((e) => e.join('.') || '(top)'))}${l.requires ? `, each holding ${code(l.requires)}` : ''} | each function's folder (${l.folder.map(folderPart).join(' / ')}) from the file's${l.runtime.length ? `; its backend from ${code(l.runtime.map((k) => k.join('.')))}${l.anyRuntime.length ? `, the folder's code for ${code(l.anyRuntime.map((p) => p.source))}` : ''}` : `, a ${l.backend ?? 'node or python'} function`}; an archive or a registered asset is no folder |`,
      );
    const source = r.deploys?.sources;
    if (source)
      rows.push(
        `| ${r.name} | \`${source.file}\` naming its functions' folder (\`${source.key}\`${source.option !== source.key ? `, each entry's \`${source.option}\`, \`${source.fallback}\` when none` : ''}) | ${source.children ? 'each folder below the named one' : 'the named folder'}; a folder of the platform elsewhere below the file is not deployed by it |`,
      );
    const entries = functionEntries.filter((e) => e.record === r);
    if (entries.length)
      rows.push(
        `| ${r.name} | a file whose path matches ${code(entries.map((e) => e.pattern.source.replace(/\|/g, '\\|')))} (outside tests, examples, docs) | the file's folder, a ${entries[0]!.backend} function, with or without a project file |`,
      );
    const based = images.filter((i) => i.record === r);
    if (based.length)
      rows.push(
        `| ${r.name} | a Dockerfile whose last stage is built from ${code(based.map((i) => i.pattern.source.replace(/\|/g, '\\|')))} | the Dockerfile's folder |`,
      );
    return rows;
  });
}

/** One part of a listed function's folder, as the docs write it. */
function folderPart(part: FunctionFolderPart): string {
  if ('literal' in part) return `\`${part.literal}\``;
  if ('top' in part) return `\`${part.top}\` (\`${part.fallback}\` when absent)`;
  const keys = `${part.up ? "its package's " : ''}${part.keys.map((k) => `\`${k}\``).join(' or ')}`;
  return part.file ? `${keys}, a code file's folder when it names a file` : keys;
}

/** Where a stack's constructs take their code from, as its record says. */
function stackCodeFolder(s: StackConstructs): string {
  const constructs = [...s.constructs.values()];
  const options = [
    ...(constructs.some((c) => c.option === 'code') ? (s.record.deploys?.assetCalls ?? []) : []),
    ...new Set(constructs.flatMap((c) => (c.option === 'entry' ? [c.entryOption ?? 'entry'] : []))),
  ];
  const from = s.pathsFromFile
    ? "from the stack's own folder"
    : `from the folder holding \`${s.appFile ?? '.'}\`, or from the stack's own under \`__dirname\`/\`__file__\``;
  const defaults = constructs.flatMap((c) =>
    c.defaultEntry ? [`\`${c.call}\` naming none deploys \`${c.defaultEntry}\``] : [],
  );
  const inline = constructs.flatMap((c) =>
    c.option === 'inline'
      ? [
          `\`${c.call}\` deploys code written in the program${c.inlineWhen ? ` where an option line matches \`${c.inlineWhen.replace(/\|/g, '\\|')}\`` : ''}: the program's folder`,
        ]
      : [],
  );
  return [
    `its ${[code(options.slice(0, -1)), code(options.slice(-1))].filter(Boolean).join(' or ')} path (a string), ${from}; a computed path is left out with a warning`,
    ...defaults,
    ...inline,
  ].join('; ');
}

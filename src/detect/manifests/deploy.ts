import { cliFunctionDeploys, cliImageDeploys, cliSourceDeploys } from './cli-deploys.js';
import { COMPOSE_CONTAINER_KEYS, COMPOSE_TOP_LEVEL_KEYS } from '../../knowledge/container-cli.js';
import { heredocTemplateFunctions } from './heredoc-templates.js';
import { platformProcesses, platformStartFile } from './platform-starts.js';
import type { Backend, Evidence } from '../../model/common.js';
import { baseName, resolveInside } from '../../paths.js';
import { SERVER_KNOWLEDGE } from '../../knowledge/servers/index.js';
import { escape } from '../../knowledge/matchers.js';
import { backendOfRuntime } from '../../knowledge/backends.js';
import { netlifyFunctions } from '../../knowledge/servers/netlify-functions.js';
import { dockerInstructions, imageLayout } from './image-layout.js';
import { vercelBuilds } from './vercel-builds.js';
import { appManifestFunctions } from './app-manifests.js';
import { bindMounts } from './compose-mounts.js';
import { importedFunctions } from './serverless-functions.js';
import { workloadContainers } from './k8s-containers.js';
import { supervisorRuns, writtenUnits } from './host-units.js';
import { MENTIONS_IMAGES, workflowImages } from './workflow-images.js';
import { stackFileFunctions } from './stack-files.js';
import { listedFunctions } from './function-lists.js';
import { BUILD_TARGET_COMMANDS } from '../../knowledge/build-files.js';
import { shellForm } from '../command-words.js';
import { containerDeployFormat, markedContainerDeploy, parseContainerDeploy } from './container-deploys.js';
import { listedProcesses, processListOf, unreadableList } from './process-lists.js';
import type { BindMount, DeployedFunction, Dependency, Manifest, ManifestKind } from '../../model/facts.js';
import {
  dep,
  dirOf,
  evidence,
  isRecord,
  Lines,
  manifestOf,
  problem,
  type ParsedManifest,
  yamlDocuments,
} from './util.js';

function runtimeEvidence(file: string, line: number | undefined, value: string): Evidence[] {
  const backend = backendOfRuntime(value);
  return backend ? [evidence(file, line, `${backend} runtime: ${value}`)] : [];
}

/** Dockerfile: FROM images (multi-stage, --platform, ARG defaults), pip/npm installs, CMD. */
export function parseDockerfile(file: string, text: string): ParsedManifest {
  const images: Evidence[] = [];
  const runtimes: Evidence[] = [];
  const dependencies: Dependency[] = [];
  const scripts: Record<string, string> = {};
  // RUN lines that build a BUILD file's target into the image (`bazel build //api:server`)
  const buildRuns: (Evidence & { command: string })[] = [];
  const clones: Evidence[] = [];
  const args = new Map<string, string>();
  const stages = new Set<string>();
  // the function the last stage's base image makes of the image, if any
  let functions: DeployedFunction[] = [];
  // the last stage's base image when its own command serves the app copied in (knowledge baseImages)
  let serving: (typeof SERVER_KNOWLEDGE.baseImages)[number] | undefined;
  const instructions = dockerInstructions(text);
  for (const { op, rest, line: lineNo } of instructions) {
    if (op === 'ARG') {
      const m = /^(\w+)=(\S+)/.exec(rest);
      if (m) args.set(m[1]!, m[2]!.replace(/^["']|["']$/g, ''));
    } else if (op === 'FROM') {
      const parts = rest.split(/\s+/).filter((p) => !p.startsWith('--'));
      const raw = parts[0] ?? '';
      const image = raw.replace(/\$\{?(\w+)\}?/g, (all, name: string) => args.get(name) ?? all);
      if (parts[1]?.toUpperCase() === 'AS' && parts[2]) stages.add(parts[2]);
      if (stages.has(image) && parts[1]?.toUpperCase() !== 'AS') continue;
      if (!stages.has(image)) {
        images.push(evidence(file, lineNo, image));
        runtimes.push(...runtimeEvidence(file, lineNo, image));
        functions = functionImage(file, lineNo, image);
      }
      serving = stages.has(image) ? serving : SERVER_KNOWLEDGE.baseImages.find((b) => b.pattern.test(image));
    } else if (op === 'RUN') {
      const command = shellForm(rest);
      if (BUILD_TARGET_COMMANDS.some(({ pattern }) => command.search(pattern) >= 0))
        buildRuns.push({ ...evidence(file, lineNo, `RUN ${command.slice(0, 120)}`), command });
      for (const m of command.matchAll(
        /\bgit\s+clone\s+(?:-{1,2}[\w-]+(?:=\S+|\s+(?!-|(?:https?|git|ssh):\/\/|git@)\S+)?\s+)*((?:https?|git|ssh):\/\/\S+|git@\S+)/g,
      ))
        clones.push(evidence(file, lineNo, `clones ${m[1]!}`));
      for (const m of rest.matchAll(/\b(pip3?|uv pip|poetry add)\s+install\s+([^&|;]+)/g)) {
        for (const word of m[2]!.split(/\s+/)) {
          const name = /^([A-Za-z0-9][\w.-]*)(\[.*\])?([<>=~!].*)?$/.exec(word.replace(/^["']|["']$/g, ''));
          if (name && !word.startsWith('-') && !/\.(txt|whl|tar\.gz)$/.test(word))
            dependencies.push(dep(name[1]!, 'python', file, { line: lineNo, version: name[3] }));
        }
      }
      for (const m of rest.matchAll(/\b(npm|pnpm|yarn|bun)\s+(?:install|add|i)\s+([^&|;]+)/g)) {
        for (const word of m[2]!.split(/\s+/)) {
          if (!word || word.startsWith('-')) continue;
          const at = word.indexOf('@', word.startsWith('@') ? 1 : 0);
          dependencies.push(dep(at > 0 ? word.slice(0, at) : word, 'node', file, { line: lineNo }));
        }
      }
    } else if (op === 'COPY' && functions.length === 0) {
      functions = functionExtension(file, lineNo, rest);
    } else if (op === 'CMD' || op === 'ENTRYPOINT') {
      scripts[op.toLowerCase()] = rest;
      runtimes.push(...commandRuntime(file, lineNo, rest));
    }
  }
  const layout = imageLayout(instructions);
  // a Dockerfile that only copies the app into an app server's image runs the image's own command
  const baseCommand = serving && scripts.cmd === undefined && scripts.entrypoint === undefined ? serving : undefined;
  if (baseCommand) {
    scripts.cmd = baseCommand.command;
    if (layout.workdir === '/') layout.workdir = baseCommand.workdir;
  }
  return {
    manifest: manifestOf('dockerfile', file, undefined, {
      images,
      runtimes,
      dependencies,
      scripts,
      image: layout,
      ...(baseCommand ? { baseCommand: images[images.length - 1]?.detail ?? baseCommand.name } : {}),
      ...(functions.length ? { functions } : {}),
      ...(buildRuns.length ? { buildRuns } : {}),
      ...(clones.length ? { clones } : {}),
    }),
    warnings: [],
  };
}

/** A function platform's base image (`public.ecr.aws/lambda/python:3.12`): the image is a function of its backend. */
function functionImage(file: string, line: number, image: string): DeployedFunction[] {
  const base = SERVER_KNOWLEDGE.functionDeployments.images.find((i) => i.pattern.test(image));
  return base
    ? [
        {
          ...evidence(file, line, `built from the base image ${image}`),
          backend: base.backend,
          platform: base.record.name,
        },
      ]
    : [];
}

/**
 * A function platform's extension copied into the image (`COPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.8.4
 * /lambda-adapter /opt/extensions/lambda-adapter`): the platform runs the image's own server as a function,
 * whatever the base image; its backend is the folder's code.
 */
function functionExtension(file: string, line: number, rest: string): DeployedFunction[] {
  const from = /--from=(\S+)/.exec(rest)?.[1];
  const words = rest.split(/\s+/).filter((w) => !w.startsWith('--'));
  const target = words[words.length - 1] ?? '';
  const extension =
    from && /^["']?\/opt\/extensions(?:\/|["']?$)/.test(target)
      ? SERVER_KNOWLEDGE.functionDeployments.extensions.find((e) => e.pattern.test(from))
      : undefined;
  return extension
    ? [
        {
          ...evidence(file, line, `copies the function extension ${from} into /opt/extensions`),
          platform: extension.record.name,
        },
      ]
    : [];
}

function commandRuntime(file: string, line: number | undefined, command: string): Evidence[] {
  // `node server.js`, `gunicorn app:app`, `celery -A app worker`: the commands are the server records'
  const hint = SERVER_KNOWLEDGE.runtimeCommands.find((h) => h.pattern.test(command));
  return hint ? [evidence(file, line, `${hint.backend} runtime: ${command.slice(0, 120)}`)] : [];
}

export function parseProcfile(file: string, text: string): ParsedManifest {
  const scripts: Record<string, string> = {};
  const runtimes: Evidence[] = [];
  // a process manager's list (pm2's ecosystem.config.js): each process a line of its own
  const list = processListOf(file);
  if (list) {
    // a JSON list that does not parse is one warning naming the file, as any other manifest
    const unreadable = unreadableList(file, text);
    if (unreadable) return problem(file, unreadable);
    for (const { name, command } of listedProcesses(list, file, text)) {
      scripts[name] = command;
      runtimes.push(...commandRuntime(file, undefined, command));
    }
    return { manifest: manifestOf('procfile', file, undefined, { scripts, runtimes }), warnings: [] };
  }
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /^([\w-]+):\s*(.+)$/.exec(line.trim());
    if (!m) return;
    scripts[m[1]!] = m[2]!;
    runtimes.push(...commandRuntime(file, i + 1, m[2]!));
  });
  return { manifest: manifestOf('procfile', file, undefined, { scripts, runtimes }), warnings: [] };
}

/** A shell start script (`run.sh`, `docker-entrypoint.sh`): its command lines, by line number. */
export function parseStartScript(file: string, text: string): ParsedManifest {
  const scripts: Record<string, string> = {};
  text.split(/\r?\n/).forEach((line, i) => {
    const command = line.trim();
    if (command && !command.startsWith('#')) scripts[`line ${i + 1}`] = command;
  });
  const hostRuns = writtenUnits(file, text);
  return {
    manifest: manifestOf('start-script', file, undefined, { scripts, ...(hostRuns.length ? { hostRuns } : {}) }),
    warnings: [],
  };
}

/**
 * A supervisord config: each `[program:name]`'s `command`, run in its `directory` when it names
 * one (`cd /app && python run.py`), as command lines followed only when an image runs the supervisor.
 */
export function parseSupervisorConf(file: string, text: string): ParsedManifest {
  const commandLines: Record<string, string> = {};
  let program: { name: string; command?: string; directory?: string } | undefined;
  const close = () => {
    if (program?.command)
      commandLines[program.name] = program.directory
        ? `cd ${program.directory} && ${program.command}`
        : program.command;
  };
  for (const line of text.split(/\r?\n/)) {
    const section = /^\s*\[([^\]]+)\]/.exec(line);
    if (section) {
      close();
      const name = /^program:(.+)$/.exec(section[1]!.trim())?.[1];
      program = name === undefined ? undefined : { name: name.trim() };
      continue;
    }
    const setting = program && /^\s*(command|directory)\s*=\s*(.+?)\s*$/.exec(line);
    if (setting && program) program[setting[1] as 'command' | 'directory'] = setting[2]!;
  }
  close();
  // not run by an image, the same programs run on a host from the checked-out tree
  const hostRuns = supervisorRuns(file, text);
  return {
    manifest: manifestOf('supervisor-conf', file, undefined, {
      commandLines,
      ...(hostRuns.length ? { hostRuns } : {}),
    }),
    warnings: [],
  };
}

/** Any other shell script (`scripts/serve.sh`, an extensionless `start`): its command lines, followed only when a deployment runs it. */
export function parseShellScript(file: string, text: string): ParsedManifest {
  const commandLines = parseStartScript(file, text).manifest!.scripts!;
  const runs = { from: 'root', bare: true } as const;
  const functions = [...cliFunctionDeploys(file, text, dirOf(file), runs), ...heredocTemplateFunctions(file, text)];
  const sourceDeploys = cliSourceDeploys(file, text, dirOf(file), runs);
  const containers = cliImageDeploys(file, text);
  const hostRuns = writtenUnits(file, text);
  return {
    manifest: manifestOf('shell-script', file, undefined, {
      commandLines,
      ...(functions.length ? { functions } : {}),
      ...(sourceDeploys.length ? { sourceDeploys } : {}),
      ...(containers.length ? { containers } : {}),
      ...(hostRuns.length ? { hostRuns } : {}),
    }),
    warnings: [],
  };
}

/** A CI workflow (`.github/workflows/*.yml`): the functions its steps deploy from the command line, run from the repository root. */
export function parseWorkflow(file: string, text: string): ParsedManifest {
  // a step may run in a `working-directory` this line reader does not follow: a deploy naming no source is left out
  const functions = cliFunctionDeploys(file, text, '.', { from: 'root', bare: false });
  const sourceDeploys = cliSourceDeploys(file, text, '.', { from: 'root', bare: false });
  const containers = cliImageDeploys(file, text);
  const { imageBuilds, commandLines } = MENTIONS_IMAGES.test(text)
    ? workflowImages(file, yamlDocuments(file, text).docs[0], new Lines(text))
    : { imageBuilds: [], commandLines: {} };
  const hostRuns = writtenUnits(file, text);
  const scheduledRuns = /^\s*schedule\s*:/m.test(text) ? workflowScheduledRuns(file, text) : [];
  return {
    manifest: manifestOf('workflow', file, undefined, {
      ...(scheduledRuns.length ? { scheduledRuns } : {}),
      ...(functions.length ? { functions } : {}),
      ...(sourceDeploys.length ? { sourceDeploys } : {}),
      ...(imageBuilds.length ? { imageBuilds } : {}),
      ...(containers.length ? { containers } : {}),
      ...(Object.keys(commandLines).length ? { commandLines } : {}),
      ...(hostRuns.length ? { hostRuns } : {}),
    }),
    warnings: [],
  };
}

/**
 * The run steps of a workflow triggered by `on: schedule`, each command line in the folder it runs in:
 * the step's `working-directory`, else the job's `defaults.run.working-directory`, else the root; a
 * line led by a literal `cd <dir> &&` runs in that folder.
 */
function workflowScheduledRuns(file: string, text: string): NonNullable<Manifest['scheduledRuns']> {
  const { docs } = yamlDocuments(file, text);
  const data = docs[0];
  // YAML reads the `on` key as written; a parser of YAML 1.1 would read it as true
  const on = isRecord(data) ? (data.on ?? data.true) : undefined;
  if (!isRecord(data) || !isRecord(on) || on.schedule === undefined || !isRecord(data.jobs)) return [];
  const lines = new Lines(text);
  const out: NonNullable<Manifest['scheduledRuns']> = [];
  const folder = (value: unknown) =>
    typeof value === 'string' && !value.includes('$') ? resolveInside('.', value) : undefined;
  for (const job of Object.values(data.jobs)) {
    if (!isRecord(job) || !Array.isArray(job.steps)) continue;
    const defaults = isRecord(job.defaults) && isRecord(job.defaults.run) ? job.defaults.run : {};
    for (const step of job.steps) {
      if (!isRecord(step) || typeof step.run !== 'string') continue;
      const base = folder(step['working-directory']) ?? folder(defaults['working-directory']) ?? '.';
      for (const raw of step.run.split('\n')) {
        const line = raw.trim();
        if (!line || line.startsWith('#')) continue;
        const cd = /^cd\s+([\w./-]+)\s*&&\s*(.+)$/.exec(line);
        const dir = cd ? resolveInside(base, cd[1]!) : base;
        if (dir === undefined) continue;
        out.push({
          ...evidence(file, lines.find(line), `scheduled workflow runs ${line.slice(0, 80)}`),
          command: cd ? cd[2]! : line,
          dir,
        });
      }
    }
  }
  return out;
}

export function parseCompose(file: string, text: string): ParsedManifest {
  const descriptor = containerDeployFormat(file);
  if (descriptor) return parseContainerDeploy(file, text, descriptor);
  const { docs, failed } = yamlDocuments(file, text);
  if (failed) return failed;
  const lines = new Lines(text);
  const data = docs[0];
  const facts = emptyComposeFacts();
  const composeDir = dirOf(file);
  const services = isRecord(data) && isRecord(data.services) ? data.services : {};
  const composeServices: Record<string, Record<string, unknown>> = {};
  const externalExtends: NonNullable<Manifest['externalExtends']> = [];
  for (const [name, own] of Object.entries(services)) {
    if (!isRecord(own)) continue;
    const service = extended(own, services, baseName(file));
    composeServices[name] = service;
    const line = lines.find(`${name}:`);
    const other = otherFileExtended(own, composeDir, baseName(file));
    // its facts wait for the other file's service (withComposeExtends), so they are counted once
    if (other) {
      externalExtends.push({ service: name, ...(line ? { line } : {}), ...other, own });
      continue;
    }
    addServiceFacts(facts, file, name, service, {
      line,
      lineOf: (needle) => lines.find(needle),
      buildDir: composeDir,
      mounts: bindMounts(service.volumes, composeDir),
    });
  }
  return {
    manifest: manifestOf('compose', file, undefined, {
      ...composeFactsFields(facts),
      composeServices,
      ...(externalExtends.length ? { externalExtends } : {}),
    }),
    warnings: [],
  };
}

/** What a compose file's services say, gathered service by service (see addServiceFacts). */
export interface ComposeFacts {
  images: Evidence[];
  runtimes: Evidence[];
  scaleOut: Evidence[];
  scripts: Record<string, string>;
  buildContexts: NonNullable<Manifest['buildContexts']>;
  mountedRuns: NonNullable<Manifest['mountedRuns']>;
  containers: NonNullable<Manifest['containers']>;
  imageBuilds: NonNullable<Manifest['imageBuilds']>;
}

export function emptyComposeFacts(): ComposeFacts {
  return {
    images: [],
    runtimes: [],
    scaleOut: [],
    scripts: {},
    buildContexts: [],
    mountedRuns: [],
    containers: [],
    imageBuilds: [],
  };
}

/** The manifest fields of gathered facts (empty lists of build contexts, mounted runs, containers and image builds left out). */
export function composeFactsFields(facts: ComposeFacts): Partial<Manifest> {
  const { buildContexts, mountedRuns, containers, imageBuilds, ...rest } = facts;
  return {
    ...rest,
    ...(buildContexts.length ? { buildContexts } : {}),
    ...(mountedRuns.length ? { mountedRuns } : {}),
    ...(containers.length ? { containers } : {}),
    ...(imageBuilds.length ? { imageBuilds } : {}),
  };
}

/**
 * One compose service's facts: the folder it builds (its context relative to `buildDir`, the
 * folder of the file that wrote its `build`), the code it mounts, its image, command and replicas.
 */
export function addServiceFacts(
  facts: ComposeFacts,
  file: string,
  name: string,
  service: Record<string, unknown>,
  at: { line?: number; lineOf: (needle: string) => number | undefined; buildDir: string; mounts: BindMount[] },
): void {
  const { buildContexts, mountedRuns, containers, imageBuilds, images, runtimes, scripts, scaleOut } = facts;
  const { line, mounts } = at;
  const words = (value: unknown) => (Array.isArray(value) ? value.join(' ') : value);
  // an `entrypoint` with no `command` is what the container runs (Compose clears the image's CMD with it);
  // beside a command it is usually a wrapper (`./wait-for-it.sh db:5432 --`) and the command says what runs
  const command = words(service.command) ?? words(service.entrypoint);
  const build =
    typeof service.build === 'string' ? service.build : isRecord(service.build) ? service.build.context : undefined;
  const context = typeof build === 'string' ? resolveInside(at.buildDir, build) : undefined;
  // `build.dockerfile` is relative to the context: `worker/Dockerfile` of a context at the root
  const named = isRecord(service.build) ? service.build.dockerfile : undefined;
  const dockerfile =
    context !== undefined ? resolveInside(context, typeof named === 'string' ? named : 'Dockerfile') : undefined;
  const target = isRecord(service.build) && typeof service.build.target === 'string' ? service.build.target : undefined;
  // a stock image running a folder mounted as its working directory (`./server:/app`, working_dir /app)
  const workdir = typeof service.working_dir === 'string' ? service.working_dir.replace(/\/+$/, '') : undefined;
  const mountedAsIs = buildContexts.length;
  if (workdir && typeof command === 'string')
    for (const mount of mounts.filter((m) => m.target === workdir))
      buildContexts.push({
        ...evidence(file, line, `compose service ${name} runs ${mount.source}: ${command.slice(0, 80)}`),
        path: mount.source,
        command,
      });
  if (context !== undefined)
    buildContexts.push({
      ...evidence(file, line, `compose service ${name} builds ${context}`),
      path: context,
      ...(typeof command === 'string' ? { command } : {}),
      ...(dockerfile !== undefined ? { dockerfile } : {}),
      ...(workdir ? { workdir } : {}),
      ...(mounts.length ? { mounts } : {}),
      ...(target ? { target } : {}),
    });
  if (context !== undefined && dockerfile !== undefined && typeof service.image === 'string')
    imageBuilds.push({
      ...evidence(file, line, `compose service ${name} builds ${context} as ${service.image}`),
      image: service.image,
      context,
      dockerfile,
    });
  // a stock image running mounted code by another layout (a file mounted under another name, a folder not the working directory)
  else if (typeof command === 'string' && mounts.length > 0 && buildContexts.length === mountedAsIs)
    mountedRuns.push({
      ...evidence(file, line, `compose service ${name} mounts ${mounts.map((m) => m.source).join(', ')}`),
      command,
      ...(workdir ? { workdir } : {}),
      mounts,
    });
  // a service of an image another service (or a script) builds, with its own command
  if (typeof service.image === 'string' && context === undefined && typeof command === 'string')
    containers.push({
      ...evidence(file, line, `compose service ${name} runs image ${service.image}`),
      image: service.image,
      command,
    });
  if (typeof service.image === 'string') {
    images.push(evidence(file, at.lineOf(service.image) ?? line, service.image));
    runtimes.push(...runtimeEvidence(file, line, service.image));
  }
  if (typeof command === 'string') {
    scripts[name] = command;
    runtimes.push(...commandRuntime(file, line, command));
  }
  const replicas = isRecord(service.deploy) ? service.deploy.replicas : service.scale;
  if (typeof replicas === 'number' && replicas > 1)
    scaleOut.push(evidence(file, at.lineOf('replicas') ?? line, `${name}: ${replicas} replicas`));
}

/** The service of another compose file that `extends: { file, service }` names, the file as a repository path. */
function otherFileExtended(
  service: Record<string, unknown>,
  composeDir: string,
  fileName: string,
): { file: string; base: string } | undefined {
  const from = service.extends;
  if (!isRecord(from) || typeof from.file !== 'string' || typeof from.service !== 'string') return undefined;
  if (from.file === fileName || from.file === `./${fileName}`) return undefined;
  const file = resolveInside(composeDir, from.file);
  return file === undefined ? undefined : { file, base: from.service };
}

/** How deep `extends:` is followed: a service extending one that extends another. */
const MAX_EXTENDS = 5;

/**
 * A compose service with what it inherits through `extends:` from a service of the same file
 * (`extends: base`, `extends: { service: base }`): the base's keys, its own over them, the bind
 * mounts of both. A service of another file (`extends: { file: common.yml, ... }`) is not read.
 */
function extended(
  service: Record<string, unknown>,
  services: Record<string, unknown>,
  fileName: string,
  depth = 0,
): Record<string, unknown> {
  const from = service.extends;
  const named = typeof from === 'string' ? { service: from } : isRecord(from) ? from : undefined;
  const ofThisFile = named && (named.file === undefined || named.file === fileName || named.file === `./${fileName}`);
  const base = ofThisFile && typeof named.service === 'string' ? services[named.service] : undefined;
  if (!isRecord(base) || base === service || depth >= MAX_EXTENDS) return service;
  const inherited = extended(base, services, fileName, depth + 1);
  const volumes = [inherited.volumes, service.volumes].flatMap((v) => (Array.isArray(v) ? v : []));
  return { ...inherited, ...service, ...(volumes.length ? { volumes } : {}) };
}

/** serverless.yml / SAM template.yaml (and .js/.ts configs by text): runtimes; serverless is scale-out. */
export function parseServerless(file: string, text: string): ParsedManifest {
  const runtimes: Evidence[] = [];
  const lines = new Lines(text);
  let data: unknown;
  if (/\.(ya?ml|json)$/.test(file)) {
    const parsed = file.endsWith('.json') ? { docs: [jsonOrUndefined(text)] } : yamlDocuments(file, text);
    if (parsed.failed) return parsed.failed;
    data = parsed.docs[0];
  }
  const declared = [...text.matchAll(/\b[Rr]untime["']?\s*[:=]\s*["']?([\w.-]+)/g)];
  for (const m of declared) runtimes.push(...runtimeEvidence(file, lines.at(m.index!), m[1]!));
  // what a function that names no runtime of its own runs on: the first Node.js or Python runtime
  // the file declares, or, when it declares only others (Go, Java, .NET...), that one
  const provider = declared.map((m) => m[1]!);
  const backend = provider.map(backendOfRuntime).find(Boolean);
  const runsOn: Pick<DeployedFunction, 'backend' | 'otherRuntime'> = backend
    ? { backend }
    : provider[0]
      ? { otherRuntime: provider[0] }
      : {};
  // SAM/CloudFormation function resources, or serverless.yml functions with a handler
  const functions: DeployedFunction[] = [];
  const resources = templateFunctions(dirOf(file), data);
  for (const m of text.matchAll(FUNCTION_RESOURCE_LINE))
    functions.push({ ...evidence(file, lines.at(m.index!), 'AWS Lambda function'), ...runsOn, ...resources.shift() });
  if (/^functions\s*:/m.test(text) || /["']?functions["']?\s*:\s*\{/.test(text))
    for (const m of text.matchAll(/\bhandler["']?\s*[:=]\s*["']?([\w./-]+)/g))
      functions.push({ ...evidence(file, lines.at(m.index!), `function handler ${m[1]}`), ...runsOn });
  // a config written as code may take its functions from other modules (`functions: { hello }`)
  if (/\.[cm]?[jt]s$/.test(file))
    for (const f of importedFunctions(text))
      functions.push({ ...evidence(file, lines.at(f.index), `functions ${f.name}, from another module`), ...runsOn });
  return {
    manifest: manifestOf('serverless', file, undefined, {
      runtimes,
      ...(functions.length ? { functions } : {}),
      scaleOut: [evidence(file, undefined, 'serverless functions scale out on demand')],
    }),
    warnings: [],
  };
}

/**
 * A SAM/CloudFormation template under another name (`infra/stack.yaml`, any YAML or JSON file):
 * only the functions it deploys count, so a template of other resources, or a file that is no
 * template, says nothing.
 */
export function parseCloudFormation(file: string, text: string): ParsedManifest {
  // a compose file under a stack's name (`stack.yml`, `docker stack deploy -c stack.yml`) is read as one
  if (composeShaped(text)) return parseCompose(file, text);
  // a function platform's own stack file (OpenFaaS's stack.yml) under a template's name, or any YAML name
  const stacked = stackFileFunctions(file, text);
  if (stacked.length)
    return { manifest: manifestOf('cloudformation', file, undefined, { functions: stacked }), warnings: [] };
  // a platform's deployment file of any name listing functions (Azure ML's online deployment)
  const listed = listedFunctions(file, text);
  if (listed.length)
    return { manifest: manifestOf('cloudformation', file, undefined, { functions: listed }), warnings: [] };
  if (!SERVER_KNOWLEDGE.functionDeployments.resourceType.test(text)) return { warnings: [] };
  const parsed = parseServerless(file, text);
  const functions = parsed.manifest?.functions;
  if (!parsed.manifest) return parsed;
  return functions?.length
    ? { manifest: manifestOf('cloudformation', file, undefined, { functions }), warnings: [] }
    : { warnings: [] };
}

/**
 * Any other small YAML or JSON file: a Kubernetes workload kept outside the usual folders
 * (`worker/cronjob.yaml` beside the worker's code) is read as one, a template with a function
 * resource as a template.
 */
export function parseTemplateCandidate(file: string, text: string): ParsedManifest {
  const descriptor = markedContainerDeploy(file, text);
  if (descriptor) return parseContainerDeploy(file, text, descriptor);
  if (composeShaped(text)) return parseCompose(file, text);
  return K8S_WORKLOAD.test(text) && /^apiVersion:/m.test(text)
    ? parseKubernetes(file, text)
    : parseCloudFormation(file, text);
}

/**
 * A YAML file of the Compose format under a name of its own (see COMPOSE_TOP_LEVEL_KEYS): only
 * Compose's top-level keys, its `services` a table of tables, one of which builds or runs a container.
 */
function composeShaped(text: string): boolean {
  if (!/^services\s*:/m.test(text)) return false;
  const { docs, failed } = yamlDocuments('', text);
  const data = docs[0];
  if (failed || docs.length !== 1 || !isRecord(data) || !isRecord(data.services)) return false;
  if (Object.keys(data).some((key) => !key.startsWith('x-') && !COMPOSE_TOP_LEVEL_KEYS.includes(key))) return false;
  const services = Object.values(data.services);
  return (
    services.every((s) => isRecord(s) || s === null) &&
    services.some((s) => isRecord(s) && COMPOSE_CONTAINER_KEYS.some((key) => key in s))
  );
}

/** A Kubernetes document's kind that runs pods. */
const K8S_WORKLOAD = /^kind:\s*["']?(?:Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob|Pod)["']?\s*$/m;

function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The code folder and backend of each function resource of a SAM/CloudFormation template, in
 * the order they are written: `CodeUri` (or the Globals' one; an image function's `DockerContext`)
 * resolved from the template's folder, the backend from `Runtime`.
 */
/** A template line declaring a function resource (`Type: AWS::Serverless::Function`), JSON or YAML. */
const FUNCTION_RESOURCE_LINE = new RegExp(
  String.raw`\bType["']?\s*:\s*["']?(?:${SERVER_KNOWLEDGE.functionDeployments.resourceTypes.map(escape).join('|')})\b`,
  'g',
);

function templateFunctions(dir: string, data: unknown): Pick<DeployedFunction, 'dir' | 'backend' | 'otherRuntime'>[] {
  if (!isRecord(data) || !isRecord(data.Resources)) return [];
  const globals = isRecord(data.Globals) && isRecord(data.Globals.Function) ? data.Globals.Function : {};
  const out: Pick<DeployedFunction, 'dir' | 'backend' | 'otherRuntime'>[] = [];
  for (const resource of Object.values(data.Resources)) {
    if (!isRecord(resource) || typeof resource.Type !== 'string') continue;
    if (!SERVER_KNOWLEDGE.functionDeployments.resourceTypes.includes(resource.Type)) continue;
    const props = isRecord(resource.Properties) ? resource.Properties : {};
    // an image function (`PackageType: Image`) is built by `sam build` from its `Metadata.DockerContext`
    const image =
      props.PackageType === 'Image' && isRecord(resource.Metadata) ? resource.Metadata.DockerContext : undefined;
    const codeUri =
      typeof image === 'string' ? image : typeof props.CodeUri === 'string' ? props.CodeUri : globals.CodeUri;
    const runtime = typeof props.Runtime === 'string' ? props.Runtime : globals.Runtime;
    const codeDir = typeof codeUri === 'string' && !/^s3:/i.test(codeUri) ? resolveInside(dir, codeUri) : undefined;
    const backend = typeof runtime === 'string' ? backendOfRuntime(runtime) : undefined;
    const other = typeof runtime === 'string' && !backend ? { otherRuntime: runtime } : {};
    out.push({ ...(codeDir ? { dir: codeDir } : {}), ...(backend ? { backend } : {}), ...other });
  }
  return out;
}

/** Platform files: app.yaml, fly.toml, render.yaml, vercel.json, runtime.txt, .python-version, .nvmrc... */
export function parsePlatform(file: string, text: string): ParsedManifest {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const starts = platformStartFile(file);
  // a file of the platform's name that is another tool's (a GitHub App's app.yml) deploys nothing
  if (starts?.marker && !starts.marker.test(text)) return { warnings: [] };
  const lines = new Lines(text);
  const runtimes: Evidence[] = [];
  const scaleOut: Evidence[] = [];
  const fixed: Record<string, Backend> = {
    '.python-version': 'python',
    'runtime.txt': 'python',
    '.nvmrc': 'node',
    '.node-version': 'node',
  };
  if (fixed[base]) runtimes.push(evidence(file, 1, `${fixed[base]} runtime: ${text.trim().split('\n')[0]}`));
  for (const m of text.matchAll(/\b(runtime|env|language|image)["']?\s*[:=]\s*["']?([\w./:-]+)/g))
    runtimes.push(...runtimeEvidence(file, lines.at(m.index!), m[2]!));
  for (const m of text.matchAll(
    /\b(numInstances|min_machines_running|max_instances|min_instances|instances|maxScale|replicas)["']?\s*[:=]\s*["']?(\d+)/g,
  )) {
    if (Number(m[2]) > 1) scaleOut.push(evidence(file, lines.at(m.index!), `${m[1]} ${m[2]}`));
  }
  if (/\bautoscal/i.test(text)) scaleOut.push(evidence(file, lines.find('utoscal'), 'autoscaling'));
  const functions = platformFunctions(file, base, text, lines);
  const { processes, warning } = starts ? platformProcesses(file, text, starts) : { processes: [] };
  return {
    manifest: manifestOf('platform', file, undefined, {
      runtimes,
      scaleOut,
      ...(functions.length ? { functions } : {}),
      ...(processes.length ? { processes } : {}),
    }),
    warnings: warning ? [{ file, message: `${warning}; its start commands are not read` }] : [],
  };
}

/**
 * Functions a platform file deploys: a vercel.json build with a function runtime
 * (`"use": "@vercel/node"`) from the folder its `src` is under, an app manifest's (app.arc), a project file's list
 * (cloudbaserc.json, s.yaml), a netlify.toml functions folder (`functions = "./functions"`,
 * `[functions] directory = "netlify/functions"`).
 */
function platformFunctions(file: string, base: string, text: string, lines: Lines): DeployedFunction[] {
  if (base === 'vercel.json') return vercelBuilds(file, text, lines);
  const declared = appManifestFunctions(file, text);
  if (declared.length) return declared;
  const listed = listedFunctions(file, text);
  if (listed.length) return listed;
  if (base === 'netlify.toml')
    return [...text.matchAll(/^\s*(?:functions|directory)\s*=\s*["']([^"']+)["']/gm)].slice(0, 1).map((m) => ({
      ...evidence(file, lines.at(m.index!), `deploys the Netlify functions in ${m[1]}`),
      platform: netlifyFunctions.name,
    }));
  return [];
}

/** Kubernetes manifests and Helm charts: replicas, autoscalers, images. Templates are regex-read. */
export function parseKubernetes(file: string, text: string): ParsedManifest {
  // a Cloud Run service's or job's YAML kept among the Kubernetes manifests is Cloud Run's
  const descriptor = markedContainerDeploy(file, text);
  if (descriptor) return parseContainerDeploy(file, text, descriptor);
  // a function platform's deployment file kept in a deployment folder (Azure ML's `deployment/deployment.yml`) is no workload
  const listed = listedFunctions(file, text);
  if (listed.length)
    return { manifest: manifestOf('cloudformation', file, undefined, { functions: listed }), warnings: [] };
  // a compose file kept in a deployment folder (`deploy/stack.yml`) is read as one
  if (composeShaped(text)) return parseCompose(file, text);
  const lines = new Lines(text);
  const images: Evidence[] = [];
  const scaleOut: Evidence[] = [];
  const runtimes: Evidence[] = [];
  const isTemplate = /(^|\/)templates\//.test(file) || text.includes('{{');
  const containers: NonNullable<Manifest['containers']> = [];
  if (!isTemplate) {
    const { docs, failed } = yamlDocuments(file, text);
    if (failed) return failed;
    containers.push(...workloadContainers(file, docs, lines));
  }
  for (const m of text.matchAll(/^\s*-?\s*image:\s*["']?([^\s"'#]+)/gm)) {
    images.push(evidence(file, lines.at(m.index!), m[1]!));
    runtimes.push(...runtimeEvidence(file, lines.at(m.index!), m[1]!));
  }
  for (const m of text.matchAll(/^\s*replicas:\s*(\d+)/gm))
    if (Number(m[1]) > 1) scaleOut.push(evidence(file, lines.at(m.index!), `replicas: ${m[1]}`));
  for (const m of text.matchAll(/^kind:\s*(HorizontalPodAutoscaler|ScaledObject|KEDA\w*)/gm))
    scaleOut.push(evidence(file, lines.at(m.index!), m[1]!));
  if (/^\s*autoscaling:\s*$/m.test(text) && /^\s*enabled:\s*true/m.test(text))
    scaleOut.push(evidence(file, lines.find('autoscaling:'), 'Helm autoscaling enabled'));
  return {
    manifest: manifestOf('kubernetes', file, undefined, {
      images,
      runtimes,
      scaleOut,
      ...(containers.length ? { containers } : {}),
    }),
    warnings: [],
  };
}

export type { Manifest, ManifestKind };

import { CONTAINER_DEPLOY_FORMATS, type ContainerDeployFormat } from '../../knowledge/container-deploys.js';
import type { Manifest } from '../../model/facts.js';
import { baseName, parentOf, resolveInside } from '../../paths.js';
import { listedWords } from '../command-words.js';
import { readHcl, type HclBody } from '../hcl.js';
import { starlarkCalls } from './starlark-calls.js';
import { tablesAt, valueAt } from './key-paths.js';
import { dirOf, evidence, isRecord, Lines, manifestOf, type ParsedManifest, problem, yamlDocuments } from './util.js';

/** The record of a container deployment descriptor at this path (copilot/api/manifest.yml), if it is one. */
export function containerDeployFormat(file: string): ContainerDeployFormat | undefined {
  return CONTAINER_DEPLOY_FORMATS.find((f) => !f.marker && f.path.test(file));
}

/** The record of a descriptor of any name its text marks (a Cloud Run service's YAML), if it is one. */
export function markedContainerDeploy(file: string, text: string): ContainerDeployFormat | undefined {
  return CONTAINER_DEPLOY_FORMATS.find((f) => f.marker?.every((m) => m.test(text)) && f.path.test(file));
}

/**
 * A container deployment descriptor's containers, read as compose services are (and so a manifest
 * of the compose kind): one that builds a Dockerfile is a build context running its command (of a
 * descriptor that only builds, a named image build), one that runs an image by name is a container
 * the image-runs chain matches to the repository's builds.
 * A document that is not one (an environment's manifest, a JSON file of another shape) gives nothing.
 */
export function parseContainerDeploy(file: string, text: string, format: ContainerDeployFormat): ParsedManifest {
  const { docs, failed } =
    format.syntax === 'hcl'
      ? hclDocument(file, text)
      : format.syntax === 'starlark'
        ? { docs: [starlarkCalls(text, format.calls ?? {})] }
        : yamlDocuments(file, text);
  if (failed) return failed;
  const lines = new Lines(text);
  let root: string = dirOf(file);
  for (let i = 0; i < (format.buildPathsUp ?? 0); i++) root = parentOf(root);
  const buildContexts: NonNullable<Manifest['buildContexts']> = [];
  const imageBuilds: NonNullable<Manifest['imageBuilds']> = [];
  const containers: NonNullable<Manifest['containers']> = [];
  const images: Manifest['images'] = [];
  const scaleOut: Manifest['scaleOut'] = [];
  for (const data of docs) {
    if (!isRecord(data) || (format.requires !== undefined && !(format.requires in data))) continue;
    const worker = format.runsAsWorker?.values[String(valueAt(data, format.runsAsWorker.key))];
    const job = worker === undefined ? {} : { job: worker };
    if (format.scale) scaleOut.push(...scaling(file, data[format.scale.key], format.scale, lines));
    for (const { table: container, role } of containersOf(data, format)) {
      const named = format.name === undefined ? undefined : container[format.name];
      const name = typeof named === 'string' ? named : (role ?? baseName(dirOf(file)));
      const line0 = [format.command, format.args].map((key) =>
        key === undefined ? undefined : words(valueAt(container, key)),
      );
      const command = line0.some((w) => w !== undefined) ? line0.filter(Boolean).join(' ') : undefined;
      const entrypoint = format.entrypoint === undefined ? undefined : words(valueAt(container, format.entrypoint));
      const build =
        format.build &&
        buildOf(
          format.build.shared ? (valueAt(data, format.build.key) ?? {}) : valueAt(container, format.build.key),
          format.build,
          root,
        );
      const image = valueAt(container, format.image);
      const line = lines.find(typeof image === 'string' ? image : name);
      if (build && format.buildsOnly) {
        if (typeof image === 'string')
          imageBuilds.push({
            ...evidence(file, line, `${format.platform} builds ${build.context} as ${image}`),
            image,
            context: build.context,
            dockerfile: build.dockerfile,
          });
      } else if (build) {
        // an entrypoint of its own replaces the image's, and its CMD with it: the line run is the two together
        const run = entrypoint === undefined ? command : [entrypoint, command].filter(Boolean).join(' ');
        buildContexts.push({
          ...evidence(
            file,
            lines.find(build.written) ?? line,
            `${format.platform} service ${name} builds ${build.context}`,
          ),
          path: build.context,
          dockerfile: build.dockerfile,
          ...(run !== undefined ? { command: run } : {}),
          ...(entrypoint !== undefined ? { entrypoint: true as const } : {}),
          ...job,
        });
      } else if (typeof image === 'string') {
        images.push(evidence(file, line, image));
        containers.push({
          ...evidence(file, line, `${format.platform} service ${name} runs image ${image}`),
          image,
          ...(entrypoint !== undefined ? { entrypoint, command: command ?? '' } : {}),
          ...(entrypoint === undefined && command !== undefined ? { command } : {}),
          ...job,
        });
      }
    }
  }
  if (buildContexts.length + imageBuilds.length + containers.length === 0) return { warnings: [] };
  return {
    manifest: manifestOf('compose', file, undefined, {
      images,
      scaleOut,
      ...(buildContexts.length ? { buildContexts } : {}),
      ...(imageBuilds.length ? { imageBuilds } : {}),
      ...(containers.length ? { containers } : {}),
    }),
    warnings: [],
  };
}

/**
 * The containers of a document: the tables its key path reaches or, for a record of roles, each role
 * by name, one written as its hosts' list (or a list of hosts for all of them: the default role) having no settings.
 */
function containersOf(
  data: Record<string, unknown>,
  format: ContainerDeployFormat,
): { table: Record<string, unknown>; role?: string }[] {
  if (format.hostRoles === undefined) return tablesAt(data, format.containers);
  const roles = valueAt(data, format.containers);
  if (Array.isArray(roles)) return [{ table: {}, role: format.hostRoles }];
  if (!isRecord(roles)) return [];
  return Object.entries(roles).flatMap(([role, value]) =>
    isRecord(value) ? [{ table: value, role }] : Array.isArray(value) ? [{ table: {}, role }] : [],
  );
}

/** A count of copies above one, or autoscaling, as scale-out evidence. */
function scaling(
  file: string,
  count: unknown,
  scale: NonNullable<ContainerDeployFormat['scale']>,
  lines: Lines,
): NonNullable<Manifest['scaleOut']> {
  const line = lines.find(`${scale.key}:`);
  if (typeof count === 'number' && count > 1) return [evidence(file, line, `${scale.key} ${count}`)];
  const by = isRecord(count) ? scale.autoscaling.find((k) => k in count) : undefined;
  return by === undefined ? [] : [evidence(file, line, `autoscaling (${scale.key}.${by})`)];
}

/**
 * An HCL file as one document: a block is a table under its type, then under each of its labels
 * (`job "shop" { group "api" { ... } }` -> `job.shop.group.api`); an attribute holding a literal (a
 * string, a number, a list of them) is its value, any other expression is left out.
 */
function hclDocument(file: string, text: string): { docs: unknown[]; failed?: ParsedManifest } {
  const { body, error } = readHcl(text);
  if (error !== undefined) return { docs: [], failed: problem(file, `HCL: ${error}`) };
  return { docs: [hclTable(body)] };
}

function hclTable(body: HclBody): Record<string, unknown> {
  const table: Record<string, unknown> = {};
  for (const [name, { expr }] of body.attributes) {
    const value = literal(expr);
    if (value !== undefined) table[name] = value;
  }
  for (const block of body.blocks) {
    const path = [block.type, ...block.labels];
    const last = path.pop()!;
    let holder = table;
    for (const key of path) {
      const next = isRecord(holder[key]) ? holder[key] : {};
      holder[key] = next;
      holder = next as Record<string, unknown>;
    }
    holder[last] = hclTable(block);
  }
  return table;
}

/** A literal HCL expression's value: a string, a number, a list of them; undefined for any other. */
function literal(expr: string): unknown {
  try {
    const value: unknown = JSON.parse(expr.replace(/,(\s*\])$/, '$1'));
    const plain = (v: unknown) => typeof v === 'string' || typeof v === 'number';
    return plain(value) || (Array.isArray(value) && value.every(plain)) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What a container builds: the Dockerfile (a path, or the table's) and the context (the table's,
 * else the Dockerfile's folder, else the record's default), from `root`, the Dockerfile from the
 * context where the record says so; a path leaving the repository or set by a variable is no build.
 */
function buildOf(
  value: unknown,
  keys: NonNullable<ContainerDeployFormat['build']>,
  root: string,
): { dockerfile: string; context: string; written: string } | undefined {
  const table = isRecord(value) ? value : undefined;
  const named = typeof value === 'string' ? value : table && valueAt(table, keys.dockerfile);
  const written = table && valueAt(table, keys.context);
  if (named === undefined && written === undefined && (table === undefined || keys.defaultContext === undefined))
    return undefined;
  const path = (from: string, p: unknown) =>
    typeof p === 'string' && !p.includes('$') ? resolveInside(from, p) : undefined;
  const context = written === undefined ? undefined : path(root, written);
  if (written !== undefined && context === undefined) return undefined;
  const base = keys.fromContext ? (context ?? path(root, keys.defaultContext)) : root;
  if (base === undefined) return undefined;
  const dockerfile = named === undefined ? resolveInside(context ?? base, 'Dockerfile') : path(base, named);
  if (dockerfile === undefined) return undefined;
  // a Dockerfile named from the context builds the context (the record's default); one named from the root, its folder
  const dir = context ?? (keys.fromContext || named === undefined ? base : parentOf(dockerfile));
  return { dockerfile, context: dir, written: typeof named === 'string' ? named : String(written ?? '') };
}

/** A command as one line: a string as written, a list of words each quoted where it holds spaces. */
function words(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() || undefined : listedWords(value)?.join(' ');
}

import { CONTAINER_CLI, REMOTE_IMAGE_BUILDS } from '../knowledge/container-cli.js';
import type { Evidence } from '../model/common.js';
import type { Manifest } from '../model/facts.js';
import { parentOf, resolveInside } from '../paths.js';
import { execWords, quoted, segments } from './command-words.js';
import { CHANGES_FOLDER, folderAfter } from './shell-folders.js';
import { shortCommand } from './manifests/util.js';
import { isRecipeFile } from './manifests/run-docs.js';

/**
 * Images the repository builds from its own folders, and the deployments and written commands
 * that run them by name: a Kubernetes container (`image: shop/worker:1.2`, `command: [celery, ...]`),
 * a compose service of that image without a build, a `docker run shop/worker rq worker` in a README
 * or Makefile. Built by a compose service (`image:` beside `build:`) or a `docker build -t shop/worker
 * ./worker` line (README, Makefile, script, package script). A run whose image one of those builds
 * runs that build's Dockerfile with the run's command, so the deploy chain can trace it to the code.
 */

/** An image built from a folder of the repository. */
export interface ImageBuild {
  /** The image's name as tagged, without tag or digest, and its tag. */
  image: string;
  tag: string;
  context: string;
  /** The Dockerfile, root-relative. */
  dockerfile: string;
  /** The build itself pushes the image to a registry (`docker buildx build --push`). */
  pushed?: true;
  at: Evidence;
}

/** A container of an image run by name, with the command it runs where it names one. */
export interface ImageRun {
  image: string;
  tag: string;
  /** Replaces the image's CMD (Kubernetes `args`, the words after the image on `docker run`); `''` drops it. */
  command?: string;
  /** Replaces the image's ENTRYPOINT (Kubernetes `command`, `--entrypoint`). */
  entrypoint?: string;
  /** Run as a worker (a Kubernetes Job or CronJob, run to completion): that worker's name. */
  job?: string;
  at: Evidence;
}

/** An image's name without registry defaults, tag or digest (`docker.io/library/redis:7` -> `redis`). */
export function imageName(image: string): string {
  return splitImage(image).name;
}

/**
 * An image's name and tag as the two fields of a build or run; a tag set by a variable or a CI
 * expression (`shop/api:$TAG`, `:${{ github.sha }}`) is any tag. A part of the name a variable sets
 * (`gcr.io/$PROJECT_ID/api`, `${REGION}-docker.pkg.dev/${PROJECT}/shop/api`) is any part (`*`):
 * the build and the deploy write the same image with other substitutions, and the stable parts
 * match it. A name whose own last part is a variable, or whose only stable part is its last
 * (`$REGISTRY/worker`), names no image.
 */
function nameAndTag(image: string): { image: string; tag: string } | undefined {
  // each substitution as one variable first: its own `:` or `/` (`${TAG:-latest}`, `$(REGION)`) splits no name
  const plain = image.replace(/\$\{\{[^}]*\}\}/g, '$X').replace(/\$\{[^}]*\}|\$\([^)]*\)/g, '$X');
  const { name, tag } = splitImage(plain);
  const parts = name.split('/');
  // the name's own last part and one more must be stable: `$REGISTRY/worker` could be any worker of any registry
  const stable = parts.filter((p) => !/[$`]/.test(p)).length;
  if (/[$`]/.test(parts[parts.length - 1]!) || (stable < 2 && stable < parts.length)) return undefined;
  const named = parts.map((p) => (/[$`]/.test(p) ? ANY_PART : p)).join('/');
  return { image: named, tag: /[$`]/.test(tag) ? ANY_TAG : tag };
}

/** A part of an image's name a variable sets: any part. */
const ANY_PART = '*';

/** Two image names alike part by part, a part a variable sets matching any. */
function sameImage(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.split('/');
  const y = b.split('/');
  return x.length === y.length && x.every((p, i) => p === y[i] || p === ANY_PART || y[i] === ANY_PART);
}

/** The name of a pushed build whose tag names no image (see remoteBuild): with a space, no run's name is like it. */
const UNNAMED = 'unnamed image';

/** The tag of a build or run whose tag a variable sets. */
const ANY_TAG = '*';

/** An image's name and its tag (`latest` when none). */
function splitImage(image: string): { name: string; tag: string } {
  const bare = image.replace(/@sha256:[0-9a-f]+$/i, '');
  const slash = bare.lastIndexOf('/');
  const colon = bare.lastIndexOf(':');
  const untagged = colon > slash ? bare.slice(0, colon) : bare;
  return {
    name: untagged.replace(/^(?:docker\.io\/)?(?:library\/)?/, ''),
    tag: colon > slash ? bare.slice(colon + 1) : 'latest',
  };
}

/**
 * The builds a run's image comes from: those of its name and tag where there are some (one
 * repository tagging its app and its worker, `shop:app` and `shop:worker`), else those of its name
 * (a deployment pinning `:1.4` of an image a Makefile builds as `:latest`).
 */
export function buildsOf(run: ImageRun, builds: readonly ImageBuild[]): ImageBuild[] {
  const named = builds.filter((b) => sameImage(b.image, run.image));
  const tagged = named.filter((b) => b.tag === run.tag || b.tag === ANY_TAG || run.tag === ANY_TAG);
  return tagged.length ? tagged : named;
}

/** A container command line: the image it builds (from which folder and Dockerfile) or the image it runs and with what. */
export function containerCommand(
  line: string,
  dir: string,
):
  | { build: Omit<ImageBuild, 'at'>[] }
  | { run: Omit<ImageRun, 'at'> }
  | { alias: { from: { image: string; tag: string }; to: { image: string; tag: string } } }
  | { push: { image: string; tag: string } }
  | undefined {
  const words = execWords(line) ?? [];
  const remote = remoteBuild(words, dir);
  if (remote) return remote;
  if (!CONTAINER_CLI.programs.includes(words[0] ?? '')) return undefined;
  const sub = (list: readonly (readonly string[])[]) => list.find((s) => s.every((w, i) => words[1 + i] === w))?.length;
  // `docker tag shop-api ghcr.io/org/shop-api:1.2`: the second name is the first's build
  const tagWords = sub(CONTAINER_CLI.tag);
  if (tagWords !== undefined) {
    const [from, to] = words.slice(1 + tagWords).filter((w) => !w.startsWith('-'));
    const alias = from && to ? { from: nameAndTag(from), to: nameAndTag(to) } : undefined;
    return alias?.from && alias.to ? { alias: { from: alias.from, to: alias.to } } : undefined;
  }
  // `docker push ghcr.io/org/job:${{ github.sha }}`: the image pushed to a registry
  const pushWords = sub(CONTAINER_CLI.push);
  if (pushWords !== undefined) {
    const pushed = words.slice(1 + pushWords).find((w) => !w.startsWith('-'));
    const image = pushed === undefined ? undefined : nameAndTag(pushed);
    return image ? { push: image } : undefined;
  }
  const buildWords = sub(CONTAINER_CLI.build);
  const runWords = buildWords === undefined ? sub(CONTAINER_CLI.run) : undefined;
  const at = 1 + (buildWords ?? runWords ?? 0);
  if (buildWords === undefined && runWords === undefined) return undefined;
  const options = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = at; i < words.length; i++) {
    const word = words[i]!;
    if (positional.length > 0 && runWords !== undefined) {
      positional.push(word);
      continue;
    }
    const [name, inline] = word.startsWith('--') && word.includes('=') ? word.split(/=(.*)/s) : [word];
    if (!name!.startsWith('-')) {
      positional.push(word);
      continue;
    }
    const value = inline ?? (CONTAINER_CLI.valued.includes(name!) ? words[++i] : undefined);
    if (value !== undefined) options.set(name!, [...(options.get(name!) ?? []), value]);
  }
  const values = (names: readonly string[]) => names.flatMap((n) => options.get(n) ?? []);
  if (buildWords !== undefined) {
    const context = positional[0] === undefined ? undefined : resolveInside(dir, positional[0].replace(/\/+$/, ''));
    // a variable's value is known only as an image name (see fileScopedNames): a context or Dockerfile held in one is unknown
    if (context === undefined || /[$`]/.test(positional[0]!) || positional[0]!.startsWith(FILE_SCOPED))
      return undefined;
    const file = values(CONTAINER_CLI.fileOptions)[0];
    if (file?.startsWith(FILE_SCOPED)) return undefined;
    const dockerfile = file === undefined ? resolveInside(context, 'Dockerfile') : resolveInside(dir, file);
    if (dockerfile === undefined) return undefined;
    const images = values(CONTAINER_CLI.tagOptions).flatMap((t) => nameAndTag(t) ?? []);
    const pushed = words.some((w) => CONTAINER_CLI.pushOptions.includes(w));
    return {
      build: images.map((image) => ({ ...image, context, dockerfile, ...(pushed ? { pushed: true as const } : {}) })),
    };
  }
  const [written, ...rest] = positional;
  const image = written === undefined ? undefined : nameAndTag(written);
  if (image === undefined) return undefined;
  // a new entrypoint drops the image's CMD too
  const entrypoint = values(CONTAINER_CLI.entrypointOptions)[0];
  const command = rest.map(quoted).join(' ');
  return {
    run: {
      ...image,
      ...(rest.length || entrypoint !== undefined ? { command } : {}),
      ...(entrypoint !== undefined ? { entrypoint } : {}),
    },
  };
}

/** A platform's remote build that pushes what it builds (`gcloud builds submit --tag IMAGE ./api`), see REMOTE_IMAGE_BUILDS. */
function remoteBuild(words: readonly string[], dir: string): { build: Omit<ImageBuild, 'at'>[] } | undefined {
  for (const r of REMOTE_IMAGE_BUILDS) {
    const rest = words[0] === r.command[0] && r.tracks.includes(words[1] ?? '') ? [words[0], ...words.slice(2)] : words;
    if (!r.command.every((w, i) => rest[i] === w)) continue;
    const tags: string[] = [];
    const positional: string[] = [];
    for (let i = r.command.length; i < rest.length; i++) {
      const [name, inline] =
        rest[i]!.startsWith('--') && rest[i]!.includes('=') ? rest[i]!.split(/=(.*)/s) : [rest[i]!];
      if (!name!.startsWith('-')) positional.push(name!);
      else {
        const value = inline ?? (r.valued.includes(name!) ? rest[++i] : undefined);
        if (value !== undefined && r.tagOptions.includes(name!)) tags.push(value);
      }
    }
    const source = positional[0] ?? '.';
    const context = /[$`]/.test(source) ? undefined : resolveInside(dir, source.replace(/\/+$/, ''));
    const dockerfile = context === undefined ? undefined : resolveInside(context, 'Dockerfile');
    if (context === undefined || dockerfile === undefined) return undefined;
    // the build pushes whatever its tag is: a name made of variables only (`"${REGION}-docker.pkg.dev/${P}/${IMAGE}"`)
    // is kept under a name no run can have, so the folder's image is still known to be pushed
    const images = tags.map((t) => nameAndTag(t) ?? { image: UNNAMED, tag: ANY_TAG });
    return { build: images.map((image) => ({ ...image, context, dockerfile, pushed: true as const })) };
  }
  return undefined;
}

/**
 * The command lines the repository writes down, with the folder each runs in and where it is written;
 * `kinds` keeps those of some kinds of files only (READMEs and scripts, not workflows or package scripts).
 */
export function writtenLines(
  manifests: readonly Manifest[],
  kinds?: readonly Manifest['kind'][],
): { command: string; dir: string; fromRoot?: string; at: Evidence }[] {
  const out: { command: string; dir: string; fromRoot?: string; at: Evidence; split?: boolean }[] = [];
  for (const m of manifests) {
    if (kinds && !kinds.includes(m.kind)) continue;
    if (m.kind === 'run-doc')
      for (const { command, dir, name: _, ...at } of m.processes ?? []) out.push({ command, dir, at });
    else if (m.kind === 'shell-script' || m.kind === 'start-script' || m.kind === 'workflow') {
      // a CI job runs its steps in the checkout's root; a script where it sits, and where its `cd` lines lead
      // (`cd clients` and then `docker build -t clients .`), a folder from a variable read as its own. A script
      // in a subfolder may be run from the root too (`./scripts/deploy.sh`): `fromRoot` is the folder then
      const own = m.kind === 'workflow' ? '.' : parentOf(m.file);
      let cwd: string | undefined = own;
      let rootCwd: string | undefined = '.';
      for (const [key, command] of Object.entries(m.commandLines ?? m.scripts ?? {})) {
        const line = Number(/^line (\d+)$/.exec(key)?.[1]);
        const at = { file: m.file, ...(line ? { line } : {}), detail: m.file };
        const alt = (folder: string | undefined) => (own !== '.' && folder !== undefined ? { fromRoot: folder } : {});
        if (m.kind === 'workflow' || !CHANGES_FOLDER.test(command)) {
          out.push({ command, dir: cwd ?? own, at, ...alt(rootCwd) });
          continue;
        }
        let here: string | undefined = cwd;
        let hereFromRoot: string | undefined = rootCwd;
        for (const part of segments(command)) {
          out.push({ command: part, dir: here ?? own, at, split: true, ...alt(hereFromRoot) });
          here = folderAfter(part, here, own);
          hereFromRoot = folderAfter(part, hereFromRoot, own);
        }
        // a subshell's `cd` ends with it
        if (!command.trimStart().startsWith('(')) [cwd, rootCwd] = [here, hereFromRoot];
      }
    } else if (m.kind === 'package.json')
      for (const [name, command] of Object.entries(m.scripts ?? {}))
        out.push({ command, dir: m.dir, at: { file: m.file, detail: `package script ${name}` } });
  }
  // each command of a line (`docker build ... && docker run ...`), quotes kept whole (`sh -c "cd /app && rq worker"`)
  return out.flatMap(({ split, ...l }) => (split ? [l] : segments(l.command).map((command) => ({ ...l, command }))));
}

/** Images built from the repository's folders, and the containers run by image name, from the runtime files that say so. */
export function imageBuildsAndRuns(
  manifests: readonly Manifest[],
  /** How a written line's image names are read before it is (see fileScopedNames); as written by default. */
  names: (command: string, file: string) => string = (command) => command,
): { builds: ImageBuild[]; runs: ImageRun[] } {
  const builds: ImageBuild[] = [];
  const runs: ImageRun[] = [];
  for (const m of manifests) {
    for (const { image, context, dockerfile, pushed, ...at } of m.imageBuilds ?? []) {
      const name = nameAndTag(image);
      if (name) builds.push({ ...name, context, dockerfile, ...(pushed ? { pushed } : {}), at });
    }
    for (const c of m.containers ?? []) {
      const { image, command, entrypoint, job, ...at } = c;
      const name = nameAndTag(image);
      if (!name) continue;
      runs.push({
        ...name,
        ...(job ? { job } : {}),
        ...(command !== undefined ? { command } : {}),
        ...(entrypoint !== undefined ? { entrypoint } : {}),
        at,
      });
    }
  }
  // a platform's deploy from source builds the folder and runs what it built: a build and a run paired by the
  // deploy's own line (a name no image can have), traced like any image the repository builds and runs
  for (const m of manifests)
    for (const { context, dockerfile, job, ...at } of m.sourceDeploys ?? []) {
      const image = `source deploy ${at.file}:${at.line ?? 0}`;
      builds.push({ image, tag: 'latest', context, dockerfile, at });
      runs.push({ image, tag: 'latest', ...(job ? { job } : {}), at });
    }
  const aliases: { from: { image: string; tag: string }; to: { image: string; tag: string }; at: Evidence }[] = [];
  const dockerfiles = new Set(manifests.filter((m) => m.kind === 'dockerfile').map((m) => m.file));
  const buildsExisting = (read: ReturnType<typeof containerCommand>) =>
    read !== undefined && 'build' in read && read.build.some((b) => dockerfiles.has(b.dockerfile));
  for (const { command: written, dir, fromRoot, at } of writtenLines(manifests)) {
    const command = names(written, at.file);
    let read = containerCommand(command, dir);
    // a script in a subfolder run from the root (`./scripts/deploy.sh`) builds the folder its path names from there
    if (fromRoot !== undefined && read && 'build' in read && !buildsExisting(read)) {
      const rooted = containerCommand(command, fromRoot);
      if (buildsExisting(rooted)) read = rooted;
    }
    if (!read) continue;
    const detail = `${at.detail} runs ${shortCommand(command, 60)}`;
    if ('build' in read) builds.push(...read.build.map((b) => ({ ...b, at: { ...at, detail } })));
    else if ('alias' in read) aliases.push({ ...read.alias, at: { ...at, detail } });
    else if ('run' in read) runs.push({ ...read.run, at: { ...at, detail } });
  }
  // a name a build is tagged with again (`docker tag api ghcr.io/org/api:1.2`) is that build's too
  for (const { from, to, at } of aliases)
    for (const b of buildsOf({ ...from, at }, builds))
      builds.push({ ...b, ...to, at: { ...b.at, detail: `${b.at.detail}, ${at.detail}` } });
  return { builds, runs };
}

/**
 * The Dockerfiles of the images the project's own release commands push to a registry: those of a CI workflow's run
 * steps, a shell script's and a Makefile's or justfile's recipes (a README's are a reader's try-out, not a release).
 * A `docker push` of a name one of the same files' builds makes (`docker build -t ghcr.io/org/job:${{ github.sha }}
 * ./job`, or a name a `docker tag` gives it), or a build that pushes itself (`buildx build --push`, `gcloud builds
 * submit --tag`). A name held in a variable (`docker build -t "$IMAGE" ...` then `docker push "$IMAGE"`) is one image
 * within its file. A build action's `push` input is read with the workflow (see manifests/workflow-images); together
 * they are the images a scheduler or platform takes from the registry.
 */
export function pushedDockerfiles(manifests: readonly Manifest[]): { dockerfile: string; by: string }[] {
  const releasing = manifests.filter(
    (m) =>
      (m.kind === 'workflow' && m.commandLines) ||
      m.kind === 'shell-script' ||
      (m.kind === 'run-doc' && isRecipeFile(m.file)),
  );
  if (releasing.length === 0) return [];
  const workflows = new Set(releasing.filter((m) => m.kind === 'workflow').map((m) => m.file));
  const pushes: ImageRun[] = [];
  // the Dockerfiles too: a script in a subfolder run from the root builds the one its path names from there
  const dockerfiles = manifests.filter((m) => m.kind === 'dockerfile');
  const { builds } = imageBuildsAndRuns([...releasing, ...dockerfiles], fileScopedNames);
  for (const { command, dir, at } of writtenLines(releasing)) {
    const read = containerCommand(fileScopedNames(command, at.file), dir);
    if (read && 'push' in read) pushes.push({ ...read.push, at });
  }
  // what pushes it, for evidence: a workflow, or the script or Makefile by name
  const by = (file: string) => (workflows.has(file) ? 'a workflow' : file);
  return [
    ...builds.filter((b) => b.pushed).map((b) => ({ dockerfile: b.dockerfile, by: by(b.at.file) })),
    ...pushes.flatMap((p) => buildsOf(p, builds).map((b) => ({ dockerfile: b.dockerfile, by: by(p.at.file) }))),
  ];
}

/** The registry part of a name a variable holds, see fileScopedNames: no image anyone pulls has it. */
const FILE_SCOPED = 'variable.local/';

/**
 * A word that is only a variable, with a tag or not (`"$IMAGE"`, `${IMAGE}`, `$(IMAGE)`, `${JOB}:latest`,
 * `${IMAGE_URL}:${TAG}`): one image within the file that sets it.
 */
const LONE_VARIABLE = /(^|\s)(["']?)\$(?:\{(\w+)\}|\((\w+)\)|(\w+))(:[^\s"'/]*)?\2(?=\s|$)/g;

/** The line with each lone variable written as a name of its own file's (`variable.local/<file>/IMAGE`), see pushedDockerfiles. */
function fileScopedNames(command: string, file: string): string {
  return command.replace(
    LONE_VARIABLE,
    (_, space: string, _q, braced?: string, made?: string, plain?: string, tag?: string) =>
      `${space}${FILE_SCOPED}${file}/${braced ?? made ?? plain}${tag ?? ''}`,
  );
}

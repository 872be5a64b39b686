import { CI_IMAGE_ACTIONS, CONTAINER_CLI } from '../../knowledge/container-cli.js';
import { escape } from '../../knowledge/matchers.js';
import type { Manifest } from '../../model/facts.js';
import { resolveInside } from '../../paths.js';
import { evidence, isRecord, type Lines } from './util.js';

type ImageBuild = NonNullable<Manifest['imageBuilds']>[number];

/**
 * Whether a workflow's text names a container program or an image action at all: only such lines
 * and steps make images (`containerCommand` reads a line whose first word is a container program),
 * so a workflow naming neither is not parsed for them (most of a large repository's workflows).
 */
export const MENTIONS_IMAGES = new RegExp(
  [...CONTAINER_CLI.programs, ...CI_IMAGE_ACTIONS.map((a) => a.uses)].map(escape).join('|'),
);

/**
 * What a CI workflow's steps build and run with containers: the images its build actions make
 * (`docker/build-push-action` with `context`, `file` and `tags`, the tags often taken from a
 * `docker/metadata-action` step's `images`), and its `run` steps' lines, read like a script's
 * (`docker build -t shop/api:${{ github.sha }} ./api`). `${{ env.X }}` is filled in from the
 * workflow's, job's and step's literal `env`; any other expression stays, and the image reader
 * takes a name holding one for no name and a tag holding one for any tag.
 */
export function workflowImages(
  file: string,
  data: unknown,
  lines: Lines,
): { imageBuilds: ImageBuild[]; commandLines: Record<string, string> } {
  const imageBuilds: ImageBuild[] = [];
  const commandLines: Record<string, string> = {};
  if (!isRecord(data) || !isRecord(data.jobs)) return { imageBuilds, commandLines };
  const top = literalEnv(data.env);
  // steps are met in the file's order: each is looked for after the one before (the same action used twice)
  let cursor = 0;
  const lineOf = (needle: string) => {
    const at = lines.text.indexOf(needle, cursor);
    if (at < 0) return undefined;
    cursor = at + 1;
    return lines.at(at);
  };
  for (const job of Object.values(data.jobs)) {
    if (!isRecord(job) || !Array.isArray(job.steps)) continue;
    const jobEnv = { ...top, ...literalEnv(job.env) };
    const steps = job.steps.filter(isRecord);
    for (const step of steps) {
      const env = { ...jobEnv, ...literalEnv(step.env) };
      // any other expression as one word (`${{github.sha}}`), so that a command line splits as the shell sees it
      const fill = (text: string) =>
        text
          .replace(/\$\{\{\s*env\.(\w+)\s*\}\}/g, (whole, name: string) => env[name] ?? whole)
          .replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => `\${{${expression.replace(/\s+/g, '')}}}`);
      if (typeof step.run === 'string') {
        const first = lineOf(step.run.split('\n')[0]!.trim());
        step.run
          .replace(/\s*\\\n\s*/g, ' ')
          .split('\n')
          .forEach((command, i) => {
            if (command.trim() && !command.trim().startsWith('#'))
              commandLines[`line ${(first ?? 0) + i}`] = fill(command.trim());
          });
      }
      const uses = typeof step.uses === 'string' ? step.uses.split('@')[0] : undefined;
      const action = CI_IMAGE_ACTIONS.find((a) => a.uses === uses);
      if (!action || !isRecord(step.with)) continue;
      const input = (name: string) => {
        const value = (step.with as Record<string, unknown>)[name];
        return typeof value === 'string' ? fill(value) : undefined;
      };
      const context = resolveInside('.', (input(action.context) ?? '.').replace(/^\.\/?$/, '.'));
      if (context === undefined || context.includes('${{')) continue;
      const named = input(action.file);
      const dockerfile = named === undefined ? resolveInside(context, 'Dockerfile') : resolveInside('.', named);
      if (dockerfile === undefined || dockerfile.includes('${{')) continue;
      const at = evidence(file, lineOf(step.uses as string), `${file} builds with ${uses}`);
      // `push: true`, or an expression that pushes on some events (`${{ github.event_name != 'pull_request' }}`)
      const push = (step.with as Record<string, unknown>)[action.push];
      const pushed = push === true || (typeof push === 'string' && push.trim() !== 'false');
      for (const image of imagesOf(input(action.tags) ?? '', steps, fill))
        imageBuilds.push({ ...at, image, context, dockerfile, ...(pushed ? { pushed: true as const } : {}) });
    }
  }
  return { imageBuilds, commandLines };
}

/** A tags input's images: its list (commas or lines), or the images of the metadata step whose output it takes. */
function imagesOf(tags: string, steps: readonly Record<string, unknown>[], fill: (t: string) => string): string[] {
  const output = /^\s*\$\{\{\s*steps\.([\w-]+)\.outputs\.tags\s*\}\}\s*$/.exec(tags);
  if (!output) return list(tags);
  const meta = steps.find((s) => s.id === output[1]);
  const images = meta && isRecord(meta.with) ? meta.with.images : undefined;
  // a metadata step's image list may carry options after the name (`name=ghcr.io/org/app,enable=true`)
  // the step makes the tags from the run (a version, a branch, a sha): any tag of each image
  return typeof images === 'string' ? list(fill(images)).map((image) => `${image}:\${{${output[1]}}}`) : [];
}

function list(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((t) => t.trim().replace(/^name=/, ''))
    .filter((t) => t && !/^\w+=/.test(t));
}

function literalEnv(env: unknown): Record<string, string> {
  if (!isRecord(env)) return {};
  return Object.fromEntries(
    Object.entries(env).flatMap(([k, v]) =>
      typeof v === 'string' && !v.includes('${{') ? [[k, v]] : typeof v === 'number' ? [[k, String(v)]] : [],
    ),
  );
}

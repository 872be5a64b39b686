import { DEMO_FOLDER_WORDS } from '../knowledge/service-roles.js';
import type { Evidence } from '../model/common.js';
import type { Manifest, ManifestKind } from '../model/facts.js';
import { RELOAD_OPTIONS } from '../knowledge/package-scripts.js';
import { execWords } from './command-words.js';
import { parentOf, relativeTo } from '../paths.js';

/** What the demo-image rule asks of a published package that something runs. */
export interface DemoImageCandidate {
  dir: string;
  /**
   * Files of its code that run: those that start its server, modules an app server's command serves,
   * files a deployment's command runs.
   */
  runs: readonly string[];
  /** All its entry evidence: start lines of its code, deployment commands, start scripts, written runs. */
  entries: readonly Evidence[];
}

export interface DemoImage {
  /** The first file it runs (its start line where its code starts), inside a demo folder. */
  start: Evidence;
  /** The demo folder holding it, root-relative. */
  folder: string;
  /** The Dockerfiles and compose files that run it. */
  by: string[];
}

/** Deployment files that build and run an image, which a library keeps to try its own demo. */
const IMAGE_KINDS: ReadonlySet<ManifestKind> = new Set(['dockerfile', 'compose']);

const DEMO_WORD = new RegExp(`^(?:${DEMO_FOLDER_WORDS.join('|')})$`, 'i');

/**
 * A published package's demo image: every file of it that runs (its server's start, what its image's
 * command runs) is in a demo folder inside it (`example/app.py`, `example_app/app.py`), and only
 * Dockerfiles and compose files run it. That is how a library's maintainers try the library
 * (`pip install -e .` and the example's `app.run()`), not a deployment: a Procfile, platform file,
 * Kubernetes manifest, start script or README run of it keeps it a service, as does any server
 * started outside a demo folder, or an image running the package's own command (the caller asks).
 */
export function demoImage(
  c: DemoImageCandidate,
  kindOf: (file: string) => ManifestKind | undefined,
): DemoImage | undefined {
  if (c.runs.length === 0) return undefined;
  const folders = c.runs.map((file) => demoFolder(c.dir, file));
  if (folders.some((f) => f === undefined)) return undefined;
  const starts = new Set(c.runs);
  const by = new Set<string>();
  for (const e of c.entries) {
    if (starts.has(e.file)) continue;
    const kind = kindOf(e.file);
    if (kind === undefined || !IMAGE_KINDS.has(kind)) return undefined;
    by.add(e.file);
  }
  if (by.size === 0) return undefined;
  const first = c.entries.find((e) => starts.has(e.file)) ?? { file: c.runs[0]!, detail: 'runs' };
  return { start: first, folder: folders[0]!, by: [...by].sort() };
}

/** The folder between the package's folder and the file whose name has a demo word, root-relative. */
function demoFolder(dir: string, file: string): string | undefined {
  const rest = relativeTo(dir, parentOf(file));
  if (rest === undefined || rest === '.' || rest === '') return undefined;
  const segments = rest.split('/');
  const at = segments.findIndex((segment) => segment.split(/[-_. ]/).some((word) => DEMO_WORD.test(word)));
  if (at < 0) return undefined;
  const inside = segments.slice(0, at + 1).join('/');
  return dir === '.' ? inside : `${dir}/${inside}`;
}

/**
 * A development environment for another repository: the image clones one (`RUN git clone
 * https://github.com/org/framework.git`) and every command it runs reloads on code changes
 * (`uvicorn hello:app --reload`), the server of someone editing that checkout, not a deployment.
 */
export function devEnvironment(dockerfile: Manifest | undefined): string | undefined {
  const clone = dockerfile?.clones?.[0];
  const commands = Object.values(dockerfile?.scripts ?? {});
  if (!clone || commands.length === 0) return undefined;
  const reloads = (command: string) =>
    (execWords(command) ?? command.split(/\s+/)).some((w) => RELOAD_OPTIONS.includes(w.split('=')[0]!));
  return commands.every(reloads)
    ? `a development environment: the image ${clone.detail} (${clone.file}:${clone.line}) and runs a reloading server on that checkout`
    : undefined;
}

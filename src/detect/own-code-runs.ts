import type { ServerKnowledge } from '../knowledge/servers/derive.js';
import type { Backend } from '../model/common.js';
import type { CodeFact } from '../model/facts.js';
import { pythonModuleFiles, resolveInside } from '../paths.js';
import { launchedTarget, programWords } from './command-words.js';
import type { SourceOf } from './compiled-sources.js';

/** What a command starts of the folder's own code: the file it runs and whether that file only consumes messages. */
export interface OwnCodeRun {
  backend: Backend;
  file: string;
  /** The file holds a worker's evidence (a queue loop, a consumer) and no server's. */
  worker: boolean;
}

/**
 * The file of the folder's own code that a deployment's command runs: `python worker.py`,
 * `python -m shop.jobs.consumer` (its module file, package `__main__` or `__init__`), `node
 * consumer.js`, `node dist/worker.js` (the source it was compiled from), looked up from the folder the command runs in. A module or script that is not a
 * file of the tree (`python -m pytest`) is none. Whether it is a worker comes from the file's
 * own code, so that `worker: python -m shop.jobs.consumer` beside `web: gunicorn ...` is the
 * worker's entry, not a second web entry.
 */
export function ownCodeRun(
  dir: string,
  command: string,
  files: ReadonlySet<string>,
  factsOf: (file: string) => readonly CodeFact[],
  k: ServerKnowledge,
  sourceOf?: SourceOf,
): OwnCodeRun | undefined {
  const [program, ...args] = programWords(command);
  const launcher = program && k.scriptLaunchers.find((l) => l.pattern.test(program));
  if (!launcher) return undefined;
  const target = launchedTarget(args, launcher.backend === 'python');
  if (target === undefined) return undefined;
  const candidates = 'file' in target ? [target.file] : pythonModuleFiles(target.module, true);
  // a built file (`node dist/worker.js`) runs the source the tree holds it from (see compiled-sources)
  const file = candidates
    .map((c) => resolveInside(dir, c))
    .map((f) => (f === undefined || files.has(f) ? f : sourceOf?.(f)))
    .find((f) => f !== undefined && files.has(f));
  if (file === undefined) return undefined;
  return { backend: launcher.backend, file, worker: consumesOnly(factsOf(file)) };
}

/**
 * A file's code facts show a worker's evidence (a queue loop, a consumer) and no server of requests:
 * a file that also listens on a port (`server.listen(PORT)`, `app.run()`) is one process serving
 * HTTP, whatever it consumes beside.
 */
export function consumesOnly(facts: readonly CodeFact[]): boolean {
  const consumes = facts.some((f) => f.serves === 'worker');
  return consumes && !facts.some((f) => SERVING_KINDS.has(f.kind) && !f.serves);
}

/** A plain script: its code facts show nothing that serves, starts a server, consumes or keeps the process alive. */
export function servesNothing(facts: readonly CodeFact[]): boolean {
  return !facts.some((f) => f.serves !== undefined || SERVING_KINDS.has(f.kind));
}

const SERVING_KINDS: ReadonlySet<CodeFact['kind']> = new Set(['server', 'server-start', 'start']);

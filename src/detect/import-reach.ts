import type { CodeFact, ImportRef } from '../model/facts.js';
import { isInside, parentOf, pythonModuleFiles } from '../paths.js';

/** Imports followed from the file a deployment runs, at most this deep (an entry, its base class, the client it wraps). */
const MAX_DEPTH = 3;

/**
 * A queue consumer a Python file a deployment runs reaches through the repository's own imports, outside
 * its own project: an image's entry (`mailer/main.py`) subclassing or calling a base class of a shared
 * folder (`common/consumer.py`, copied into each image) whose method runs the consume loop
 * (`basic_consume` + `start_consuming`, `consumer.poll` in a loop). The loop is then the worker's
 * evidence of the folder the deployment runs, not only of the shared folder, which nothing runs.
 * A module is looked up as Python finds it from a script: from the script's folder, then from each
 * folder above (the image's working directory holding the copies, or a `sys.path` entry above).
 * A shared file that serves requests (a web app's module) reaches no worker.
 */
export function reachedConsumer(
  file: string,
  project: string,
  importsOf: (file: string) => readonly ImportRef[],
  files: ReadonlySet<string>,
  factsOf: (file: string) => readonly CodeFact[],
): CodeFact | undefined {
  const seen = new Set([file]);
  let layer = [file];
  for (let depth = 0; depth < MAX_DEPTH && layer.length > 0; depth++) {
    const next: string[] = [];
    for (const from of layer)
      for (const ref of importsOf(from)) {
        if (ref.ecosystem !== 'python') continue;
        for (const module of [...(ref.submodules ?? []), ref.module]) {
          const found = moduleFile(module, parentOf(file), files);
          if (found === undefined || seen.has(found)) continue;
          seen.add(found);
          next.push(found);
        }
      }
    for (const reached of next) {
      if (isInside(reached, project)) continue;
      const facts = factsOf(reached);
      const loop = facts.find((f) => f.serves === 'worker');
      if (loop && !facts.some((f) => f.serves === undefined && SERVING.has(f.kind))) return loop;
    }
    layer = next;
  }
  return undefined;
}

const SERVING: ReadonlySet<CodeFact['kind']> = new Set(['server', 'server-start', 'start']);

/** The repository file a dotted module is, looked up from `dir` and each folder above it. */
function moduleFile(module: string, dir: string, files: ReadonlySet<string>): string | undefined {
  for (let at = dir; ; at = parentOf(at)) {
    for (const relative of pythonModuleFiles(module)) {
      const path = at === '.' ? relative : `${at}/${relative}`;
      if (files.has(path)) return path;
    }
    if (at === '.') return undefined;
  }
}

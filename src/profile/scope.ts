import { CODE_LANGUAGES } from '../knowledge/languages.js';
import { COMMAND_MAX_CHARS, FILE_SIGNAL_RULES } from '../knowledge/signals.js';
import type { Evidence } from '../model/common.js';
import type { Dependency, Manifest } from '../model/facts.js';

/** Importing files kept as examples per rule group (the first by path); the rest are counted. */
export const MAX_IMPORT_EXAMPLES = 10;

export interface ImportHits {
  files: number;
  lastFile: string;
  /** Sorted by path, at most MAX_IMPORT_EXAMPLES. */
  examples: Evidence[];
  /** Modules of the group seen, in first-seen order. */
  modules: string[];
}

/** Everything one service (or the whole repo) holds that signals are derived from. */
export class Scope {
  /** `${ecosystem}:${name}` -> the dependency, runtime preferred over dev. */
  readonly dependencies = new Map<string, Dependency>();
  /**
   * Per rule group (see signals.ts), how many files import one of its modules, and the first
   * few of them: counts, not file sets, so memory stays flat on 200k-file monorepos.
   */
  readonly importHits = new Map<string, ImportHits>();
  readonly languages: Record<string, number> = {};
  codeFiles = 0;
  /** Per index in FILE_SIGNAL_RULES, the files or settings that match it. */
  readonly fileHits = new Map<number, Evidence[]>();

  addManifest(manifest: Manifest): void {
    // Lockfiles list transitive packages too (`ws` under half of npm): only what a manifest
    // declares says what the project chose to use.
    if (!manifest.lockfile) {
      for (const dep of manifest.dependencies) {
        if (dep.transitive) continue; // pip-compile's `# via fastapi`
        const key = `${dep.ecosystem}:${dep.name}`;
        const known = this.dependencies.get(key);
        if (!known || (known.dev && !dep.dev)) this.dependencies.set(key, dep);
      }
    }
    const settings = manifest.scaleOut ?? [];
    FILE_SIGNAL_RULES.forEach((rule, index) => {
      const fact = rule.fact;
      if (fact.kind === 'manifest') {
        // a config whose replicas or autoscaler detect read counts by those settings instead
        if (fact.manifests.includes(manifest.kind) && settings.length === 0)
          this.fileHit(index, { file: manifest.file, detail: `${fact.label} ${manifest.file}` });
      } else if (fact.kind === 'scale-setting') {
        for (const setting of settings) this.fileHit(index, setting);
      } else if (fact.kind === 'command') {
        for (const [name, command] of Object.entries(manifest.scripts ?? {})) {
          const text = command.slice(0, COMMAND_MAX_CHARS).replace(/["',[\]]/g, ' ');
          if (fact.pattern.test(text))
            this.fileHit(index, { file: manifest.file, detail: `${fact.label}: ${name}: ${shorten(command)}` });
        }
      }
    });
  }

  /** Imports arrive grouped by file (detect emits them file by file), so a file is counted once per group. */
  addImport(group: string, module: string, file: string, line: number): void {
    let hits = this.importHits.get(group);
    if (!hits) this.importHits.set(group, (hits = { files: 0, lastFile: '', examples: [], modules: [] }));
    if (!hits.modules.includes(module)) hits.modules.push(module);
    if (hits.lastFile === file) return;
    hits.lastFile = file;
    hits.files++;
    if (wouldKeep(hits.examples, file, MAX_IMPORT_EXAMPLES))
      keepFirstByPath(hits.examples, { file, line, detail: `imports ${module}` }, MAX_IMPORT_EXAMPLES);
  }

  addSource(path: string, language: string, size: number): void {
    this.languages[language] = (this.languages[language] ?? 0) + size;
    if (CODE_LANGUAGES.has(language)) this.codeFiles++;
    if (language === 'Jupyter Notebook') {
      FILE_SIGNAL_RULES.forEach((rule, index) => {
        if (rule.fact.kind === 'notebooks') this.fileHit(index, { file: path, detail: 'notebook' });
      });
    }
  }

  bytes(languages: Set<string>): number {
    let sum = 0;
    for (const [name, bytes] of Object.entries(this.languages)) if (languages.has(name)) sum += bytes;
    return sum;
  }

  private fileHit(index: number, evidence: Evidence): void {
    const list = this.fileHits.get(index);
    if (list) list.push(evidence);
    else this.fileHits.set(index, [evidence]);
  }
}

/** Whether an item of this file would be among the first `max` by path (asked before one is made: most are not). */
function wouldKeep(list: readonly Evidence[], file: string, max: number): boolean {
  return list.length < max || list[list.length - 1]!.file > file;
}

/** Inserts `item` into `list` (sorted by file) and drops the last when over `max`. */
function keepFirstByPath(list: Evidence[], item: Evidence, max: number): void {
  if (!wouldKeep(list, item.file, max)) return;
  let at = list.length;
  while (at > 0 && list[at - 1]!.file > item.file) at--;
  list.splice(at, 0, item);
  if (list.length > max) list.pop();
}

function shorten(command: string): string {
  const line = command.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

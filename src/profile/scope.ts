import { CODE_LANGUAGES, ecosystemOfLanguage } from '../knowledge/languages.js';
import type { Backend } from '../model/common.js';
import { COMMAND_MAX_CHARS, FILE_SIGNAL_RULES, type FileFact } from '../knowledge/signals.js';
import type { Evidence } from '../model/common.js';
import type { CodeFact, Dependency, Manifest } from '../model/facts.js';
import type { Reach } from './strength.js';
import { shortCommand } from '../detect/manifests/util.js';

/** Importing files kept as examples per rule group (the first by path); the rest are counted. */
export const MAX_IMPORT_EXAMPLES = 10;

export interface HandlerHits {
  signal: string;
  ecosystem: Backend;
  /** Handler lines (`file:line`: a line two frameworks' patterns match is one handler), and the strongest ceiling among their patterns. */
  lines: Set<string>;
  ceiling: number;
  /** Sorted by path, at most MAX_IMPORT_EXAMPLES. */
  examples: Evidence[];
}

export interface ImportHits {
  files: number;
  /** Bytes of the files counted, where their size was read. */
  bytes: number;
  /** The scope's entry file (or a script its service starts) imports one of the modules. */
  entry: boolean;
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
  /** Runtime code files and bytes per backend language: a library's share is of its own language's code. */
  readonly code: Record<Backend, { files: number; bytes: number }> = {
    node: { files: 0, bytes: 0 },
    python: { files: 0, bytes: 0 },
  };
  /** Hits whose last file is the one being read: its size is added when the file itself arrives. */
  private pending: { file: string; hits: ImportHits[] } = { file: '', hits: [] };
  /** Per index in FILE_SIGNAL_RULES, the files or settings that match it. */
  readonly fileHits = new Map<number, Evidence[]>();
  /** Route and handler lines per backend (`file:line`): the service's handlers. */
  readonly handlers: Record<Backend, Set<string>> = { node: new Set(), python: new Set() };
  /** Per `${signal}\0${ecosystem}`, the handlers written with a framework's own API for that work. */
  readonly handlerHits = new Map<string, HandlerHits>();

  /** Rule groups of server work (PackageSource.serverWork) that browser code imports. */
  readonly browserImports = new Set<string>();

  /** `entryFiles`: the files that start the scope's service and the scripts it starts (none for the repo). */
  constructor(private readonly entryFiles = new Set<string>()) {}

  /** A script the service starts as a process: on its path like the entry file. */
  markEntry(file: string): void {
    this.entryFiles.add(file);
  }

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
    FILE_SIGNAL_RULES.forEach((rule, index) => {
      for (const hit of manifestHits(rule.fact, manifest)) this.fileHit(index, hit);
    });
  }

  /** Imports arrive grouped by file (detect emits them file by file), so a file is counted once per group. */
  addImport(group: string, module: string, file: string, line: number): void {
    let hits = this.importHits.get(group);
    if (!hits)
      this.importHits.set(
        group,
        (hits = { files: 0, bytes: 0, entry: false, lastFile: '', examples: [], modules: [] }),
      );
    if (!hits.modules.includes(module)) hits.modules.push(module);
    if (hits.lastFile === file) return;
    hits.lastFile = file;
    hits.files++;
    if (this.entryFiles.has(file)) hits.entry = true;
    if (this.pending.file !== file) this.pending = { file, hits: [] };
    this.pending.hits.push(hits);
    if (wouldKeep(hits.examples, file, MAX_IMPORT_EXAMPLES))
      keepFirstByPath(hits.examples, { file, line, detail: `imports ${module}`, module }, MAX_IMPORT_EXAMPLES);
  }

  /** Browser code imports a module of a group whose work counts only on the server: not counted, but remembered. */
  addBrowserImport(group: string): void {
    this.browserImports.add(group);
  }

  addSource(path: string, language: string, size: number): void {
    this.languages[language] = (this.languages[language] ?? 0) + size;
    const ecosystem = ecosystemOfLanguage(language);
    if (CODE_LANGUAGES.has(language)) this.codeFiles++;
    if (ecosystem && CODE_LANGUAGES.has(language)) {
      this.code[ecosystem].files++;
      this.code[ecosystem].bytes += size;
      if (this.pending.file === path) for (const hits of this.pending.hits) hits.bytes += size;
    }
    if (language === NOTEBOOK) {
      FILE_SIGNAL_RULES.forEach((rule, index) => {
        if (rule.fact.kind === 'notebooks') this.fileHit(index, { file: path, detail: 'notebook' });
      });
    }
  }

  /** A route, or a handler written with a framework's own API for a kind of work (a WebSocket handler). */
  addHandler(fact: CodeFact): void {
    const line = `${fact.file}:${fact.line}`;
    this.handlers[fact.ecosystem].add(line);
    if (fact.kind !== 'handler' || !fact.signal) return;
    const key = `${fact.signal}\0${fact.ecosystem}`;
    let hits = this.handlerHits.get(key);
    if (!hits)
      this.handlerHits.set(
        key,
        (hits = { signal: fact.signal, ecosystem: fact.ecosystem, lines: new Set(), ceiling: 0, examples: [] }),
      );
    hits.ceiling = Math.max(hits.ceiling, fact.ceiling ?? 1);
    if (hits.lines.has(line)) return;
    hits.lines.add(line);
    keepFirstByPath(hits.examples, { file: fact.file, line: fact.line, detail: fact.detail }, MAX_IMPORT_EXAMPLES);
  }

  /** How much of the scope's runtime code in the group's language imports its modules. */
  reachOf(hits: ImportHits, ecosystem: Backend): Reach {
    const { files, bytes, entry } = hits;
    const code = this.code[ecosystem];
    return { files, bytes, entry, codeFiles: code.files, codeBytes: code.bytes };
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

const NOTEBOOK = 'Jupyter Notebook';

/**
 * The items a manifest holds for one file rule. A switch on the fact's kind the compiler checks:
 * a new kind of file fact is a compile error here until it says what it reads.
 */
function manifestHits(fact: FileFact, manifest: Manifest): Evidence[] {
  const settings = manifest.scaleOut ?? [];
  switch (fact.kind) {
    case 'manifest':
      // a config whose replicas or autoscaler detect read counts by those settings instead
      return fact.manifests.includes(manifest.kind) && settings.length === 0
        ? [{ file: manifest.file, detail: `${fact.label} ${manifest.file}` }]
        : [];
    case 'scale-setting':
      return settings;
    case 'command':
      return Object.entries(manifest.scripts ?? {})
        .filter(([, command]) => fact.pattern.test(command.slice(0, COMMAND_MAX_CHARS).replace(/["',[\]]/g, ' ')))
        .map(([name, command]) => ({
          file: manifest.file,
          detail: `${fact.label}: ${name}: ${shortCommand(command)}`,
        }));
    case 'notebooks':
      return []; // sources, not manifests: see addSource
    default:
      return unreachable(fact);
  }
}

/** The compile-time check of an exhaustive switch. */
export function unreachable(x: never): never {
  throw new Error(`unhandled case ${JSON.stringify(x)}`);
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

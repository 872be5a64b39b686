import type { Backend, Evidence } from '../model/common.js';
import type { Dependency, Manifest } from '../model/facts.js';

/** Languages whose files are read for imports: the denominator of import shares. */
export const CODE_LANGUAGES = new Set(['JavaScript', 'TypeScript', 'Vue', 'Svelte', 'Python', 'Jupyter Notebook']);
export const JS_LANGUAGES = new Set(['JavaScript', 'TypeScript', 'Vue', 'Svelte']);
export const PYTHON_LANGUAGES = new Set(['Python', 'Jupyter Notebook']);

/** Importing files kept as examples per rule group; the rest are counted. */
export const MAX_IMPORT_EXAMPLES = 10;

export interface ImportHits {
  files: number;
  lastFile: string;
  examples: Evidence[];
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
  readonly notebooks: Evidence[] = [];
  readonly lockfiles: { ecosystem: Backend; evidence: Evidence }[] = [];
  readonly scaleOut: Evidence[] = [];

  addManifest(manifest: Manifest, lockfileEcosystem: Backend | undefined, scaleOutKind: boolean): void {
    // Lockfiles list transitive packages too (`ws` under half of npm): only what a manifest
    // declares says what the project chose to use.
    if (!manifest.lockfile) {
      for (const dep of manifest.dependencies) {
        const key = `${dep.ecosystem}:${dep.name}`;
        const known = this.dependencies.get(key);
        if (!known || (known.dev && !dep.dev)) this.dependencies.set(key, dep);
      }
    }
    if (lockfileEcosystem)
      this.lockfiles.push({
        ecosystem: lockfileEcosystem,
        evidence: { file: manifest.file, detail: `lockfile ${manifest.file}` },
      });
    this.scaleOut.push(...(manifest.scaleOut ?? []));
    if (scaleOutKind && !manifest.scaleOut?.length)
      this.scaleOut.push({ file: manifest.file, detail: `${manifest.kind} config` });
  }

  /** Imports arrive grouped by file (detect emits them file by file), so a file is counted once per group. */
  addImport(group: string, module: string, file: string, line: number): void {
    let hits = this.importHits.get(group);
    if (!hits) this.importHits.set(group, (hits = { files: 0, lastFile: '', examples: [] }));
    if (hits.lastFile === file) return;
    hits.lastFile = file;
    hits.files++;
    if (hits.examples.length < MAX_IMPORT_EXAMPLES) hits.examples.push({ file, line, detail: `imports ${module}` });
  }

  addSource(path: string, language: string, size: number): void {
    this.languages[language] = (this.languages[language] ?? 0) + size;
    if (CODE_LANGUAGES.has(language)) this.codeFiles++;
    if (language === 'Jupyter Notebook') this.notebooks.push({ file: path, detail: 'notebook' });
  }

  bytes(languages: Set<string>): number {
    let sum = 0;
    for (const [name, bytes] of Object.entries(this.languages)) if (languages.has(name)) sum += bytes;
    return sum;
  }
}

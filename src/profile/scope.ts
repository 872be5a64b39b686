import type { Backend, Evidence } from '../model/common.js';
import type { Dependency, Manifest } from '../model/facts.js';

/** Languages whose files are read for imports: the denominator of import shares. */
export const CODE_LANGUAGES = new Set(['JavaScript', 'TypeScript', 'Vue', 'Svelte', 'Python', 'Jupyter Notebook']);
export const JS_LANGUAGES = new Set(['JavaScript', 'TypeScript', 'Vue', 'Svelte']);
export const PYTHON_LANGUAGES = new Set(['Python', 'Jupyter Notebook']);

/** Everything one service (or the whole repo) holds that signals are derived from. */
export class Scope {
  /** `${ecosystem}:${name}` -> the dependency, runtime preferred over dev. */
  readonly dependencies = new Map<string, Dependency>();
  /** `${ecosystem}:${module}` -> files importing it, with the first line in each. */
  readonly imports = new Map<string, Map<string, number>>();
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

  addImport(ecosystem: Backend, module: string, file: string, line: number): void {
    const key = `${ecosystem}:${module}`;
    let files = this.imports.get(key);
    if (!files) this.imports.set(key, (files = new Map()));
    if (!files.has(file)) files.set(file, line);
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

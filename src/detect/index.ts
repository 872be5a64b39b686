import { PYTHON_LANGUAGES } from '../knowledge/languages.js';
import type { Backend, Warning } from '../model/common.js';
import type { CodeFact, Facts, ImportRef, Manifest } from '../model/facts.js';
import { extractCodeFacts } from './code-facts.js';
import type { ScanResult } from '../model/scan.js';
import { extractJsImports } from './imports/javascript.js';
import { extractNotebookImports } from './imports/notebook.js';
import { extractPythonImports } from './imports/python.js';
import { parseManifests } from './manifests/index.js';
import { findServices } from './services.js';

export interface DetectOptions {
  /** Service folders declared in config: each becomes a service (`declared: true`), its backend overridden when given. */
  services?: { path: string; backend?: Backend }[];
  /** Folders declared never to be services (config `services.exclude`). */
  excludeServices?: string[];
}

/** Scan -> facts: manifests, imports, languages and services. Pure and synchronous. */
export function detect(scan: ScanResult, options: DetectOptions = {}): Facts {
  const manifests: Manifest[] = [];
  const imports: ImportRef[] = [];
  const warnings: Warning[] = [];
  const languages: Record<string, number> = {};
  const sources: Facts['sources'] = [];
  const codeFacts: CodeFact[] = [];
  for (const file of scan.files) {
    if (file.language) {
      languages[file.language] = (languages[file.language] ?? 0) + file.size;
      sources.push({ path: file.path, language: file.language, size: file.size });
    }
    if (file.text === undefined) continue;
    if (file.role === 'manifest' && file.manifestKind) {
      for (const parsed of parseManifests(file.manifestKind, file.path, file.text)) {
        if (parsed.manifest) manifests.push(parsed.manifest);
        warnings.push(...parsed.warnings);
      }
    }
    if (file.role === 'notebook') {
      const result = extractNotebookImports(file.text, file.path);
      imports.push(...result.imports);
      warnings.push(...result.warnings);
    } else if (file.role === 'source' || (file.role === 'manifest' && file.language)) {
      const own =
        file.language && PYTHON_LANGUAGES.has(file.language)
          ? extractPythonImports(file.text, file.path)
          : file.role === 'source'
            ? extractJsImports(file.text, file.path)
            : [];
      imports.push(...own);
      codeFacts.push(...extractCodeFacts(file.path, file.text, file.codeLines, new Set(own.map((i) => i.module))));
    }
  }
  const found = findServices({
    manifests,
    imports,
    codeFacts,
    paths: scan.files.map((f) => f.path),
    declared: options.services,
    excluded: options.excludeServices,
  });
  return {
    manifests,
    projects: found.projects,
    imports,
    languages,
    sources,
    services: found.services,
    notServices: found.notServices,
    codeFacts,
    warnings: [...warnings, ...found.warnings],
  };
}

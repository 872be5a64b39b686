import type { Backend, Warning } from '../model/common.js';
import type { Facts, ImportRef, Manifest } from '../model/facts.js';
import type { ScannedFile, ScanResult } from '../model/scan.js';
import { extractJsImports } from './imports/javascript.js';
import { extractNotebookImports } from './imports/notebook.js';
import { extractPythonImports } from './imports/python.js';
import { parseManifests } from './manifests/index.js';
import { findServices } from './services.js';

export interface DetectOptions {
  /** Service folders declared in config: each becomes a service (`declared: true`), its backend overridden when given. */
  services?: { path: string; backend?: Backend }[];
}

const PYTHON_LANGUAGES = new Set(['Python']);

function hasLanguage(file: ScannedFile): file is ScannedFile & { language: string } {
  return file.language !== undefined && file.language !== '';
}

/** Scan -> facts: manifests, imports, languages and services. Pure and synchronous. */
export function detect(scan: ScanResult, options: DetectOptions = {}): Facts {
  const manifests: Manifest[] = [];
  const imports: ImportRef[] = [];
  const warnings: Warning[] = [];
  const languages: Record<string, number> = {};
  const sources: Facts['sources'] = [];
  for (const file of scan.files) {
    if (hasLanguage(file)) {
      languages[file.language] = (languages[file.language] ?? 0) + file.size;
      // the scanned file itself, not a copy: 200,000 copies were megabytes of live heap
      sources.push(file);
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
      if (file.language && PYTHON_LANGUAGES.has(file.language))
        imports.push(...extractPythonImports(file.text, file.path));
      else if (file.role === 'source') imports.push(...extractJsImports(file.text, file.path));
    }
  }
  const found = findServices({ manifests, imports, paths: scan.files.map((f) => f.path), declared: options.services });
  return {
    manifests,
    imports,
    languages,
    sources,
    services: found.services,
    warnings: [...warnings, ...found.warnings],
  };
}

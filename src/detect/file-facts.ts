import { PYTHON_LANGUAGES } from '../knowledge/languages.js';
import { nonRuntimeRole } from '../knowledge/service-roles.js';
import type { Warning } from '../model/common.js';
import type { CodeFact, ImportRef, Manifest } from '../model/facts.js';
import type { ScannedFile } from '../model/scan.js';
import { extractCodeFacts } from './code-facts.js';
import { stackFunctions, type StackFunction } from './function-stacks.js';
import { startsNothing } from './idle-entries.js';
import { extractJsImports } from './imports/javascript.js';
import { extractNotebookImports } from './imports/notebook.js';
import { extractPythonImports } from './imports/python.js';
import type { TerraformFile } from './terraform-functions.js';

/** What one file's text gives detect: its manifests, imports and code facts, and warnings. */
export interface FileFacts {
  manifests: Manifest[];
  imports: ImportRef[];
  codeFacts: CodeFact[];
  /** Functions an infrastructure stack in the file deploys, resolved once every path is known. */
  stackFunctions?: StackFunction[];
  /** A Terraform file's blocks, traced with its module's other files once every path is known. */
  terraform?: TerraformFile;
  /** A source file that can start nothing (empty, or loading no module and holding no serving line). */
  inert?: boolean;
  warnings: Warning[];
}

export function noFacts(): FileFacts {
  return { manifests: [], imports: [], codeFacts: [], warnings: [] };
}

/**
 * What a file's text gives beyond its manifests: a notebook's imports, a source's imports, code
 * facts and stack functions. Apart from detect's other modules (manifests, services), so that a
 * thread working out only this (history's search thread) loads only this.
 */
export function addCodeFacts(file: ScannedFile & { text: string }, facts: FileFacts): void {
  if (file.role === 'notebook') {
    const result = extractNotebookImports(file.text, file.path);
    facts.imports.push(...result.imports);
    facts.warnings.push(...result.warnings);
  } else if (file.role === 'source' || (file.role === 'manifest' && file.language)) {
    const own =
      file.language && PYTHON_LANGUAGES.has(file.language)
        ? extractPythonImports(file.text, file.path)
        : file.role === 'source'
          ? extractJsImports(file.text, file.path)
          : [];
    facts.imports.push(...own);
    facts.codeFacts.push(...extractCodeFacts(file.path, file.text, file.codeLines, own));
    if (file.role === 'source' && own.length === 0) {
      const backend = file.language && PYTHON_LANGUAGES.has(file.language) ? 'python' : 'node';
      if (startsNothing(backend, file.text, facts.codeFacts.length)) facts.inert = true;
    }
    const deployed = stackFunctions(file.path, file.text, file.codeLines, own);
    // a stack among tests, fixtures or examples deploys an example, as a template there does
    const role = deployed.length ? nonRuntimeRole(file.path) : undefined;
    if (deployed.length && !(role && role !== 'scripts')) facts.stackFunctions = deployed;
  }
}

import { languageRuleOf } from '../knowledge/languages.js';
import { manifestKindOf } from '../knowledge/manifest-files.js';
import { nonRuntimeRole } from '../knowledge/service-roles.js';
import { anyOf } from '../knowledge/matchers.js';
import {
  EXCLUDED_FILES,
  LANGUAGELESS_MANIFESTS,
  PRUNED_FOLDERS,
  VIRTUALENV_ACTIVATE_SCRIPTS,
  VIRTUALENV_CONFIG,
  VIRTUALENV_FOLDER_NAMES,
  VIRTUALENV_INSTALL_FOLDERS,
} from '../knowledge/vendored.js';
import { PYTHON_PROJECT_KINDS } from '../knowledge/manifest-formats.js';
import type { ManifestKind } from '../model/facts.js';
import type { Classification } from '../model/scan.js';

export type { Classification } from '../model/scan.js';

const prunedFolderNames = new Set(PRUNED_FOLDERS.map((folder) => folder.name));
const languagelessKinds = new Set<ManifestKind>(LANGUAGELESS_MANIFESTS.map((entry) => entry.kind));

export function isPrunedFolderName(name: string): boolean {
  return prunedFolderNames.has(name);
}

// All rules as one case-insensitive test, a superset: most names need no other.
const anyExcluded = anyOf(
  EXCLUDED_FILES.map((rule) => rule.pattern),
  'i',
);

export function isExcludedFileName(name: string): boolean {
  return anyExcluded.test(name) && EXCLUDED_FILES.some((rule) => rule.pattern.test(name));
}

/**
 * What a file is, from its root-relative `/`-separated path alone, so that a folder on disk and
 * a git tree classify alike (and a file is classified before anything else is asked of the disk).
 * Undefined when the file is left out (vendored, generated, built).
 */
export function classify(path: string): Classification | undefined {
  const segments = path.split('/');
  const base = segments.pop() ?? '';
  if (segments.some(isPrunedFolderName) || isExcludedFileName(base)) return undefined;
  return classifyKept(path);
}

/**
 * `classify` for a file already known to be kept: the walk asks it of every file it lists, having
 * left out pruned folders as it went down and excluded names as it listed them.
 */
export function classifyKept(path: string): Classification {
  const named = manifestKindOf(path);
  // a YAML or JSON file of no known name is read for a template only where runtime code lives
  const manifestKind = named === 'template-candidate' && !mayHoldTemplate(path) ? undefined : named;
  const rule = manifestKind && languagelessKinds.has(manifestKind) ? undefined : languageRuleOf(path);
  if (manifestKind)
    return rule ? { role: 'manifest', manifestKind, language: rule.name } : { role: 'manifest', manifestKind };
  return rule ? { role: rule.reads ?? 'other', language: rule.name } : { role: 'other' };
}

/** Outside dot folders (`.github/workflows`) and tests, examples, docs and the like. */
function mayHoldTemplate(path: string): boolean {
  return !path.includes('/.') && !nonRuntimeRole(path);
}

/**
 * Whether a folder is a Python virtual environment (see `VIRTUALENV_*` in knowledge/vendored).
 * `has` answers whether a path relative to the folder exists, from a listing or the disk.
 */
export function isVirtualenv(folderName: string, has: (relativePath: string) => boolean): boolean {
  if (has(VIRTUALENV_CONFIG)) return true;
  if (!VIRTUALENV_FOLDER_NAMES.includes(folderName)) return false;
  return VIRTUALENV_ACTIVATE_SCRIPTS.some((script) => has(script));
}

/**
 * Whether a virtualenv folder holds a project written inside it (see VIRTUALENV_INSTALL_FOLDERS):
 * `files` are the names of the regular files directly in it.
 */
export function holdsOwnProject(files: readonly string[]): boolean {
  const manifest = files.some((name) => {
    const kind = manifestKindOf(name);
    return kind !== undefined && PYTHON_PROJECT_KINDS.has(kind);
  });
  return manifest && files.some((name) => languageRuleOf(name)?.name === 'Python');
}

/** The folders of a kept virtualenv that the environment installs into. */
export function isVirtualenvInstallFolder(name: string): boolean {
  return VIRTUALENV_INSTALL_FOLDERS.includes(name);
}

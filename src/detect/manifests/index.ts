import type { ManifestKind, OwnershipKind } from '../../model/facts.js';

/** Kinds that declare dependencies and deployment; ownership files are read by detect/catalog and detect/codeowners. */
export type DependencyManifestKind = Exclude<ManifestKind, OwnershipKind>;
import {
  parseCompose,
  parseDockerfile,
  parseKubernetes,
  parsePlatform,
  parseProcfile,
  parseServerless,
  parseStartScript,
  parseShellScript,
  parseSupervisorConf,
  parseWorkflow,
  parseCloudFormation,
  parseTemplateCandidate,
} from './deploy.js';
import { parseFunctionJson } from './function-app.js';
import { parseAppFile } from './app-files.js';
import { parseFunctionEntry } from './function-entries.js';
import { parseFunctionSources } from './function-sources.js';
import { parseWorkspaceFile } from './workspace-file.js';
import { parseBuildFile } from './build-file.js';
import { parseCompilerConfig } from './compiler-config.js';
import { parseRunDoc } from './run-docs.js';
import { parseHostUnit } from './host-units.js';
import {
  parseBunLock,
  parsePackageJson,
  parsePackageLock,
  parsePnpmLock,
  parsePnpmWorkspace,
  parseYarnLock,
  type LockfileEntries,
} from './node.js';
import {
  parseConda,
  parsePipfile,
  parsePipfileLock,
  parsePixi,
  parsePyproject,
  parseRequirements,
  parseSetupCfg,
  parseSetupPy,
  parseTomlLock,
} from './python.js';
import type { ParsedManifest } from './util.js';

export { normalizePythonName, type ParsedManifest } from './util.js';
export type { LockfileEntries } from './node.js';
export { parseRequirement } from './python.js';

const PARSERS: Record<
  DependencyManifestKind,
  (file: string, text: string, lockfiles?: LockfileEntries) => ParsedManifest | ParsedManifest[]
> = {
  'package.json': parsePackageJson,
  'package-lock': parsePackageLock,
  'yarn-lock': parseYarnLock,
  'pnpm-lock': parsePnpmLock,
  'pnpm-workspace': parsePnpmWorkspace,
  'bun-lock': parseBunLock,
  requirements: parseRequirements,
  pyproject: parsePyproject,
  pipfile: parsePipfile,
  pixi: parsePixi,
  'pipfile-lock': parsePipfileLock,
  'setup-py': parseSetupPy,
  'setup-cfg': parseSetupCfg,
  'uv-lock': (f, t) => parseTomlLock('uv-lock', f, t),
  'poetry-lock': (f, t) => parseTomlLock('poetry-lock', f, t),
  'pdm-lock': (f, t) => parseTomlLock('pdm-lock', f, t),
  conda: parseConda,
  dockerfile: parseDockerfile,
  compose: parseCompose,
  procfile: parseProcfile,
  'start-script': parseStartScript,
  'shell-script': parseShellScript,
  'supervisor-conf': parseSupervisorConf,
  'host-unit': parseHostUnit,
  'run-doc': parseRunDoc,
  workflow: parseWorkflow,
  serverless: parseServerless,
  cloudformation: parseCloudFormation,
  'function-app': parseFunctionJson,
  'app-file': parseAppFile,
  'function-entry': parseFunctionEntry,
  // a module's files name its functions together: read by detect/terraform-functions once all are in
  terraform: () => ({ warnings: [] }),
  'function-sources': parseFunctionSources,
  'workspace-file': parseWorkspaceFile,
  'build-file': parseBuildFile,
  'compiler-config': parseCompilerConfig,
  'template-candidate': parseTemplateCandidate,
  platform: parsePlatform,
  kubernetes: parseKubernetes,
};

/**
 * One manifest's text -> what it declares. Never throws: a file the parser cannot read is one
 * warning naming the problem (pnpm lockfiles give one manifest per workspace importer).
 * `lockfiles` keeps a lockfile's entries for its next version (a history's next point).
 */
export function parseManifests(
  kind: DependencyManifestKind,
  file: string,
  text: string,
  lockfiles?: LockfileEntries,
): ParsedManifest[] {
  try {
    const result = PARSERS[kind](file, text, lockfiles);
    return Array.isArray(result) ? result : [result];
  } catch (error) {
    return [{ warnings: [{ file, message: `could not read ${kind}: ${(error as Error).message.split('\n')[0]}` }] }];
  }
}

/** The single-manifest form (the first one for pnpm lockfiles' importers). */
export function parseManifest(kind: DependencyManifestKind, file: string, text: string): ParsedManifest {
  const all = parseManifests(kind, file, text);
  return { manifest: all.find((p) => p.manifest)?.manifest, warnings: all.flatMap((p) => p.warnings) };
}

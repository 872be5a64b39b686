import type { Backend, Evidence, Warning } from './common.js';

export type ManifestKind =
  | 'package.json'
  | 'package-lock'
  | 'yarn-lock'
  | 'pnpm-lock'
  | 'pnpm-workspace'
  | 'bun-lock'
  | 'requirements'
  | 'pyproject'
  | 'pipfile'
  | 'pipfile-lock'
  | 'setup-py'
  | 'setup-cfg'
  | 'uv-lock'
  | 'poetry-lock'
  | 'pdm-lock'
  | 'conda'
  | 'dockerfile'
  | 'compose'
  | 'procfile'
  | 'serverless'
  | 'platform'
  | 'kubernetes'
  | OwnershipKind;

/** Files that say who owns what and what each folder is (Backstage descriptors, CODEOWNERS), not dependencies. */
export type OwnershipKind = 'catalog' | 'codeowners';

/** A dependency as a manifest declares or a lockfile resolves it. */
export interface Dependency {
  /** npm name as written; Python names normalised per PEP 503 (lowercase, runs of `-_.` -> `-`). */
  name: string;
  ecosystem: Backend;
  /** Version specifier, or the resolved version for lockfiles. */
  version?: string;
  /** Development-only (devDependencies, dev groups, requirements-dev.txt...). */
  dev: boolean;
  file: string;
  line?: number;
}

export interface Manifest {
  kind: ManifestKind;
  file: string;
  /** Folder holding the manifest, root-relative; `.` for the root. */
  dir: string;
  /** The ecosystem the manifest belongs to, when it belongs to one (Dockerfiles may not). */
  ecosystem?: Backend;
  /** Project/package name when the manifest gives one. */
  name?: string;
  dependencies: Dependency[];
  /** Workspace globs (package.json workspaces, pnpm-workspace.yaml, uv/poetry workspaces). */
  workspaces?: string[];
  /** package.json scripts, Procfile processes, compose commands, Pipfile scripts: name -> command. */
  scripts?: Record<string, string>;
  /** Base images (Dockerfile FROM, compose image:), with their line. */
  images?: Evidence[];
  /** Runtimes a platform/serverless config or an image names (e.g. `nodejs20.x`, `python3.12`). */
  runtimes?: Evidence[];
  /** Replicas, autoscaling and similar scale-out settings found in compose/k8s/platform configs. */
  scaleOut?: Evidence[];
  /** Files this one includes (requirements `-r`/`-c`), root-relative. */
  includes?: { file: string; constraint: boolean }[];
  /** True for lockfiles (resolved versions). */
  lockfile?: boolean;
}

/** One imported module in one source file (first occurrence in that file). */
export interface ImportRef {
  /** Top-level package: `@nestjs/core` for `@nestjs/core/x`, `torch` for `torch.nn`, `fs` for `node:fs`. */
  module: string;
  ecosystem: Backend;
  file: string;
  line: number;
}

/** A folder that holds a backend: a manifest plus a server framework. */
export interface ServiceFacts {
  /** Root-relative folder, `.` for the root. */
  path: string;
  current: Backend;
  /** Server framework display names, e.g. `Express`, `FastAPI`. */
  frameworks: string[];
  /** Manifests that belong to this service. */
  manifests: string[];
  /** Why this folder is a service. */
  evidence: Evidence[];
  /** True when declared through config or a catalog descriptor rather than detected. */
  declared?: boolean;
  /** What the organisation declares about it: catalog entry and owner. */
  catalog?: ServiceCatalog;
}

/**
 * A service's name, owner, system and lifecycle from its Backstage descriptor, the owner
 * from CODEOWNERS when the descriptor gives none. Values as written.
 */
export interface ServiceCatalog {
  name?: string;
  /** A catalog owner ref (`team-payments`, `group:default/payments`) or CODEOWNERS owners, space-separated. */
  owner?: string;
  system?: string;
  lifecycle?: string;
  /** The descriptor entity and the CODEOWNERS rule these come from. */
  evidence: Evidence[];
}

export interface Facts {
  manifests: Manifest[];
  imports: ImportRef[];
  /** Bytes per language, vendored/generated/data files left out. */
  languages: Record<string, number>;
  /** Source and notebook files per root-relative path with their language and size, for attribution to services. */
  sources: { path: string; language: string; size: number }[];
  services: ServiceFacts[];
  warnings: Warning[];
}

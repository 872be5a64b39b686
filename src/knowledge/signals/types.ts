import type { Backend } from '../../model/common.js';
import type { ManifestKind } from '../../model/facts.js';
import type { CriterionId } from '../../model/profile.js';
import type { Citation } from '../guide.js';

/** Every signal backend-fit raises; each has one record in this folder (see ./index.ts). */
export type SignalId =
  | 'realtime'
  | 'concurrency'
  | 'streaming'
  | 'ml'
  | 'llm'
  | 'data'
  | 'cpu'
  | 'queue'
  | 'scale-out'
  | 'security'
  | 'django'
  | 'frontend'
  | 'team-js'
  | 'team-python'
  | 'web-framework';

/**
 * Packages that raise a signal in one ecosystem, matched by dependency name (npm name, or PEP
 * 503 name for Python) and by module name as imported.
 */
export interface PackageSource {
  ecosystem: Backend;
  packages: readonly string[];
  /** Module names as imported, where they differ from the package names (`sklearn`, `cv2`); see modulesOf. */
  imports?: readonly string[];
  /** Strength of a runtime dependency the service's code never imports: declared, maybe unused, so weak. */
  base: number;
  /**
   * Strength once the service's runtime code imports one of these modules: what the service
   * does, whatever the number of files. Below 1 for helpers that only touch the edge of the
   * work (a CSV parser is not a data-centred application). Default 1.
   */
  ceiling?: number;
  /**
   * Tooling that belongs in devDependencies (auditors, security linters): there a dev
   * dependency is the practice itself, so it counts in full instead of DEV_DEPENDENCY_FACTOR.
   */
  devCounts?: boolean;
  /**
   * Code using these libraries never makes a plan's area on its own: a hosted model's client is
   * HTTP I/O, a worker pool is general concurrency. It joins an area other drift makes.
   */
  alongside?: boolean;
  /**
   * Work the service does only where its server code does it: imported only by browser code (a
   * client component, a web worker: models run in the user's browser), the package is the page's,
   * and its declaration counts for nothing either.
   */
  serverWork?: boolean;
  why: string;
}

/**
 * What a file-level source looks at:
 * - `notebooks`: Jupyter notebooks among the sources;
 * - `manifest`: a manifest of one of these kinds exists (lockfiles; Kubernetes and serverless
 *   configs count once each when detect found no finer scale-out setting in them);
 * - `scale-setting`: each replica count, autoscaler or serverless function detect read from
 *   compose, Kubernetes, platform and serverless files;
 * - `command`: a process command (package.json scripts, Procfile, compose `command`, Dockerfile
 *   `CMD`) matching `pattern`, quotes and JSON-array punctuation read as spaces.
 */
export type FileFact =
  | { kind: 'notebooks' }
  | { kind: 'manifest'; manifests: readonly ManifestKind[]; label: string }
  | { kind: 'scale-setting' }
  | { kind: 'command'; pattern: RegExp; label: string };

export interface FileSource {
  fact: FileFact;
  /**
   * The ecosystem the fact belongs to, where it belongs to one. Without one (a Kubernetes
   * autoscaler), it belongs to the backend of the service it was found in.
   */
  ecosystem?: Backend;
  strength: number;
  why: string;
}

/**
 * How a signal moves one criterion: `points × strength` to the backend it favours (`own`: the
 * ecosystem that raised the signal, so a practice counts for the side that has it and never for
 * the other). Zero points: reported as hygiene, moves nothing.
 */
export interface SignalEffect {
  criterion: CriterionId;
  favours: Backend | 'own';
  points: number;
  /** The guide's sentence the effect follows, or `own reading` where the guide is silent. */
  guide: Citation;
  why: string;
}

export interface SignalRecord {
  id: SignalId;
  /** What the signal says about a service, in a few words. */
  summary: string;
  packages: readonly PackageSource[];
  files: readonly FileSource[];
  effects: readonly SignalEffect[];
}

/** The module names that raise a source's signal when imported: its `imports`, else its package names. */
export function modulesOf(source: Pick<PackageSource, 'packages' | 'imports'>): readonly string[] {
  return source.imports ?? source.packages;
}

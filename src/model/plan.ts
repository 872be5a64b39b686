import type { Backend, Evidence } from './common.js';

/**
 * How a service reaches the code of a drift area: it `imports` it (same language, in-process),
 * `spawns` it (starts it as a process), or the code sits `apart` (in the
 * service's folder, in the other language, and nothing in the service was seen to start it).
 */
export type Reach = 'imports' | 'spawns' | 'apart';

/** A folder (or a single file) that holds most of one part of the drift. */
export interface DriftArea {
  /** Root-relative folder or file; folders end without a slash. */
  path: string;
  folder: boolean;
  /** Drift kinds found here (`ml`, `data`, `realtime`, `io`: see src/knowledge/plans.ts). */
  kinds: string[];
  /** Source files and their bytes under `path` in the service (what would move). */
  files: number;
  bytes: number;
  /** Of those, the files whose code uses the drift's libraries. */
  driftFiles: number;
  /** Libraries behind the drift, as declared or imported, most telling first. */
  libraries: string[];
  reach: Reach;
  /** Where the service reaches it (a spawn, an HTTP call, a process-starting import), when seen. */
  reachedFrom?: Evidence;
  /** Runtime files and lines that use the drift's libraries (a few). */
  evidence: Evidence[];
}

/** Files and bytes of a set of source files. */
export interface PlanSize {
  files: number;
  bytes: number;
}

/**
 * From verdict to plan, for a service whose verdict is `review` or `mismatch`: where the code
 * that favours the other backend lives, the shape the guide suggests, and what staying costs.
 */
export interface ServicePlan {
  /** The backend the drift favours. */
  towards: Backend;
  /** `split` a part out, `switch` the whole service, or `keep` (no code to move: the gap is not in the code). */
  shape: 'split' | 'switch' | 'keep';
  areas: DriftArea[];
  /** The service's source files. */
  service: PlanSize;
  /** What the shape moves or rewrites, with its top folders or files. */
  moves: PlanSize & { paths: string[] };
  /** What stays where it is, with the names of its main parts. */
  stays: PlanSize & { parts: string[] };
  /** One or two sentences: the shape, concretely. */
  suggestion: string;
  /** The guide's sentence the suggestion follows, verbatim. */
  guide: string;
  /** What keeping the current backend gives up, one line quoting the guide. */
  stayingCost: string;
  /** The waiver that records a decision to stay: ready to paste into `.github/backend-fit.yml`. */
  waiver: { service: string; reason: string; expires: string; snippet: string };
}

/** The two backends the guide compares. */
export type Backend = 'node' | 'python';

/**
 * What a service serves: requests (`http`), messages from a queue or a stream (`worker`), or
 * calls a function platform routes to its handlers (`function`).
 */
export type ServiceKind = 'http' | 'worker' | 'function';

/** A place in the scanned repository that supports a finding. Paths are root-relative, `/`-separated. */
export interface Evidence {
  file: string;
  line?: number;
  detail: string;
  /**
   * What the item is: a manifest's declaration, how much of the runtime code uses a signal
   * (with `usage`), a file that shows it, a deployment setting, or the count of items left out.
   */
  kind?: EvidenceKind;
  /** For `usage` items: the numbers behind `detail`, so later stages never parse the sentence back. */
  usage?: Usage;
  /** How the service reaches this code outside its own folder (what the end of `detail` says in words). */
  via?: Via;
  /** For an item that shows an import: the module imported (what `detail` says in words). */
  module?: string;
  /** For a service's server evidence: the technology it shows (a server record's name, which `detail` starts with). */
  technology?: string;
}

/**
 * How a service reaches code outside its own folder: it runs it as a process of the other
 * language, spawned at a line (`run by src/predict.js:12`), or imports it as a workspace package
 * one of its projects depends on (`workspace package @acme/ml, used by apps/api`).
 */
export type Via =
  { reach: 'spawns'; file: string; line: number } | { reach: 'imports'; package: string; usedBy: string };

export type EvidenceKind = 'declared' | 'usage' | 'file' | 'setting' | 'more';

export interface Usage {
  /** Modules of the signal imported, in first-seen order. */
  modules: string[];
  /** Runtime code files importing one of them. */
  files: number;
  /** Runtime code files in the scope. */
  codeFiles: number;
  /** The first importing file by path. */
  example: string;
  /** How central the work is to the scope, 0..1: the share of its code that uses it (profile/strength.ts). */
  centrality?: number;
  /** The scope's entry file, or a script its service starts, uses it directly. */
  entry?: boolean;
}

/** Something the run could not read or understand; the run goes on. */
export interface Warning {
  file?: string;
  message: string;
}

/** The list without repeats of the same file, line and detail, first kept. */
export function uniqueEvidence<T extends Evidence>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.file}\0${e.line ?? ''}\0${e.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

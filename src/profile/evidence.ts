import { uniqueEvidence, type Evidence, type Usage } from '../model/common.js';

/** Evidence items kept per signal; the last says how many more there were. */
export const MAX_EVIDENCE = 10;

/**
 * Evidence of one contribution to a signal, by how much it tells a reader: what a manifest
 * declares, then how much of the code uses it, then the files themselves.
 */
export interface EvidenceParts {
  declared: Evidence[];
  usage: Evidence[];
  /** Importing files, notebooks, configs: shown sorted by path. */
  files: Evidence[];
  /** Matching files counted but not listed in `files`. */
  unlisted: number;
}

export const noEvidence = (): EvidenceParts => ({ declared: [], usage: [], files: [], unlisted: 0 });

/** Modules named in a usage line; the others are counted. */
export const MAX_USAGE_MODULES = 3;

/** The usage item: which modules the runtime code imports, in how many of its files, with an example. */
export function usageEvidence(usage: Usage): Evidence {
  const { modules, files, codeFiles, example, entry } = usage;
  const named = modules.slice(0, MAX_USAGE_MODULES).join(', ');
  const more = modules.length > MAX_USAGE_MODULES ? ` (+${modules.length - MAX_USAGE_MODULES})` : '';
  return {
    file: example,
    detail: `${named}${more} imported in ${files} of ${codeFiles} runtime code files${entry ? ', the entry among them' : ''}`,
    kind: 'usage',
    usage,
  };
}

/**
 * One signal's evidence from its contributions (strongest first): all declarations, then all
 * usage lines, then files by path; duplicates dropped; capped at MAX_EVIDENCE with a last item
 * `and N more files` counting what was cut and what was only counted.
 */
export function mergeEvidence(parts: EvidenceParts[]): Evidence[] {
  const files = parts.flatMap((p) => p.files).sort((a, b) => compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  const all = uniqueEvidence([...parts.flatMap((p) => p.declared), ...parts.flatMap((p) => p.usage), ...files]);
  const unlisted = parts.reduce((n, p) => n + p.unlisted, 0);
  if (all.length === 0 || (all.length <= MAX_EVIDENCE && unlisted === 0)) return all;
  const kept = all.slice(0, Math.min(all.length, MAX_EVIDENCE - 1));
  const more = all.length - kept.length + unlisted;
  // the first file cut, or (when only counted files were left out) the last one shown
  const next = all[kept.length] ?? all[all.length - 1]!;
  return [...kept, { file: next.file, detail: `and ${more} more file${more === 1 ? '' : 's'}`, kind: 'more' }];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

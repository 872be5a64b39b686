import type { ScanResult } from '../model/scan.js';
import { scanBase } from './base-scan.js';
import { diffNames, fetchShallow, GitError, locate, resolveCommit } from './git.js';
import type { ChangedFile } from './compare.js';

export { compareReports, type ChangedFile } from './compare.js';

export type BaseOutcome = { scan: ScanResult; changed: ChangedFile[]; commit: string } | { problem: string };

/**
 * The base side of a delta: resolves `ref` (fetching it with depth 1 when the checkout is
 * shallow and `fetchMissing` allows), and scans it from the head's scan plus the diff. Never
 * throws: a base that cannot be had is a one-line problem, and the run goes on without a delta.
 */
export async function prepareBase(
  root: string,
  ref: string,
  head: ScanResult,
  options: { ignore?: string[]; fetchMissing?: boolean } = {},
): Promise<BaseOutcome> {
  try {
    const { prefix } = await locate(root);
    let commit = await resolveCommit(root, ref);
    if (!commit && options.fetchMissing) {
      await fetchShallow(root, ref).catch(() => undefined);
      commit = await resolveCommit(root, ref);
    }
    if (!commit) {
      return {
        problem: `base ${ref} is not in this checkout and could not be fetched; no delta (check the ref, or check out with \`fetch-depth: 0\`)`,
      };
    }
    const changed = await diffNames(root, commit, prefix);
    const scan = await scanBase(root, commit, prefix, head, changed, { ignore: options.ignore });
    return { scan, changed, commit };
  } catch (error) {
    const message = error instanceof GitError ? error.message : String(error);
    return { problem: `cannot read base ${ref}: ${message}; no delta` };
  }
}

/**
 * Why `ref` cannot be a base here, in one line, or undefined when it can: the CLI refuses a
 * typo at once rather than reporting without a delta (the action only warns: a shallow or odd
 * checkout must not fail a build).
 */
export async function unusableBase(root: string, ref: string): Promise<string | undefined> {
  try {
    await locate(root);
  } catch {
    return `--base ${ref}: ${root} is not inside a git repository`;
  }
  if (await resolveCommit(root, ref)) return undefined;
  return `--base ${ref}: no commit, branch or tag of that name in this repository (git fetch it first if it is remote)`;
}

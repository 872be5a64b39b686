import ignore from 'ignore';
import type { Warning } from '../model/common.js';
import { scannedFile, type ScanResult } from '../model/scan.js';
import { classify, readBlobInto, readRequest, SCAN_DEFAULTS } from '../scan/index.js';
import { listTree, type DiffEntry } from './git.js';
import { GitObjects } from './objects.js';

/**
 * The scan of the base commit, built from the head's scan by undoing the diff: every file the
 * diff does not name is the same object as in the head (not read again, and later stages can
 * reuse what they derived from it); files the diff names are read from git blobs, or dropped
 * when the base did not have them. Cost grows with the size of the change, not of the repo.
 * The blobs come through `objects` when the caller has a reader open (history), else through
 * one opened for this call.
 */
export async function scanBase(
  root: string,
  commit: string,
  prefix: string,
  head: ScanResult,
  diff: DiffEntry[],
  options: { ignore?: string[]; objects?: GitObjects } = {},
): Promise<ScanResult> {
  const files = new Map(head.files.map((f) => [f.path, f]));
  const fromBase = new Set<string>();
  for (const entry of diff) {
    files.delete(entry.path);
    if (entry.status === 'renamed' && entry.from) fromBase.add(entry.from);
    else if (entry.status !== 'added') fromBase.add(entry.path);
  }
  // no rules, no call (as in history's scan of a commit)
  const userIgnore = options.ignore?.length ? ignore().add(options.ignore) : undefined;
  const wanted = fromBase.size
    ? (await listTree(root, commit, prefix, [...fromBase])).filter(
        (e) => fromBase.has(e.path) && !userIgnore?.ignores(e.path),
      )
    : [];

  const classified = wanted.flatMap((entry) => {
    const c = classify(entry.path);
    return c ? [{ entry, file: scannedFile(entry.path, entry.size, c, entry.blob) }] : [];
  });
  const toRead = classified.filter(({ file }) => file.role !== 'other');
  const requests = toRead.map(({ file }) => readRequest(file, file.path, SCAN_DEFAULTS));
  for (const { file } of classified) files.set(file.path, file);
  const warnings: Warning[] = [];
  let bytesRead = 0;
  if (toRead.length) {
    const objects = options.objects ?? new GitObjects(root);
    try {
      // each blob put on its file as it streams in (its bytes are a view, valid only in the call)
      await objects.stream(
        toRead.map(({ entry }, i) => ({ blob: entry.blob, limit: requests[i]!.limit })),
        (i, read) => {
          if (!read?.bytes) return;
          bytesRead += read.bytes.length;
          const blob = { size: read.size, bytes: read.bytes };
          const warning = readBlobInto(toRead[i]!.file, requests[i]!, blob, 'base version');
          if (warning) warnings.push(warning);
        },
      );
    } finally {
      if (!options.objects) objects.close();
    }
  }
  return {
    files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    warnings,
    stats: { files: files.size, bytesRead },
  };
}

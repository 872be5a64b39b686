import type { Ignore } from 'ignore';
import type { GitObjects, TreeChange } from '../delta/objects.js';
import type { Backend, Warning } from '../model/common.js';
import { scannedFile, type Classification, type ScannedFile, type ScanResult } from '../model/scan.js';
import { classify, readBlobInto, readRequest, SCAN_DEFAULTS } from '../scan/index.js';
import type { ReadRequest } from '../scan/read.js';
import { looksBinary, sourceHead, type SourceHead } from '../scan/decode.js';

/**
 * Every file version a history has read, by path and blob: a version met again (a probe between
 * two commits, a change undone) is the same file object, so detect's memo has its facts and its
 * blob is not read twice. A version is found by its path and then its blob, so a changed file is
 * never taken for an older one. Keyed by the files' own path strings: a key made of path and blob
 * was a new string per file on every point (15,000 on medusa, 12 times over). `keepOnly` drops
 * what the next range cannot need, so memory stays near one scan.
 */
export class FileVersions {
  /** One version at a path, or several (a probe meets versions of a path between two points). */
  private readonly byPath = new Map<string, ScannedFile | ScannedFile[]>();
  private count = 0;

  get(path: string, blob: string): ScannedFile | undefined {
    const at = this.byPath.get(path);
    if (at === undefined) return undefined;
    if (!Array.isArray(at)) return at.blob === blob ? at : undefined;
    return at.find((file) => file.blob === blob);
  }

  remember(file: ScannedFile): void {
    if (!file.blob) return;
    const at = this.byPath.get(file.path);
    if (at === undefined) {
      this.byPath.set(file.path, file);
      this.count++;
    } else if (!Array.isArray(at)) {
      if (at.blob === file.blob) this.byPath.set(file.path, file);
      else {
        this.byPath.set(file.path, [at, file]);
        this.count++;
      }
    } else {
      const same = at.findIndex((known) => known.blob === file.blob);
      if (same >= 0) at[same] = file;
      else {
        at.push(file);
        this.count++;
      }
    }
  }

  /**
   * What a file at `path` is, from a version of it already made here: every file with a blob was
   * classified by its path alone (`classify`), so another version of the path is the same kind.
   */
  classificationAt(path: string): Classification | undefined {
    const at = this.byPath.get(path);
    return Array.isArray(at) ? at[0] : at;
  }

  /** Keeps only the versions in `scan` (the point the next range starts from). */
  keepOnly(scan: ScanResult): void {
    this.byPath.clear();
    this.count = 0;
    for (const file of scan.files) this.remember(file);
  }

  get size(): number {
    return this.count;
  }
}

/**
 * The source heads a history has found, by the file version they were found for: the same blob
 * at another path (a file moved, the newer point having it elsewhere, or copied within a range)
 * is not searched again: 2,752 of the 25,313 changed source blobs of medusa's year (HEAD's files,
 * read from disk, have no blob id to be found by). Only the search is reused: a file's facts name
 * its path, so they are its own. Kept by file, so it goes with the versions let go.
 */
export class SourceHeads {
  private readonly byFile = new WeakMap<ScannedFile, { ecosystem: Backend | undefined; head: SourceHead }>();
  /** Heads taken from another path's version rather than searched. */
  reused = 0;

  /** The heads of the files of `scan`, by blob: what a range read from it can reuse. */
  byBlob(scan: ScanResult): Map<string, { ecosystem: Backend | undefined; head: SourceHead }> {
    const found = new Map<string, { ecosystem: Backend | undefined; head: SourceHead }>();
    for (const file of scan.files) {
      const known = file.blob && this.byFile.get(file);
      if (known) found.set(file.blob!, known);
    }
    return found;
  }

  remember(file: ScannedFile, ecosystem: Backend | undefined, head: SourceHead): void {
    this.byFile.set(file, { ecosystem, head });
  }
}

export interface CommitScanOptions {
  /** The user's ignore rules, built once for the whole history; none when there are no rules. */
  userIgnore?: Ignore;
  /** Told of each file read, as soon as its text is in (history keeps detect's facts and lets the text go). */
  digest?: (file: ScannedFile) => void;
  /** Source heads found before, reused for the same blob at another path, and told of each one found. */
  heads?: SourceHeads;
}

/**
 * The scan of a commit, from the scan of another commit and the files whose blob differs between
 * them (`treeChanges`): every other file is the same object as in `from`; a changed file is the
 * version already read when there is one, or read from its blob (the head of a source, a whole
 * manifest; for a file only counted for its language, its size). Sorted by path, like a scan.
 */
export async function scanCommit(
  from: ScanResult,
  changes: readonly TreeChange[],
  objects: GitObjects,
  versions: FileVersions,
  options: CommitScanOptions = {},
): Promise<ScanResult> {
  // no rules, no call: asking an empty rule set of every changed path was 0.2 s on medusa's year
  const { userIgnore } = options;
  const changed = new Set<string>();
  const added: ScannedFile[] = [];
  // a file only counted for its language has no request: its size is all that is read
  const fresh: { file: ScannedFile; request?: ReadRequest }[] = [];
  for (const change of changes) {
    changed.add(change.path);
    if (!change.blob || userIgnore?.ignores(change.path)) continue;
    const known = versions.get(change.path, change.blob);
    if (known) {
      added.push(known);
      continue;
    }
    // a path met again (a file changed in range after range) is not classified again
    const classified = versions.classificationAt(change.path) ?? classify(change.path);
    if (!classified) continue;
    const file = scannedFile(change.path, 0, classified, change.blob);
    added.push(file);
    versions.remember(file);
    if (file.role !== 'other') fresh.push({ file, request: readRequest(file, file.path, SCAN_DEFAULTS) });
    // counted for its language by size, never read (as the walk stats it)
    else if (file.language) fresh.push({ file });
  }

  // a whole file past its limit is not read, as the walk reads none: its size is asked first, so
  // git does not stream it (medusa's year: 56 versions of data files of 0.5-9 MB, 85 MB in all)
  const wholes = fresh.flatMap(({ request }, i) => (request?.mode === 'whole' ? [i] : []));
  const sizes = await objects.read(wholes.map((i) => ({ blob: fresh[i]!.file.blob! })));
  const pastLimit = new Set(wholes.filter((i, k) => (sizes[k]?.size ?? 0) > fresh[i]!.request!.limit));

  const { heads } = options;
  const known = heads && fresh.some(({ request }) => request?.mode === 'head') ? heads.byBlob(from) : undefined;
  /** The source head of a blob's bytes: the one found for the same blob before, or searched for now and kept. */
  const headOf = (file: ScannedFile, request: ReadRequest, bytes: Uint8Array): SourceHead | undefined => {
    const found = known!.get(file.blob!);
    if (found && found.ecosystem === request.ecosystem) {
      heads!.remember(file, found.ecosystem, found.head);
      heads!.reused++;
      return found.head;
    }
    // a binary blob has no head: textOf tells it so
    if (looksBinary(bytes)) return undefined;
    const head = sourceHead(bytes, request.ecosystem, request.head ?? request.limit);
    heads!.remember(file, request.ecosystem, head);
    known!.set(file.blob!, { ecosystem: request.ecosystem, head });
    return head;
  };

  const warnings: Warning[] = [];
  let bytesRead = 0;
  // each blob decoded as it streams in: no bytes are kept, and with `digest` no text either
  await objects.stream(
    fresh.map(({ file, request }, i) => ({ blob: file.blob!, limit: pastLimit.has(i) ? undefined : request?.limit })),
    (i, read) => {
      const { file, request } = fresh[i]!;
      if (!read) return;
      file.size = read.size;
      if (!request || (!read.bytes && !pastLimit.has(i))) return;
      const bytes = read.bytes ?? NO_BYTES;
      bytesRead += bytes.length;
      const head = heads && request.mode === 'head' ? headOf(file, request, bytes) : undefined;
      const warning = readBlobInto(file, request, { size: read.size, bytes }, 'version in this commit', head);
      if (warning) warnings.push(warning);
      else if (file.text !== undefined) options.digest?.(file);
    },
  );

  const kept = from.files.filter((f) => !changed.has(f.path));
  const files = added.length ? mergeByPath(kept, added.sort(byPath)) : kept;
  return { files, warnings, stats: { files: files.length, bytesRead } };
}

/** What is read of a whole file past its limit: nothing (readBlobInto looks at its size alone). */
const NO_BYTES = new Uint8Array(0);

const byPath = (a: ScannedFile, b: ScannedFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function mergeByPath(a: readonly ScannedFile[], b: readonly ScannedFile[]): ScannedFile[] {
  const out: ScannedFile[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byPath(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

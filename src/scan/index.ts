import type { Warning } from '../model/common.js';
import { scannedFile, type ScannedFile, type ScanResult } from '../model/scan.js';
import { ecosystemOfLanguage } from '../knowledge/languages.js';
import { classify } from './classify.js';
import type { ReadPool } from './read-pool.js';
import type { SourceHead } from './decode.js';
import { formatBytes, readFileText, textOf, type ReadOutcome, type ReadRequest } from './read.js';
import { requirementsIncludes, resolveInclude } from './requirements-includes.js';
import { lookupFile, openRoot, type ScanRoot } from './root.js';
import { walk } from './walk.js';

export { classify, isVirtualenv, type Classification } from './classify.js';
export { ReadPool } from './read-pool.js';

export interface ScanOptions {
  /** Extra gitignore-style globs, relative to the root. */
  ignore?: string[];
  /** Default 16 MiB. */
  maxManifestBytes?: number;
  /** Default 8 MiB. */
  maxNotebookBytes?: number;
  /** Default 16 KiB: imports sit at the top of a file. */
  sourceHeadBytes?: number;
  /**
   * Default 512 KiB: how much of a source file is searched for code-pattern lines (a server's
   * `app.run(...)` or a bot's polling loop at the end of a long file); only those lines are kept.
   */
  sourceMaxBytes?: number;
  /** Called between batches of reads. */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads that read beside the main one, started and closed by the caller: the scan starts them once it has READS_BEFORE_WORKERS files to read. */
  readPool?: ReadPool;
  /** Files to read before the worker threads start; default READS_BEFORE_WORKERS. */
  readsBeforeWorkers?: number;
}

type Limits = Required<
  Pick<ScanOptions, 'maxManifestBytes' | 'maxNotebookBytes' | 'sourceHeadBytes' | 'sourceMaxBytes'>
>;

const MiB = 1024 * 1024;
export const SCAN_DEFAULTS: Readonly<Limits> = {
  maxManifestBytes: 16 * MiB,
  maxNotebookBytes: 8 * MiB,
  sourceHeadBytes: 16 * 1024,
  sourceMaxBytes: 512 * 1024,
};

/**
 * Files read in one batch, by one thread, between two progress updates (and two turns of the
 * event loop, so a display can draw): small, so that what a worker still holds when the main
 * thread runs out of batches is soon read.
 */
const READ_BATCH = 128;

/**
 * Files to read before the walk starts the worker threads. A worker takes tens of milliseconds
 * of a core to boot, more while the main thread is busy, and its batches cost the main thread
 * the hand-off: on trees of 4,660 and 15,362 files (saleor, medusa) and a generated one of
 * 10,000, runs without it were as fast or faster; from 30,000 files on it saves time (a second
 * at 200,000). Measured in docs/performance.md.
 */
const READS_BEFORE_WORKERS = 128 * READ_BATCH;

/**
 * Turns a folder into the files the later stages look at: every kept file with its size, role
 * and language, and the text of manifests, notebooks and the heads of source files. The only
 * stage that touches the disk; a file's own problems become warnings, never errors. Throws
 * only when `root` is not a folder.
 *
 * Reads are synchronous, one file after another into one reused buffer per thread: on the trees
 * measured (docs/performance.md) the thread-pool hand-off of a promise per file cost more than
 * the parallelism it bought. The parallelism comes from worker threads instead (read-pool.ts),
 * each reading whole batches, with the main thread reading what none of them takes.
 */
export async function scan(root: string, options: ScanOptions = {}): Promise<ScanResult> {
  const limits: Limits = { ...SCAN_DEFAULTS, ...definedOnly(options) };
  return scanFolder(await openRoot(root), limits, options);
}

interface ToRead {
  file: ScannedFile;
  absPath: string;
}

async function scanFolder(scanRoot: ScanRoot, limits: Limits, options: ScanOptions): Promise<ScanResult> {
  const pool = options.readPool;
  // the workers boot while the walk goes on, once it has found enough to read to pay for them
  const startWorkersAt = Math.max(1, options.readsBeforeWorkers ?? READS_BEFORE_WORKERS);
  // Requirements files read or queued, so that each include is followed once.
  const followed = new Map<string, string | undefined>();
  const includes: Include[] = [];
  const warnings: Warning[] = [];
  let bytesRead = 0;
  let total = 0;
  let done = 0;

  const apply = ({ file }: ToRead, outcome: ReadOutcome) => {
    bytesRead += outcome.bytesRead;
    file.size = outcome.size;
    // a YAML or JSON file too big or not text to be a template, or such a shell script, is no problem: it is just not one
    if (outcome.kind === 'problem') {
      if (!isReadIfSmall(file)) warnings.push({ file: file.path, message: outcome.message });
    } else {
      file.text = outcome.text;
      if (outcome.codeLines) file.codeLines = outcome.codeLines;
      if (outcome.truncated) file.truncated = true;
      if (isRequirements(file)) includes.push(...includesOf(file, outcome.text, warnings));
    }
    done += 1;
  };
  const readHere = (batch: ToRead[]) => {
    for (const item of batch) apply(item, readFileText(readRequest(item.file, item.absPath, limits)));
  };
  // A batch a worker takes is applied when its outcomes come back; one it gives back is read here.
  const handedOut: Promise<void>[] = [];
  const handOut = (batch: ToRead[]): boolean => {
    const outcomes = pool?.offer(() => batch.map(({ file, absPath }) => readRequest(file, absPath, limits)));
    if (!outcomes) return false;
    handedOut.push(
      outcomes.then(
        (read) => batch.forEach((item, i) => apply(item, read[i]!)),
        () => readHere(batch),
      ),
    );
    return true;
  };

  // Reads start while the walk goes on: a worker that has room takes each full batch as it is found.
  const queued: ToRead[][] = [];
  let batch: ToRead[] = [];
  const walked = walk(scanRoot, {
    ignore: options.ignore,
    onFile: (file, linkTarget) => {
      if (isRequirements(file)) followed.set(file.path, undefined);
      if (file.role === 'other') return;
      total += 1;
      if (total === startWorkersAt) pool?.start();
      batch.push({ file, absPath: linkTarget ?? `${scanRoot.abs}/${file.path}` });
      if (batch.length < READ_BATCH) return;
      if (!handOut(batch)) queued.push(batch);
      batch = [];
    },
  });
  if (batch.length > 0) queued.push(batch);
  const { files, linkTargets } = walked;
  warnings.push(...walked.warnings);
  bytesRead += walked.bytesRead;

  options.onProgress?.(done, total);
  for (const next of queued) {
    if (!handOut(next)) readHere(next);
    options.onProgress?.(done, total);
    await nextTurn();
  }
  await Promise.all(handedOut);

  // Rounds, because reading a requirements file can reveal more files to read (`-r`/`-c`).
  let index: Map<string, number> | undefined;
  while (includes.length > 0) {
    index ??= new Map(files.map((file, at) => [file.path, at]));
    const found = followIncludes(scanRoot, includes.splice(0), files, index, linkTargets, followed, warnings);
    total += found.length;
    readHere(found.map((file) => ({ file, absPath: linkTargets.get(file)! })));
  }
  options.onProgress?.(done, total);

  return {
    files: files.sort((a, b) => compare(a.path, b.path)),
    warnings: warnings.sort((a, b) => compare(a.file ?? '', b.file ?? '') || compare(a.message, b.message)),
    stats: { files: files.length, bytesRead },
  };
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

interface Include {
  includer: string;
  written: string;
  line: number;
  path: string;
}

function includesOf(file: ScannedFile, text: string, warnings: Warning[]): Include[] {
  const found: Include[] = [];
  for (const { target, line } of requirementsIncludes(text)) {
    const path = resolveInclude(file.path, target);
    if (path === undefined) {
      warnings.push({
        file: file.path,
        message: `line ${line} includes ${quote(target)}, outside the scanned folder; not read`,
      });
    } else found.push({ includer: file.path, written: target, line, path });
  }
  return found;
}

/**
 * The files the includes name that still need reading, now marked as requirements manifests
 * (replacing their entry in `files`, found through `index`). `followed` maps each path met so
 * far to why it could not be read (undefined when it was), so that every includer of a missing
 * file hears about it, but each file is looked up once.
 */
function followIncludes(
  root: ScanRoot,
  includes: Include[],
  files: ScannedFile[],
  index: Map<string, number>,
  readFrom: Map<ScannedFile, string>,
  followed: Map<string, string | undefined>,
  warnings: Warning[],
): ScannedFile[] {
  const next: ScannedFile[] = [];
  // Reads finish in any order; following in file and line order keeps the warnings stable.
  includes.sort((a, b) => compare(a.includer, b.includer) || a.line - b.line);
  for (const { includer, written, line, path } of includes) {
    const at = index.get(path);
    const known = at === undefined ? undefined : files[at];
    // A manifest under its own name is read as what its name says, include or not.
    if (!followed.has(path) && known?.role !== 'manifest') {
      const found = lookupInclude(root, path);
      if (found.kind === 'file') {
        const language = known?.language ?? classify(path)?.language;
        const file = scannedFile(path, found.size, {
          role: 'manifest',
          manifestKind: 'requirements',
          language: language || undefined,
        });
        if (at === undefined) {
          index.set(path, files.length);
          files.push(file);
        } else files[at] = file;
        readFrom.set(file, found.absPath);
        next.push(file);
        followed.set(path, undefined);
      } else followed.set(path, found.why);
    }
    const why = followed.get(path);
    if (why) warnings.push({ file: includer, message: `line ${line} includes ${quote(written)}, ${why}` });
  }
  return next;
}

/**
 * Listed or not (an include may sit in an ignored folder: pip reads it all the same), the file
 * is looked up again, so that a link on the way cannot lead out of the root.
 */
function lookupInclude(
  root: ScanRoot,
  path: string,
): { kind: 'file'; absPath: string; size: number } | { kind: 'problem'; why: string } {
  if (path.split('/').includes('.git')) return { kind: 'problem', why: 'inside .git; not read' };
  const found = lookupFile(root, path);
  switch (found.kind) {
    case 'file':
      return found;
    case 'missing':
      return { kind: 'problem', why: 'which does not exist' };
    case 'outside':
      return { kind: 'problem', why: 'which leads outside the scanned folder; not read' };
    case 'loop':
      return { kind: 'problem', why: 'a symbolic link loop; not read' };
    case 'not-a-file':
      return { kind: 'problem', why: 'which is not a regular file; not read' };
    case 'error':
      return { kind: 'problem', why: `which cannot be read: ${found.message}` };
  }
}

export function readRequest(file: ScannedFile, absPath: string, limits: Limits): ReadRequest {
  // 0 is a size the walk did not learn, unless a lookup (links, includes) stat'ed the file
  const size = file.size > 0 ? file.size : undefined;
  if (isReadIfSmall(file)) return { absPath, size, limit: READ_IF_SMALL_BYTES, mode: 'whole', label: 'manifest' };
  if (file.role === 'manifest')
    return { absPath, size, limit: limits.maxManifestBytes, mode: 'whole', label: 'manifest' };
  if (file.role === 'notebook')
    return { absPath, size, limit: limits.maxNotebookBytes, mode: 'whole', label: 'notebook' };
  const ecosystem = file.language ? ecosystemOfLanguage(file.language) : undefined;
  return {
    absPath,
    size,
    // the imports from the head, the code lines from the whole file up to the bound
    limit: Math.max(limits.sourceMaxBytes, limits.sourceHeadBytes),
    head: limits.sourceHeadBytes,
    mode: 'head',
    label: 'source file',
    ...(ecosystem ? { ecosystem } : {}),
  };
}

/**
 * The most read of a file that is a manifest only if it turns out to be one: a YAML or JSON file
 * of no known name, looked at for a template's function resources (templates are a few
 * kilobytes, data files can be megabytes), or a shell script, read for a deployment that runs it.
 * Too big or not text, it is just not one: no warning.
 */
const READ_IF_SMALL_BYTES = 512 * 1024;

/**
 * A version read from git (a delta's base, a point of history) put on its file by the scan's rules:
 * its text, code lines and truncation, or a warning when the whole file it needs is past its limit
 * (`version` names it in the warning; a file read only if small is no warning, as in the walk).
 */
export function readBlobInto(
  file: ScannedFile,
  request: ReadRequest,
  blob: { size: number; bytes: Uint8Array },
  version: string,
  /** A source head already found in these bytes (`textOf`). */
  known?: SourceHead,
): Warning | undefined {
  if (request.mode === 'whole' && blob.size > request.limit)
    return isReadIfSmall(file)
      ? undefined
      : { file: file.path, message: `${version} is over the ${formatBytes(request.limit)} limit; not read` };
  const outcome = textOf(blob.bytes, { ...request, size: blob.size }, known);
  if (outcome.kind === 'problem') return undefined;
  file.text = outcome.text;
  if (outcome.codeLines) file.codeLines = outcome.codeLines;
  if (outcome.truncated) file.truncated = true;
  return undefined;
}

export function isReadIfSmall(file: ScannedFile): boolean {
  return (
    file.role === 'manifest' &&
    (file.manifestKind === 'template-candidate' ||
      file.manifestKind === 'shell-script' ||
      file.manifestKind === 'run-doc' ||
      file.manifestKind === 'supervisor-conf' ||
      file.manifestKind === 'host-unit' ||
      file.manifestKind === 'compiler-config')
  );
}

function isRequirements(file: ScannedFile): boolean {
  return file.role === 'manifest' && file.manifestKind === 'requirements';
}

/** The limits the caller set to usable numbers; the rest keep their defaults. */
function definedOnly(options: ScanOptions): Partial<Limits> {
  const picked: Partial<Limits> = {};
  for (const key of Object.keys(SCAN_DEFAULTS) as (keyof Limits)[]) {
    const value = options[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) picked[key] = value;
  }
  return picked;
}

/** Code-unit order: the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A path as written by the user, quoted so odd characters (newlines, quotes) stay visible. */
function quote(text: string): string {
  return JSON.stringify(text);
}

import type { Warning } from '../model/common.js';
import type { ScannedFile, ScanResult } from '../model/scan.js';
import { classify } from './classify.js';
import { mapLimited } from './pool.js';
import { readFileText, type ReadRequest } from './read.js';
import { requirementsIncludes, resolveInclude } from './requirements-includes.js';
import { lookupFile, openRoot, type ScanRoot } from './root.js';
import { walk } from './walk.js';

export { classify, isVirtualenv, type Classification } from './classify.js';

export interface ScanOptions {
  /** Extra gitignore-style globs, relative to the root. */
  ignore?: string[];
  /** Default 16 MiB. */
  maxManifestBytes?: number;
  /** Default 8 MiB. */
  maxNotebookBytes?: number;
  /** Default 16 KiB: imports sit at the top of a file. */
  sourceHeadBytes?: number;
  /** Reads in flight at once; default 32. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

type Limits = Required<Pick<ScanOptions, 'maxManifestBytes' | 'maxNotebookBytes' | 'sourceHeadBytes' | 'concurrency'>>;

const MiB = 1024 * 1024;
export const SCAN_DEFAULTS: Readonly<Limits> = {
  maxManifestBytes: 16 * MiB,
  maxNotebookBytes: 8 * MiB,
  sourceHeadBytes: 16 * 1024,
  concurrency: 32,
};

interface Pending {
  file: ScannedFile;
  absPath: string;
}

/**
 * Turns a folder into the files the later stages look at: every kept file with its size, role
 * and language, and the text of manifests, notebooks and the heads of source files. The only
 * stage that touches the disk; a file's own problems become warnings, never errors. Throws
 * only when `root` is not a folder.
 */
export async function scan(root: string, options: ScanOptions = {}): Promise<ScanResult> {
  const limits: Limits = { ...SCAN_DEFAULTS, ...definedOnly(options) };
  const scanRoot = await openRoot(root);
  const walked = await walk(scanRoot, { ignore: options.ignore, concurrency: limits.concurrency });
  const warnings: Warning[] = [...walked.warnings];
  let bytesRead = walked.bytesRead;

  const files = new Map<string, ScannedFile>();
  let batch: Pending[] = [];
  for (const { path, absPath, size } of walked.files) {
    const classified = classify(path, size);
    if (!classified) continue;
    const file: ScannedFile = { path, size, ...classified };
    files.set(path, file);
    if (file.role !== 'other') batch.push({ file, absPath });
  }

  // Requirements files read or queued, so that each include is followed once.
  const followed = new Map<string, string | undefined>();
  for (const file of files.values()) if (isRequirements(file)) followed.set(file.path, undefined);
  let done = 0;
  let total = batch.length;
  options.onProgress?.(done, total);

  // Rounds, because reading a requirements file can reveal more files to read (`-r`/`-c`).
  while (batch.length > 0) {
    const includes: Include[] = [];
    await mapLimited(batch, limits.concurrency, async ({ file, absPath }) => {
      const outcome = await readFileText(readRequest(file, absPath, limits));
      bytesRead += outcome.bytesRead;
      if (outcome.kind === 'problem') warnings.push({ file: file.path, message: outcome.message });
      else {
        file.text = outcome.text;
        if (outcome.codeLines) file.codeLines = outcome.codeLines;
        if (outcome.truncated) file.truncated = true;
        if (isRequirements(file)) includes.push(...includesOf(file, outcome.text, warnings));
      }
      done += 1;
      options.onProgress?.(done, total);
    });
    batch = await followIncludes(scanRoot, includes, files, followed, warnings);
    total += batch.length;
  }

  return {
    files: [...files.values()].sort((a, b) => compare(a.path, b.path)),
    warnings: warnings.sort((a, b) => compare(a.file ?? '', b.file ?? '') || compare(a.message, b.message)),
    stats: { files: files.size, bytesRead },
  };
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
 * The files the includes name that still need reading, now marked as requirements manifests.
 * `followed` maps each path met so far to why it could not be read (undefined when it was), so
 * that every includer of a missing file hears about it, but each file is looked up once.
 */
async function followIncludes(
  root: ScanRoot,
  includes: Include[],
  files: Map<string, ScannedFile>,
  followed: Map<string, string | undefined>,
  warnings: Warning[],
): Promise<Pending[]> {
  const next: Pending[] = [];
  // Reads finish in any order; following in file and line order keeps the warnings stable.
  includes.sort((a, b) => compare(a.includer, b.includer) || a.line - b.line);
  for (const { includer, written, line, path } of includes) {
    const known = files.get(path);
    // A manifest under its own name is read as what its name says, include or not.
    if (!followed.has(path) && known?.role !== 'manifest') {
      const found = await lookupInclude(root, path);
      if (found.kind === 'file') {
        const language = known?.language ?? classify(path, found.size)?.language;
        const file: ScannedFile = {
          path,
          size: found.size,
          role: 'manifest',
          manifestKind: 'requirements',
          ...(language ? { language } : {}),
        };
        files.set(path, file);
        next.push({ file, absPath: found.absPath });
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
async function lookupInclude(
  root: ScanRoot,
  path: string,
): Promise<{ kind: 'file'; absPath: string; size: number } | { kind: 'problem'; why: string }> {
  if (path.split('/').includes('.git')) return { kind: 'problem', why: 'inside .git; not read' };
  const found = await lookupFile(root, path);
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
  const common = { absPath, size: file.size };
  if (file.role === 'manifest') return { ...common, limit: limits.maxManifestBytes, mode: 'whole', label: 'manifest' };
  if (file.role === 'notebook') return { ...common, limit: limits.maxNotebookBytes, mode: 'whole', label: 'notebook' };
  return { ...common, limit: limits.sourceHeadBytes, mode: 'head', label: 'source file' };
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

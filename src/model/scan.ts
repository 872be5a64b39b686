import type { ManifestKind } from './facts.js';
import type { Warning } from './common.js';

/**
 * Why scan read a file's text:
 * - `manifest`: read whole (up to a cap); detect parses it.
 * - `source`: read up to the import horizon (the head of the file); detect extracts imports.
 * - `notebook`: read whole (up to a cap); detect extracts imports from code cells.
 * - `other`: not read; only counted for language bytes.
 */
export type FileRole = 'manifest' | 'source' | 'notebook' | 'other';

export interface ScannedFile {
  /** Root-relative, `/`-separated. */
  path: string;
  /** Bytes on disk (or in the git blob); 0 for a file that is only listed (neither read nor
   * counted for its language), which the walk does not stat. */
  size: number;
  role: FileRole;
  /** For `manifest` files: the kind detect parses it as (from the file name, or from a
   * `-r`/`-c` include that named it). */
  manifestKind?: ManifestKind;
  /** Linguist-style language name for language bytes (`TypeScript`, `Python`, `Jupyter Notebook`...);
   * undefined when the file does not count (data, docs, lockfiles, generated or vendored files). */
  language?: string;
  /** The text read (see FileRole); undefined for `other` and for files that could not be read. */
  text?: string;
  /**
   * Source files: lines past the import head that hold a code-pattern keyword (a server that
   * listens, a spawned process), so detect sees them without the whole text being kept.
   */
  codeLines?: CodeLine[];
  /** True when `text` stops before the end of the file. */
  truncated?: boolean;
  /** Git blob id when the file came from a git tree; lets a later run reuse work for unchanged files. */
  blob?: string;
}

/** What a file is, from its path alone (scan/classify.ts). */
export interface Classification {
  role: FileRole;
  language?: string;
  manifestKind?: ManifestKind;
}

/** A line of code past a source file's import head (see `codeLines`), 1-based. */
export interface CodeLine {
  line: number;
  text: string;
}

export interface ScanStats {
  /** Files kept after ignore rules. */
  files: number;
  /** Bytes actually read from disk or git. */
  bytesRead: number;
}

export interface ScanResult {
  files: ScannedFile[];
  warnings: Warning[];
  stats: ScanStats;
}

/**
 * A ScannedFile with every field present, unset ones undefined, always in this order. The later
 * stages read each file's fields again and again (180,000 files at 200,000), and V8 reads
 * objects of one shape on one fast path: fields added one by one as a scan learned them gave
 * the files a dozen shapes and each its own property store (docs/performance.md: 8% of the time
 * at 200,000 files).
 */
export function scannedFile(
  path: string,
  size: number,
  { role, manifestKind, language }: Classification,
  blob?: string,
): ScannedFile {
  return {
    path,
    size,
    role,
    manifestKind,
    language,
    text: undefined,
    codeLines: undefined,
    truncated: undefined,
    blob,
  };
}

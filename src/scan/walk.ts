import fg from 'fast-glob';
import { lstat, type Dirent, type Stats } from 'node:fs';
import { access, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Warning } from '../model/common.js';
import { isPrunedFolderName, isVirtualenv } from './classify.js';
import { IgnoreRules } from './gitignore.js';
import { mapLimited } from './pool.js';
import { describeError } from './read.js';
import { lookupFile, type ScanRoot } from './root.js';

export interface WalkedFile {
  /** Root-relative, `/`-separated (for a symbolic link: the link's own path). */
  path: string;
  /** Where to read it: for a link, the resolved target, checked to be inside the root. */
  absPath: string;
  size: number;
}

export interface WalkOptions {
  /** Extra gitignore-style globs, relative to the root. */
  ignore?: readonly string[];
  /** How many symbolic links are resolved at once. */
  concurrency?: number;
}

export interface WalkResult {
  files: WalkedFile[];
  warnings: Warning[];
  /** Bytes of the `.gitignore` files read on the way. */
  bytesRead: number;
}

type ReaddirCallback = (error: NodeJS.ErrnoException | null, entries?: Dirent[] | string[]) => void;

/**
 * The regular files under the root that no ignore rule, vendored folder or virtualenv hides.
 *
 * fast-glob drives the walk; its `fs` adapter is where each folder's listing is filtered before
 * fast-glob sees it, so pruned folders are never descended into and ignored entries never
 * stat'ed, and a folder's `.gitignore` is read before any of its children is decided.
 *
 * Symbolic links are not followed by the walk. A link to a regular file inside the root is kept
 * (read through its resolved target); a link to a folder is skipped even inside the root, since
 * its target is scanned where it lives and following it could only count files twice or loop;
 * a link that leaves the root, or loops, is skipped with a warning.
 */
export async function walk(root: ScanRoot, options: WalkOptions = {}): Promise<WalkResult> {
  const rules = new IgnoreRules(options.ignore);
  const warnings: Warning[] = [];
  const unreadableFolders = new Set<string>();
  let bytesRead = 0;

  const relativePath = (absPath: string) => relative(root.abs, absPath).split(sep).join('/');
  const folderProblem = (rel: string, error: unknown) => {
    if (unreadableFolders.has(rel)) return;
    unreadableFolders.add(rel);
    warnings.push({ file: rel || '.', message: `cannot read folder: ${describeError(error)}` });
  };

  async function keptEntries(dir: string): Promise<Dirent[]> {
    const rel = relativePath(dir);
    let dirents: Dirent[];
    try {
      dirents = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      folderProblem(rel, error);
      return [];
    }
    const byName = new Map(dirents.map((dirent) => [dirent.name, dirent]));
    const has = async (inner: string) => {
      const [first = '', ...rest] = inner.split('/');
      const entry = byName.get(first);
      if (!entry) return false;
      if (rest.length === 0) return entry.isFile();
      return (
        entry.isDirectory() &&
        (await access(join(dir, inner)).then(
          () => true,
          () => false,
        ))
      );
    };
    if (rel !== '' && (await isVirtualenv(basename(dir), has))) return [];

    if (byName.get('.gitignore')?.isFile()) {
      const file = rel ? `${rel}/.gitignore` : '.gitignore';
      try {
        const bytes = await readFile(join(dir, '.gitignore'));
        bytesRead += bytes.length;
        rules.addGitignore(rel, bytes.toString('utf8'));
      } catch (error) {
        warnings.push({ file, message: `cannot read .gitignore: ${describeError(error)}` });
      }
    }

    return dirents.filter((dirent) => {
      const path = rel ? `${rel}/${dirent.name}` : dirent.name;
      // `.git` may also be a file (worktrees, submodules) pointing at the real git folder.
      if (dirent.name === '.git') return false;
      if (dirent.isDirectory()) return !isPrunedFolderName(dirent.name) && !rules.ignores(path, true);
      // Git matches a link as a file, whatever it points to; a link named like a vendored folder
      // (a shared `node_modules`) is left out as quietly as the folder would be.
      if (dirent.isSymbolicLink()) return !isPrunedFolderName(dirent.name) && !rules.ignores(path, false);
      if (dirent.isFile()) return !rules.ignores(path, false);
      // FIFOs, sockets and devices are never opened (a read from a FIFO blocks forever); said once.
      if (!rules.ignores(path, false))
        warnings.push({ file: path, message: `${specialKind(dirent)}, not a regular file; not read` });
      return false;
    });
  }

  // Files and links as the walk stats them. fast-glob's own result is not used as the list:
  // its `**` never matches a name holding a newline, which is a valid file name.
  const files: WalkedFile[] = [];
  const links: string[] = [];

  const fsAdapter = {
    readdir(dir: string, optionsOrCallback: unknown, maybeCallback?: ReaddirCallback) {
      const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as ReaddirCallback;
      const withFileTypes = (optionsOrCallback as { withFileTypes?: boolean } | undefined)?.withFileTypes === true;
      keptEntries(dir).then(
        (dirents) => callback(null, withFileTypes ? dirents : dirents.map((dirent) => dirent.name)),
        (error: NodeJS.ErrnoException) => callback(error),
      );
    },
    lstat(path: string, callback: (error: NodeJS.ErrnoException | null, stats?: Stats) => void) {
      lstat(path, (error, stats) => {
        // A folder that can be listed but not searched (mode r--) fails here, once per entry.
        if (error) folderProblem(relativePath(dirname(path)), error);
        else if (stats.isFile()) files.push({ path: relativePath(path), absPath: path, size: stats.size });
        else if (stats.isSymbolicLink()) links.push(relativePath(path));
        callback(error, stats);
      });
    },
  } as unknown as fg.FileSystemAdapter;

  // Streamed and dropped: the entries (each with its Stats) would otherwise pile up in one
  // array for nothing, tens of megabytes on a large monorepo.
  const entries = fg.stream('**', {
    cwd: root.abs,
    dot: true,
    onlyFiles: false,
    followSymbolicLinks: false,
    // Makes fast-glob lstat every listed entry through the adapter: one call per entry, giving sizes.
    stats: true,
    // Every error worth reporting is turned into a warning in the adapter above.
    suppressErrors: true,
    fs: fsAdapter,
  });
  for await (const _entry of entries) {
    // the adapter above has recorded it
  }

  const resolved = await mapLimited(links, options.concurrency ?? 32, async (path) => {
    const found = await lookupFile(root, path);
    switch (found.kind) {
      case 'file':
        return { path, absPath: found.absPath, size: found.size };
      case 'outside':
        warnings.push({ file: path, message: 'symbolic link points outside the scanned folder; not followed' });
        return undefined;
      case 'loop':
        warnings.push({ file: path, message: 'symbolic link loop; not followed' });
        return undefined;
      case 'error':
        warnings.push({ file: path, message: `cannot follow symbolic link: ${found.message}` });
        return undefined;
      default:
        // Dangling links and links to folders or special files inside the root: nothing to read.
        return undefined;
    }
  });
  for (const file of resolved) if (file) files.push(file);

  return { files, warnings, bytesRead };
}

function specialKind(dirent: Dirent): string {
  if (dirent.isFIFO()) return 'named pipe (FIFO)';
  if (dirent.isSocket()) return 'socket';
  return dirent.isBlockDevice() || dirent.isCharacterDevice() ? 'device' : 'special file';
}

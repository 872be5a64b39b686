import { existsSync, lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import type { Warning } from '../model/common.js';
import { scannedFile, type ScannedFile } from '../model/scan.js';
import {
  classify,
  classifyKept,
  holdsOwnProject,
  isExcludedFileName,
  isPrunedFolderName,
  isVirtualenv,
  isVirtualenvInstallFolder,
} from './classify.js';
import { IgnoreRules, scopeWith, type IgnoreScope } from './gitignore.js';
import { describeError } from './read.js';
import { lookupFile, type ScanRoot } from './root.js';

export interface WalkOptions {
  /** Extra gitignore-style globs, relative to the root. */
  ignore?: readonly string[];
  /** Told of each kept file as it is found (a link's target is in `linkTargets` by then), so reads can start before the walk ends. */
  onFile?: (file: ScannedFile, linkTarget: string | undefined) => void;
}

export interface WalkResult {
  /** Every kept file, classified, in no particular order. */
  files: ScannedFile[];
  /** Where to read the files that are symbolic links: the resolved target, checked to be inside the root. */
  linkTargets: Map<ScannedFile, string>;
  warnings: Warning[];
  /** Bytes of the `.gitignore` files read on the way. */
  bytesRead: number;
}

interface Folder {
  /** Root-relative, '' for the root. */
  rel: string;
  scope: IgnoreScope | undefined;
}

/**
 * The regular files under the root that no ignore rule, vendored folder or virtualenv hides,
 * each classified once.
 *
 * A synchronous walk: one `readdir` with types per folder, a folder's `.gitignore` read before
 * any of its children is decided, pruned and ignored entries dropped from the listing before
 * anything else is done with them. Folders are never stat'ed (the listing says what they are),
 * nor are files that will be read (the read learns their size) or only listed; a file counted
 * for its language without being read is stat'ed for its size once no rule drops it.
 * Measured against fast-glob driving the same filters through its `fs` adapter, with promises:
 * see docs/performance.md.
 *
 * Symbolic links are not followed by the walk. A link to a regular file inside the root is kept
 * (read through its resolved target); a link to a folder is skipped even inside the root, since
 * its target is scanned where it lives and following it could only count files twice or loop;
 * a link that leaves the root, or loops, is skipped with a warning.
 */
export function walk(root: ScanRoot, options: WalkOptions = {}): WalkResult {
  const rules = new IgnoreRules(options.ignore);
  const warnings: Warning[] = [];
  const unreadableFolders = new Set<string>();
  const files: ScannedFile[] = [];
  const linkTargets = new Map<ScannedFile, string>();
  let bytesRead = 0;

  const folderProblem = (rel: string, error: unknown) => {
    if (unreadableFolders.has(rel)) return;
    unreadableFolders.add(rel);
    warnings.push({ file: rel || '.', message: `cannot read folder: ${describeError(error)}` });
  };
  const absolute = (rel: string) => (rel ? `${root.abs}/${rel}` : root.abs);
  const keep = (file: ScannedFile, linkTarget?: string) => {
    files.push(file);
    if (linkTarget) linkTargets.set(file, linkTarget);
    options.onFile?.(file, linkTarget);
  };

  const pending: Folder[] = [{ rel: '', scope: undefined }];
  for (let folder = pending.pop(); folder; folder = pending.pop()) {
    const { rel } = folder;
    const dir = absolute(rel);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      folderProblem(rel, error);
      continue;
    }
    // a virtualenv is left out, unless a project was written inside it: then only its installed folders are
    const venv = rel !== '' && isVirtualenvListing(rel, dir, entries);
    if (venv && !holdsOwnProject(entries.filter((entry) => entry.isFile()).map((entry) => entry.name))) continue;

    let scope = folder.scope;
    const gitignore = entries.find((entry) => entry.name === '.gitignore');
    if (gitignore?.isFile()) {
      const file = rel ? `${rel}/.gitignore` : '.gitignore';
      try {
        const bytes = readFileSync(`${dir}/.gitignore`);
        bytesRead += bytes.length;
        scope = scopeWith(scope, rel, bytes.toString('utf8'));
      } catch (error) {
        warnings.push({ file, message: `cannot read .gitignore: ${describeError(error)}` });
      }
    }

    for (const entry of entries) {
      const { name } = entry;
      // `.git` may also be a file (worktrees, submodules) pointing at the real git folder.
      if (name === '.git') continue;
      const path = rel ? `${rel}/${name}` : name;
      if (entry.isDirectory()) {
        if (venv && isVirtualenvInstallFolder(name)) continue;
        if (!isPrunedFolderName(name) && !rules.ignores(scope, path, name, true)) pending.push({ rel: path, scope });
      } else if (entry.isFile()) {
        if (rules.ignores(scope, path, name, false) || isExcludedFileName(name)) continue;
        const classified = classifyKept(path);
        // Only a file counted for its language and never read needs a stat here: a read learns
        // the size of what it reads, and a file that is only listed needs none.
        if (classified.role !== 'other' || !classified.language) {
          keep(scannedFile(path, 0, classified));
          continue;
        }
        try {
          const info = lstatSync(`${dir}/${name}`);
          // replaced by something else since the listing: left alone
          if (info.isFile()) keep(scannedFile(path, info.size, classified));
        } catch (error) {
          // A folder that can be listed but not searched (mode r--) fails here, once per entry.
          folderProblem(rel, error);
        }
      } else if (entry.isSymbolicLink()) {
        // Git matches a link as a file, whatever it points to; a link named like a vendored folder
        // (a shared `node_modules`) is left out as quietly as the folder would be.
        if (isPrunedFolderName(name) || rules.ignores(scope, path, name, false)) continue;
        const target = followLink(root, path, warnings);
        const classified = target && classify(path);
        if (target && classified) keep(scannedFile(path, target.size, classified), target.absPath);
      } else if (!rules.ignores(scope, path, name, false)) {
        // FIFOs, sockets and devices are never opened (a read from a FIFO blocks forever); said once.
        warnings.push({ file: path, message: `${specialKind(entry)}, not a regular file; not read` });
      }
    }
  }

  return { files, linkTargets, warnings, bytesRead };
}

/** Whether a listed folder is a virtualenv; the listing answers for its own entries, the disk below that. */
function isVirtualenvListing(rel: string, dir: string, entries: readonly Dirent[]): boolean {
  const has = (inner: string) => {
    const slash = inner.indexOf('/');
    const first = slash < 0 ? inner : inner.slice(0, slash);
    const entry = entries.find((candidate) => candidate.name === first);
    if (!entry) return false;
    if (slash < 0) return entry.isFile();
    return entry.isDirectory() && existsSync(`${dir}/${inner}`);
  };
  return isVirtualenv(rel.slice(rel.lastIndexOf('/') + 1), has);
}

function followLink(root: ScanRoot, path: string, warnings: Warning[]): { absPath: string; size: number } | undefined {
  const found = lookupFile(root, path);
  switch (found.kind) {
    case 'file':
      return found;
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
}

function specialKind(dirent: Dirent): string {
  if (dirent.isFIFO()) return 'named pipe (FIFO)';
  if (dirent.isSocket()) return 'socket';
  return dirent.isBlockDevice() || dirent.isCharacterDevice() ? 'device' : 'special file';
}

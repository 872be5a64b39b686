import { realpathSync, statSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { describeError } from './read.js';

/** The scanned folder, as given (for listing) and with links resolved (for containment checks). */
export interface ScanRoot {
  abs: string;
  real: string;
}

export async function openRoot(root: string): Promise<ScanRoot> {
  const abs = resolve(root);
  const info = await stat(abs).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`${root}: not a folder`);
  return { abs, real: await realpath(abs) };
}

export function isInside(root: ScanRoot, realPath: string): boolean {
  const rel = relative(root.real, realPath);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

export type FileLookup =
  | { kind: 'file'; absPath: string; size: number }
  | { kind: 'missing' | 'outside' | 'loop' | 'not-a-file' }
  | { kind: 'error'; message: string };

/**
 * What a root-relative path leads to once every symbolic link on the way is resolved. Only a
 * regular file inside the root comes back readable: anything else is reported, never opened.
 */
export function lookupFile(root: ScanRoot, rel: string): FileLookup {
  let target: string;
  try {
    target = realpathSync.native(join(root.abs, rel));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    if (code === 'ELOOP') return { kind: 'loop' };
    return { kind: 'error', message: describeError(error) };
  }
  if (!isInside(root, target)) return { kind: 'outside' };
  try {
    const info = statSync(target);
    return info.isFile() ? { kind: 'file', absPath: target, size: info.size } : { kind: 'not-a-file' };
  } catch (error) {
    return { kind: 'error', message: describeError(error) };
  }
}

import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from './error.js';
import type * as ParseModule from './parse.js';
import type { Config } from './types.js';

/** A config is a few hundred bytes; anything this large is not one, and is not read into memory. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Reads and validates the config file. `root` resolves a relative `file`; the file must lie inside
 * `root` (symlinks included: nothing outside the scanned folder is read). `explicit` means the user
 * named the file, so a missing file is an error; the default path missing means "no config".
 * Messages name the file root-relative, as the report names paths.
 */
export async function loadConfig(
  root: string,
  file: string,
  options: { explicit: boolean },
): Promise<{ config?: Config; file?: string }> {
  const rootPath = path.resolve(root);
  const target = path.resolve(rootPath, file);
  if (!isInside(rootPath, target)) {
    throw new ConfigError(`${file}: the config file must be inside the scanned folder (${root})`);
  }
  const display = toDisplay(rootPath, target);
  const text = await readInside(rootPath, target, display);
  if (text !== undefined) return { config: await parseConfigText(text, display), file: display };
  if (options.explicit) {
    throw new ConfigError(`${display}: config file not found (the path is relative to the scanned folder)`);
  }
  // `.yaml` for `.yml` is the likeliest slip; reading it beats silently running without the team's policy.
  if (/\.yml$/i.test(target)) {
    const alternative = target.replace(/\.yml$/i, '.yaml');
    const alternativeDisplay = toDisplay(rootPath, alternative);
    const alternativeText = await readInside(rootPath, alternative, alternativeDisplay);
    if (alternativeText !== undefined) {
      return { config: await parseConfigText(alternativeText, alternativeDisplay), file: alternativeDisplay };
    }
  }
  return {};
}

/**
 * A config file's text, parsed and validated. The parser and its schema validator are loaded only
 * when there is a file to parse: the validator is a seventh of the bundle, and most runs have no config file.
 */
export async function parseConfigText(text: string, display: string): Promise<Config> {
  const { parseConfig }: typeof ParseModule = await import('./parse.js');
  return parseConfig(text, display);
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  const leaves = relative === '..' || relative.startsWith(`..${path.sep}`);
  return !leaves && !path.isAbsolute(relative);
}

function toDisplay(root: string, target: string): string {
  return path.relative(root, target).split(path.sep).join('/');
}

/** The file's text, or undefined when it does not exist. */
async function readInside(root: string, target: string, display: string): Promise<string | undefined> {
  let real: string;
  try {
    real = await realpath(target);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw unreadable(display, error);
  }
  const realRoot = await realpath(root).catch(() => root);
  if (!isInside(realRoot, real)) {
    throw new ConfigError(`${display}: links outside the scanned folder; the config file must be inside it`);
  }
  const info = await stat(real).catch((error: unknown) => {
    throw unreadable(display, error);
  });
  if (!info.isFile()) throw new ConfigError(`${display}: not a file; the config must be a YAML file`);
  if (info.size > MAX_CONFIG_BYTES) {
    throw new ConfigError(
      `${display}: ${info.size} bytes is too large for a config file (at most ${MAX_CONFIG_BYTES})`,
    );
  }
  return readFile(real, 'utf8').catch((error: unknown) => {
    throw unreadable(display, error);
  });
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function unreadable(display: string, error: unknown): ConfigError {
  const { code, message } = error as NodeJS.ErrnoException;
  return new ConfigError(`${display}: cannot read the config file (${code ?? message.split('\n')[0]})`);
}

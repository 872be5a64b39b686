import type { Config } from './types.js';

/*
 * The Config type carries no file name (it is the file's content), yet errors found only once the
 * file is merged with the defaults (a `review` threshold above the default `mismatch`) and policy
 * warnings must still name the file. parseConfig records where each Config came from here.
 */
const origins = new WeakMap<Config, string>();

export function rememberOrigin(config: Config, displayPath: string): void {
  origins.set(config, displayPath);
}

export function originOf(config: Config): string | undefined {
  return origins.get(config);
}

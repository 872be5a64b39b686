import { loadConfig, resolveSettings, type Config, type Overrides, type Settings } from './config/index.js';
import { checkWaiverLengths } from './config/waiver-length.js';
import type { FailOn } from './model/report.js';
import { DEFAULT_PARAMS } from './score/index.js';

export interface SettingsRequest {
  root: string;
  /** Config path as the user gave it (root-relative or absolute). */
  configFile: string;
  /** The user named the file: a missing file is then an error. */
  explicit: boolean;
  overrides: Overrides;
  /** The CLI defaults to `never`, the action to `mismatch` (BRIEF). */
  defaultFailOn: FailOn;
  /** Today, for `max-waiver-days`; injected in tests. */
  now?: Date;
}

/** Config file + flags/inputs + defaults -> effective settings. Throws ConfigError with one line. */
export async function loadSettings(request: SettingsRequest): Promise<Settings> {
  const { config, file } = await loadConfig(request.root, request.configFile, { explicit: request.explicit });
  return settingsOf(config, file, request);
}

/** A read config (or none) -> settings, its waivers checked against `max-waiver-days`. */
export function settingsOf(
  config: Config | undefined,
  file: string | undefined,
  request: Pick<SettingsRequest, 'overrides' | 'defaultFailOn' | 'now'>,
): Settings {
  checkWaiverLengths(config, file, request.now ?? new Date());
  return resolveSettings(config, request.overrides, { failOn: request.defaultFailOn, params: DEFAULT_PARAMS });
}

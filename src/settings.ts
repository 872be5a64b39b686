import { loadConfig, resolveSettings, type Config, type Overrides, type Settings } from './config/index.js';
import { checkWaiverLengths } from './config/waiver-length.js';
import type { FailOn } from './model/report.js';
import { applyOrganisationPolicy, boundFailOn, type OrganisationPolicy } from './config/organisation.js';
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
  /** The organisation's policy (the action's `config: owner/repo/path@ref`): defaults and limits. */
  organisation?: OrganisationPolicy;
  /** Today, for `max-waiver-days` and the organisation's limits; injected in tests. */
  now?: Date;
}

/** Config file + flags/inputs + defaults -> effective settings. Throws ConfigError with one line. */
export async function loadSettings(request: SettingsRequest): Promise<Settings> {
  const { config, file } = await loadConfig(request.root, request.configFile, { explicit: request.explicit });
  return settingsOf(config, file ?? request.configFile, request);
}

/**
 * A read config (or none) -> settings: its waivers checked against `max-waiver-days`, then
 * bounded by the organisation's policy where there is one (a repository may tighten, never loosen).
 */
export function settingsOf(
  config: Config | undefined,
  file: string | undefined,
  request: Pick<SettingsRequest, 'overrides' | 'defaultFailOn' | 'now' | 'organisation'>,
): Settings {
  const now = request.now ?? new Date();
  const defaults = { failOn: request.defaultFailOn, params: DEFAULT_PARAMS };
  const org = request.organisation;
  if (!org) {
    checkWaiverLengths(config, file, now);
    return resolveSettings(config, request.overrides, defaults);
  }
  // the organisation's max-waiver-days ends a longer waiver (and says so) before the repository's own limit is checked
  const bounded = applyOrganisationPolicy(org, config, file ?? 'the repository config', now);
  checkWaiverLengths(bounded.config, file, now);
  const settings = resolveSettings(bounded.config, request.overrides, defaults);
  for (const key of bounded.fromOrganisation)
    if (settings.sources[key] === 'config') settings.sources[key] = 'organisation';
  const input = boundFailOn(org, settings.failOn, 'the fail-on input');
  if (input.note) settings.sources['fail-on'] = 'organisation';
  settings.failOn = input.failOn;
  settings.organisation = { source: org.source, notes: [...bounded.notes, ...(input.note ? [input.note] : [])] };
  return settings;
}

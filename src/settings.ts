import { loadConfig, resolveSettings, type Overrides, type Settings } from './config/index.js';
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
  now?: Date;
}

/** Config file + flags/inputs + defaults -> effective settings. Throws ConfigError with one line. */
export async function loadSettings(request: SettingsRequest): Promise<Settings> {
  const { config, file } = await loadConfig(request.root, request.configFile, { explicit: request.explicit });
  const defaults = { failOn: request.defaultFailOn, params: DEFAULT_PARAMS };
  const org = request.organisation;
  if (!org) return resolveSettings(config, request.overrides, defaults);
  const bounded = applyOrganisationPolicy(org, config, file ?? request.configFile, request.now ?? new Date());
  const settings = resolveSettings(bounded.config, request.overrides, defaults);
  for (const key of bounded.fromOrganisation)
    if (settings.sources[key] === 'config') settings.sources[key] = 'organisation';
  const input = boundFailOn(org, settings.failOn, 'the fail-on input');
  if (input.note) settings.sources['fail-on'] = 'organisation';
  settings.failOn = input.failOn;
  settings.organisation = { source: org.source, notes: [...bounded.notes, ...(input.note ? [input.note] : [])] };
  return settings;
}

/**
 * The config file (`.github/backend-fit.yml`): read, validated against schema/config.schema.json,
 * and merged with action inputs / CLI flags and defaults into the run's settings.
 */
export type { CatalogRule, CatalogRules, Config, Overrides, SettingSource, Settings } from './types.js';
export { ConfigError } from './error.js';
export { loadConfig } from './load.js';
export { resolveSettings } from './resolve.js';
export { normalizeServicePath } from './service-path.js';

export const DEFAULT_CONFIG_PATH = '.github/backend-fit.yml';

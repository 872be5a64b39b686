import { CRITERIA, type CriterionId } from '../model/profile.js';
import type { FailOn } from '../model/report.js';
import type { ScoreParams } from '../model/verdict.js';
import { ConfigError } from './error.js';
import { originOf } from './origin.js';
import type { Config, Overrides, SettingSource, Settings } from './types.js';

/** `comment: on-change` posts when a score moved by at least this many points (issue: default 1). */
const DEFAULT_MIN_CHANGE = 1;

/**
 * Effective settings, and where each came from. Precedence, highest first:
 *   1. action inputs / CLI flags (`overrides`): the person running the check decides for this run;
 *   2. the config file (`config`): the team's standing policy;
 *   3. defaults (`defaults`): the CLI's and the action's own (fail-on `never` vs `mismatch`), and the
 *      score stage's parameters.
 * Each threshold and each weight is resolved on its own, so a file that sets one weight keeps the
 * default for the others. Lists and maps (`expected`, `lifecycles`, `systems`, `owners`, `ignore`, `services`, `waivers`) come whole
 * from the file or are empty. Throws ConfigError when the merged thresholds or weights are unusable.
 */
export function resolveSettings(
  config: Config | undefined,
  overrides: Overrides,
  defaults: { failOn: FailOn; params: ScoreParams },
): Settings {
  const sources: Record<string, SettingSource> = {};
  function pick<T>(key: string, input: T | undefined, fromFile: T | undefined, fallback: T): T {
    if (input !== undefined) {
      sources[key] = 'input';
      return input;
    }
    if (fromFile !== undefined) {
      sources[key] = 'config';
      return fromFile;
    }
    sources[key] = 'default';
    return fallback;
  }

  const failOn = pick('fail-on', overrides.failOn, config?.failOn, defaults.failOn);
  const thresholds = {
    review: pick('thresholds.review', undefined, config?.thresholds?.review, defaults.params.thresholds.review),
    mismatch: pick('thresholds.mismatch', undefined, config?.thresholds?.mismatch, defaults.params.thresholds.mismatch),
  };
  const weights = {} as Record<CriterionId, number>;
  for (const id of CRITERIA) {
    weights[id] = pick(`weights.${id}`, undefined, config?.weights?.[id], defaults.params.weights[id]);
  }
  const eitherMargin = pick('either-margin', undefined, undefined, defaults.params.eitherMargin);
  const configFile = config ? originOf(config) : undefined;
  checkMerged(thresholds, weights, sources, configFile);

  return {
    failOn,
    params: { weights, thresholds, eitherMargin },
    expected: { ...pick('expected', undefined, config?.expected, {}) },
    catalog: {
      lifecycles: { ...pick('lifecycles', undefined, config?.catalog?.lifecycles, {}) },
      systems: { ...pick('systems', undefined, config?.catalog?.systems, {}) },
      owners: { ...pick('owners', undefined, config?.catalog?.owners, {}) },
    },
    ignore: [...pick('ignore', undefined, config?.ignore, [])],
    services: pick('services', undefined, config?.services, []).map((service) => ({ ...service })),
    excludeServices: [...pick('exclude-services', undefined, config?.excludeServices, [])],
    waivers: pick('waivers', undefined, config?.waivers, []).map((waiver) => ({ ...waiver })),
    minChange: pick('comment.min-change', undefined, config?.comment?.minChange, DEFAULT_MIN_CHANGE),
    sources,
    ...(configFile === undefined ? {} : { configFile }),
  };
}

/** The file may set one threshold or some weights; only merged with the defaults can they be wrong. */
function checkMerged(
  thresholds: { review: number; mismatch: number },
  weights: Record<CriterionId, number>,
  sources: Record<string, SettingSource>,
  configFile: string | undefined,
): void {
  const prefix = configFile ? `${configFile}: ` : '';
  const origin = (key: string) => (sources[key] === 'default' ? ', the default' : '');
  if (thresholds.review > thresholds.mismatch) {
    throw new ConfigError(
      `${prefix}thresholds: review (${thresholds.review}${origin('thresholds.review')}) must not be above ` +
        `mismatch (${thresholds.mismatch}${origin('thresholds.mismatch')}); set both`,
    );
  }
  if (CRITERIA.every((id) => weights[id] === 0)) {
    throw new ConfigError(`${prefix}weights: must not all be 0 (give at least one criterion a weight above 0)`);
  }
}

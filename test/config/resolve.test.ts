import { describe, expect, it } from 'vitest';
import { ConfigError, resolveSettings, type Config } from '../../src/config/index.js';
import { parseConfig } from '../../src/config/parse.js';
import type { ScoreParams } from '../../src/model/verdict.js';

const PARAMS: ScoreParams = {
  weights: { performance: 1, scalability: 1, 'use-case': 2, 'team-skills': 1, ecosystem: 1, security: 0.5 },
  thresholds: { review: 5, mismatch: 15 },
  eitherMargin: 5,
};
const ACTION = { failOn: 'mismatch' as const, params: PARAMS };
const CLI = { failOn: 'never' as const, params: PARAMS };

describe('resolveSettings: input > config file > defaults', () => {
  it('without a config file or input, every setting is a default', () => {
    const settings = resolveSettings(undefined, {}, ACTION);
    expect(settings).toMatchObject({
      failOn: 'mismatch',
      params: PARAMS,
      expected: {},
      catalog: { lifecycles: {}, systems: {}, owners: {} },
      ignore: [],
      services: [],
      waivers: [],
      minChange: 1,
    });
    expect(new Set(Object.values(settings.sources))).toEqual(new Set(['default']));
    expect(Object.keys(settings.sources).sort()).toEqual(
      [
        'fail-on',
        'thresholds.review',
        'thresholds.mismatch',
        'weights.performance',
        'weights.scalability',
        'weights.use-case',
        'weights.team-skills',
        'weights.ecosystem',
        'weights.security',
        'either-margin',
        'expected',
        'lifecycles',
        'systems',
        'owners',
        'ignore',
        'services',
        'exclude-services',
        'waivers',
        'comment.min-change',
      ].sort(),
    );
    expect(settings.configFile).toBeUndefined();
  });

  it('the default fail-on is the caller’s: mismatch for the action, never for the CLI', () => {
    expect(resolveSettings(undefined, {}, ACTION).failOn).toBe('mismatch');
    expect(resolveSettings(undefined, {}, CLI).failOn).toBe('never');
  });

  it('the file beats the default', () => {
    const settings = resolveSettings({ failOn: 'review' }, {}, CLI);
    expect(settings.failOn).toBe('review');
    expect(settings.sources['fail-on']).toBe('config');
  });

  it('the input beats the file', () => {
    const settings = resolveSettings({ failOn: 'review' }, { failOn: 'never' }, ACTION);
    expect(settings.failOn).toBe('never');
    expect(settings.sources['fail-on']).toBe('input');
  });

  it('the input beats the default when there is no file', () => {
    const settings = resolveSettings(undefined, { failOn: 'review' }, ACTION);
    expect(settings.failOn).toBe('review');
    expect(settings.sources['fail-on']).toBe('input');
  });

  it('resolves each threshold on its own', () => {
    const settings = resolveSettings({ thresholds: { mismatch: 25 } }, {}, ACTION);
    expect(settings.params.thresholds).toEqual({ review: 5, mismatch: 25 });
    expect(settings.sources['thresholds.mismatch']).toBe('config');
    expect(settings.sources['thresholds.review']).toBe('default');
  });

  it('resolves each weight on its own', () => {
    const settings = resolveSettings({ weights: { security: 3, performance: 0 } }, {}, ACTION);
    expect(settings.params.weights).toEqual({ ...PARAMS.weights, security: 3, performance: 0 });
    expect(settings.sources['weights.security']).toBe('config');
    expect(settings.sources['weights.performance']).toBe('config');
    expect(settings.sources['weights.use-case']).toBe('default');
    expect(settings.params.eitherMargin).toBe(5);
    expect(settings.sources['either-margin']).toBe('default');
  });

  it('takes lists and maps whole from the file', () => {
    const config: Config = {
      expected: { api: 'node' },
      ignore: ['legacy/**'],
      services: [{ path: 'worker', backend: 'python' }],
      waivers: [{ service: 'api', reason: 'r', expires: '2026-12-31' }],
      comment: { minChange: 3 },
    };
    const settings = resolveSettings(config, {}, ACTION);
    expect(settings).toMatchObject({
      expected: { api: 'node' },
      ignore: ['legacy/**'],
      services: [{ path: 'worker', backend: 'python' }],
      waivers: [{ service: 'api', reason: 'r', expires: '2026-12-31' }],
      minChange: 3,
    });
    for (const key of ['expected', 'ignore', 'services', 'waivers', 'comment.min-change']) {
      expect(settings.sources[key]).toBe('config');
    }
  });

  it('keeps the default min-change when the comment section leaves it out', () => {
    const settings = resolveSettings({ comment: {} }, {}, ACTION);
    expect(settings.minChange).toBe(1);
    expect(settings.sources['comment.min-change']).toBe('default');
  });

  it('does not share objects with the config or the defaults', () => {
    const config: Config = { ignore: ['a'], expected: { api: 'node' } };
    const settings = resolveSettings(config, {}, ACTION);
    settings.ignore.push('b');
    settings.expected.web = 'python';
    settings.params.thresholds.review = 99;
    expect(config).toEqual({ ignore: ['a'], expected: { api: 'node' } });
    expect(PARAMS.thresholds.review).toBe(5);
  });

  it('names the config file it came from', () => {
    const settings = resolveSettings(parseConfig('fail-on: review', 'ci/fit.yml'), {}, ACTION);
    expect(settings.configFile).toBe('ci/fit.yml');
  });

  it('rejects a review threshold above the default mismatch, naming the file', () => {
    const config = parseConfig('thresholds:\n  review: 20', '.github/backend-fit.yml');
    expect(() => resolveSettings(config, {}, ACTION)).toThrow(ConfigError);
    expect(() => resolveSettings(config, {}, ACTION)).toThrow(
      '.github/backend-fit.yml: thresholds: review (20) must not be above mismatch (15, the default); set both',
    );
  });

  it('says which threshold is the default whichever side it is on', () => {
    const config = parseConfig('thresholds:\n  mismatch: 3', '.github/backend-fit.yml');
    expect(() => resolveSettings(config, {}, ACTION)).toThrow(
      '.github/backend-fit.yml: thresholds: review (5, the default) must not be above mismatch (3); set both',
    );
  });

  it('accepts a review threshold equal to mismatch: no verdict is review then', () => {
    const settings = resolveSettings({ thresholds: { review: 15 } }, {}, ACTION);
    expect(settings.params.thresholds).toEqual({ review: 15, mismatch: 15 });
  });

  it('settings built without a file name no file in their errors', () => {
    expect(() => resolveSettings({ thresholds: { review: 20 } }, {}, ACTION)).toThrow(
      /^thresholds: review \(20\) must not be above mismatch \(15, the default\); set both$/,
    );
  });

  it('rejects weights that are all 0 once merged with the defaults', () => {
    const zero = { ...PARAMS, weights: { ...PARAMS.weights, security: 0, 'use-case': 0 } };
    const config: Config = { weights: { performance: 0, scalability: 0, 'team-skills': 0, ecosystem: 0 } };
    expect(() => resolveSettings(config, {}, { failOn: 'mismatch', params: zero })).toThrow(
      'weights: must not all be 0 (give at least one criterion a weight above 0)',
    );
  });
});

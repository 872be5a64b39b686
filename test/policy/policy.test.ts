import { describe, expect, it } from 'vitest';
import { resolveSettings, type Config, type Settings } from '../../src/config/index.js';
import { parseConfig } from '../../src/config/parse.js';
import type { FailOn } from '../../src/model/report.js';
import type { ScoreParams } from '../../src/model/verdict.js';
import { applyPolicy, type PolicyInput } from '../../src/policy/index.js';

const PARAMS: ScoreParams = {
  weights: { performance: 1, scalability: 1, 'use-case': 1, 'team-skills': 1, ecosystem: 1, security: 1 },
  thresholds: { review: 5, mismatch: 15 },
  eitherMargin: 5,
};
const NOW = new Date('2026-06-15T12:00:00Z');

type ServiceIn = PolicyInput['services'][number];

function service(path: string, verdict: ServiceIn['verdict'], extra: Partial<ServiceIn> = {}): ServiceIn {
  const gap = { fits: 2, review: 10, mismatch: 22.46, unknown: 0 }[verdict];
  return {
    path,
    current: 'node',
    verdict,
    gap,
    fitScore: 50,
    recommended: verdict === 'fits' ? 'either' : 'python',
    ...extra,
  };
}

function settings(config: Config = {}, failOn: FailOn = 'mismatch'): Settings {
  return resolveSettings(config, {}, { failOn, params: PARAMS });
}

function input(...services: ServiceIn[]): PolicyInput {
  const order = ['fits', 'unknown', 'review', 'mismatch'] as const;
  const repoVerdict = services.reduce<ServiceIn['verdict']>(
    (worst, s) => (order.indexOf(s.verdict) > order.indexOf(worst) ? s.verdict : worst),
    services.length ? 'fits' : 'unknown',
  );
  return { services, repoVerdict };
}

describe('applyPolicy: fail-on', () => {
  const cases: [FailOn, ServiceIn['verdict'], boolean][] = [
    ['mismatch', 'fits', false],
    ['mismatch', 'review', false],
    ['mismatch', 'mismatch', true],
    ['mismatch', 'unknown', false],
    ['review', 'fits', false],
    ['review', 'review', true],
    ['review', 'mismatch', true],
    ['review', 'unknown', false],
    ['never', 'review', false],
    ['never', 'mismatch', false],
    ['never', 'unknown', false],
  ];
  it.each(cases)('fail-on %s with a %s service fails: %s', (failOn, verdict, failed) => {
    const outcome = applyPolicy(input(service('api', verdict)), settings({}, failOn), NOW);
    expect(outcome.policy.failed).toBe(failed);
    expect(outcome.policy.failOn).toBe(failOn);
    expect(outcome.policy.reasons.length).toBeGreaterThan(0);
  });

  it('explains a failure with the scores, the threshold and fail-on', () => {
    const outcome = applyPolicy(input(service('api', 'mismatch'), service('web', 'fits')), settings(), NOW);
    expect(outcome.policy.reasons).toEqual([
      'api: mismatch: python scores 22.5 points above node (threshold 15, fail-on: mismatch)',
    ]);
  });

  it('uses the review threshold for a review verdict', () => {
    const outcome = applyPolicy(input(service('web', 'review')), settings({}, 'review'), NOW);
    expect(outcome.policy.reasons).toEqual([
      'web: review: python scores 10 points above node (threshold 5, fail-on: review)',
    ]);
  });

  it('gives one reason per failing service', () => {
    const outcome = applyPolicy(
      input(service('a', 'mismatch'), service('b', 'review'), service('c', 'mismatch')),
      settings(),
      NOW,
    );
    expect(outcome.policy.reasons.map((r) => r.split(':')[0])).toEqual(['a', 'c']);
  });

  it('says why it passed', () => {
    expect(applyPolicy(input(service('api', 'review')), settings(), NOW).policy.reasons).toEqual([
      'passed: no service is a mismatch (fail-on: mismatch)',
    ]);
    expect(applyPolicy(input(service('api', 'fits')), settings({}, 'review'), NOW).policy.reasons).toEqual([
      'passed: no service needs review or is a mismatch (fail-on: review)',
    ]);
    expect(applyPolicy(input(service('api', 'mismatch')), settings({}, 'never'), NOW).policy.reasons).toEqual([
      'passed: fail-on is never, verdicts are reported, not enforced (api: mismatch)',
    ]);
    expect(applyPolicy(input(), settings(), NOW).policy.reasons).toEqual([
      'passed: no backend service found, nothing to enforce (fail-on: mismatch)',
    ]);
  });

  it('names the root service readably', () => {
    const outcome = applyPolicy(input(service('.', 'mismatch')), settings(), NOW);
    expect(outcome.policy.reasons[0]).toMatch(/^\(root\): mismatch: /);
  });

  it('falls back to the repository verdict when there are no services', () => {
    const outcome = applyPolicy({ services: [], repoVerdict: 'mismatch' }, settings(), NOW);
    expect(outcome.policy.failed).toBe(true);
    expect(outcome.policy.reasons).toEqual(['repository: mismatch (fail-on: mismatch)']);
  });

  it('reports thresholds and sources from the settings', () => {
    const s = resolveSettings(
      { thresholds: { mismatch: 30 } },
      { failOn: 'review' },
      { failOn: 'mismatch', params: PARAMS },
    );
    const { policy } = applyPolicy(input(service('api', 'fits')), s, NOW);
    expect(policy.thresholds).toEqual({ review: 5, mismatch: 30 });
    expect(policy.sources).toMatchObject({
      'fail-on': 'input',
      'thresholds.mismatch': 'config',
      'thresholds.review': 'default',
    });
  });
});

describe('applyPolicy: expected backends', () => {
  it('fails a service whose backend differs from the declared one, even when it fits', () => {
    const outcome = applyPolicy(input(service('api', 'fits')), settings({ expected: { api: 'python' } }), NOW);
    expect(outcome.policy.failed).toBe(true);
    expect(outcome.policy.reasons).toEqual(['api: expected python, found node']);
    expect(outcome.services.api).toEqual({ expected: 'python' });
  });

  it('fails it under fail-on review too', () => {
    const outcome = applyPolicy(
      input(service('api', 'fits')),
      settings({ expected: { api: 'python' } }, 'review'),
      NOW,
    );
    expect(outcome.policy.failed).toBe(true);
  });

  it('reports it without failing under fail-on never', () => {
    const outcome = applyPolicy(input(service('api', 'fits')), settings({ expected: { api: 'python' } }, 'never'), NOW);
    expect(outcome.policy.failed).toBe(false);
    expect(outcome.policy.reasons).toContain('api: expected python, found node (not enforced: fail-on: never)');
  });

  it('passes when the backend is the declared one', () => {
    const outcome = applyPolicy(input(service('api', 'fits')), settings({ expected: { api: 'node' } }), NOW);
    expect(outcome.policy.failed).toBe(false);
    expect(outcome.services.api).toEqual({ expected: 'node' });
  });

  it('names both and none plainly', () => {
    const outcome = applyPolicy(
      input(service('a', 'fits', { current: 'both' }), service('b', 'unknown', { current: 'none' })),
      settings({ expected: { a: 'node', b: 'python' } }),
      NOW,
    );
    expect(outcome.policy.reasons).toEqual([
      'a: expected node, found both node and python',
      'b: expected python, found no backend',
    ]);
  });

  it('a declared service that is not found fails and warns', () => {
    const outcome = applyPolicy(
      input(service('api', 'fits')),
      settings({ expected: { api: 'node', 'services/ml': 'python' } }),
      NOW,
    );
    expect(outcome.policy.failed).toBe(true);
    expect(outcome.policy.reasons).toEqual(['services/ml: expected python, but no service was found there']);
    expect(outcome.warnings).toEqual([{ message: 'expected backend for services/ml: no service found at that path' }]);
  });

  it('a declared service that is not found only warns under fail-on never', () => {
    const outcome = applyPolicy(input(), settings({ expected: { api: 'node' } }, 'never'), NOW);
    expect(outcome.policy.failed).toBe(false);
    expect(outcome.warnings).toHaveLength(1);
  });

  it('a waiver does not cover an expected backend that differs', () => {
    const outcome = applyPolicy(
      input(service('api', 'mismatch')),
      settings({ expected: { api: 'python' }, waivers: [{ service: 'api', reason: 'moving', expires: '2026-12-31' }] }),
      NOW,
    );
    expect(outcome.policy.failed).toBe(true);
    expect(outcome.policy.reasons).toEqual([
      'api: expected python, found node',
      'api: mismatch waived until 2026-12-31: moving',
    ]);
    expect(outcome.policy.waived).toEqual([{ service: 'api', reason: 'moving', expires: '2026-12-31' }]);
  });
});

describe('applyPolicy: waivers', () => {
  const waiver = { service: 'api', reason: 'migrating in Q1', expires: '2026-12-31' };
  const config: Config = { waivers: [waiver] };
  const mismatch = input(service('api', 'mismatch'));

  it.each([
    ['the day before', '2026-12-30T23:59:59Z'],
    ['the day itself, early', '2026-12-31T00:00:00Z'],
    ['the day itself, late', '2026-12-31T23:59:59.999Z'],
  ])('waives a mismatch %s', (_, at) => {
    const outcome = applyPolicy(mismatch, settings(config), new Date(at));
    expect(outcome.policy.failed).toBe(false);
    expect(outcome.policy.waived).toEqual([waiver]);
    expect(outcome.policy.reasons).toEqual([
      'passed: no service is a mismatch but for waived ones (fail-on: mismatch)',
      'api: mismatch waived until 2026-12-31: migrating in Q1',
    ]);
    expect(outcome.services.api).toEqual({
      waiver: { reason: 'migrating in Q1', expires: '2026-12-31', active: true },
    });
    expect(outcome.warnings).toEqual([]);
  });

  it.each([
    ['the day after', '2027-01-01T00:00:00Z'],
    ['a month after', '2027-02-01T10:00:00Z'],
  ])('stops waiving %s, and says so', (_, at) => {
    const outcome = applyPolicy(mismatch, settings(config), new Date(at));
    expect(outcome.policy.failed).toBe(true);
    expect(outcome.policy.waived).toEqual([]);
    expect(outcome.policy.reasons).toEqual([
      'api: mismatch: python scores 22.5 points above node (threshold 15, fail-on: mismatch); its waiver expired on 2026-12-31',
    ]);
    expect(outcome.warnings).toEqual([{ message: 'waiver for api expired on 2026-12-31' }]);
    expect(outcome.services.api?.waiver?.active).toBe(false);
  });

  it('compares dates in UTC, whatever the local time of the clock', () => {
    // 23:30 on the 31st in New York is already the 1st in UTC.
    const outcome = applyPolicy(mismatch, settings(config), new Date('2026-12-31T23:30:00-05:00'));
    expect(outcome.policy.failed).toBe(true);
  });

  it('waives a review under fail-on review', () => {
    const outcome = applyPolicy(input(service('api', 'review')), settings(config, 'review'), NOW);
    expect(outcome.policy.failed).toBe(false);
    expect(outcome.policy.reasons).toContain('api: review waived until 2026-12-31: migrating in Q1');
  });

  it('waives only the service it names', () => {
    const outcome = applyPolicy(input(service('api', 'mismatch'), service('web', 'mismatch')), settings(config), NOW);
    expect(outcome.policy.failed).toBe(true);
    expect(outcome.policy.reasons[0]).toMatch(/^web: mismatch: /);
    expect(outcome.policy.waived.map((w) => w.service)).toEqual(['api']);
  });

  it('an expired waiver on a service that now fits is a warning and a note, not a failure', () => {
    const outcome = applyPolicy(input(service('api', 'fits')), settings(config), new Date('2027-03-01T00:00:00Z'));
    expect(outcome.policy.failed).toBe(false);
    expect(outcome.policy.reasons).toContain('api: waiver expired on 2026-12-31 (verdict now fits; the waiver can go)');
    expect(outcome.warnings).toEqual([{ message: 'waiver for api expired on 2026-12-31' }]);
  });

  it('an expired waiver on a review under fail-on mismatch says it no longer waives', () => {
    const outcome = applyPolicy(input(service('api', 'review')), settings(config), new Date('2027-03-01T00:00:00Z'));
    expect(outcome.policy.failed).toBe(false);
    expect(outcome.policy.reasons).toContain(
      'api: waiver expired on 2026-12-31; the review verdict is no longer waived',
    );
  });

  it('an active waiver on a service that fits is noted as not needed', () => {
    const outcome = applyPolicy(input(service('api', 'fits')), settings(config), NOW);
    expect(outcome.policy.waived).toEqual([]);
    expect(outcome.policy.reasons).toContain('api: fits; the waiver until 2026-12-31 is not needed');
  });

  it('a waiver matching no service is a warning', () => {
    const outcome = applyPolicy(
      input(service('api', 'fits'), service('web', 'fits')),
      settings({ waivers: [{ service: 'old-api', reason: 'r', expires: '2026-12-31' }] }),
      NOW,
    );
    expect(outcome.policy.failed).toBe(false);
    expect(outcome.warnings).toEqual([{ message: 'waiver for old-api matches no service (services found: api, web)' }]);
  });

  it('warnings name the config file when the settings came from one', () => {
    const parsed = parseConfig('waivers: [{service: gone, reason: r, expires: 2026-12-31}]', '.github/backend-fit.yml');
    const s = resolveSettings(parsed, {}, { failOn: 'mismatch', params: PARAMS });
    const outcome = applyPolicy(input(service('api', 'fits')), s, NOW);
    expect(outcome.warnings).toEqual([
      { file: '.github/backend-fit.yml', message: 'waiver for gone matches no service (services found: api)' },
    ]);
  });

  it('lists a waived service even when fail-on never enforces nothing', () => {
    const outcome = applyPolicy(mismatch, settings(config, 'never'), NOW);
    expect(outcome.policy.failed).toBe(false);
    expect(outcome.policy.waived).toEqual([waiver]);
  });
});

describe('applyPolicy: report data per service', () => {
  it('has an entry for every service', () => {
    const outcome = applyPolicy(input(service('api', 'fits'), service('web', 'review')), settings(), NOW);
    expect(outcome.services).toEqual({ api: {}, web: {} });
  });

  it('does not change its input', () => {
    const data = input(service('api', 'mismatch'));
    const s = settings({ waivers: [{ service: 'api', reason: 'r', expires: '2026-12-31' }] });
    const before = JSON.stringify([data, s]);
    applyPolicy(data, s, NOW);
    expect(JSON.stringify([data, s])).toBe(before);
  });
});

describe('applyPolicy: the sentence that says why a build passed', () => {
  it('fail-on never lists the services it would have flagged, and only those', () => {
    const outcome = applyPolicy(
      input(service('.', 'review'), service('web', 'fits'), service('api', 'mismatch'), service('cli', 'unknown')),
      settings({}, 'never'),
      NOW,
    );
    expect(outcome.policy.reasons).toEqual([
      'passed: fail-on is never, verdicts are reported, not enforced ((root): review, api: mismatch)',
    ]);
  });

  it('fail-on never with nothing to flag lists nothing', () => {
    const outcome = applyPolicy(input(service('api', 'fits')), settings({}, 'never'), NOW);
    expect(outcome.policy.reasons).toEqual(['passed: fail-on is never, verdicts are reported, not enforced']);
    expect(applyPolicy(input(), settings({}, 'never'), NOW).policy.reasons).toEqual([
      'passed: fail-on is never, verdicts are reported, not enforced',
    ]);
  });

  it('no backend found is "nothing to enforce" under any enforcing fail-on', () => {
    expect(applyPolicy(input(), settings({}, 'review'), NOW).policy).toMatchObject({
      failed: false,
      reasons: ['passed: no backend service found, nothing to enforce (fail-on: review)'],
    });
  });

  it('services whose verdict is unknown are still services found: not "no backend service found"', () => {
    const outcome = applyPolicy(input(service('api', 'unknown', { current: 'both' })), settings(), NOW);
    expect(outcome.policy.reasons).toEqual(['passed: no service is a mismatch (fail-on: mismatch)']);
  });

  it('without services but with a repository verdict, it is that verdict that passed', () => {
    const fits = { services: [], repoVerdict: 'fits' as const };
    expect(applyPolicy(fits, settings(), NOW).policy.reasons).toEqual([
      'passed: no service is a mismatch (fail-on: mismatch)',
    ]);
    const review = { services: [], repoVerdict: 'review' as const };
    expect(applyPolicy(review, settings(), NOW).policy.failed).toBe(false);
    expect(applyPolicy(review, settings({}, 'review'), NOW).policy).toMatchObject({
      failed: true,
      reasons: ['repository: review (fail-on: review)'],
    });
  });

  it('a repository verdict is not enforced again when the services were', () => {
    const outcome = applyPolicy({ services: [service('api', 'fits')], repoVerdict: 'mismatch' }, settings(), NOW);
    expect(outcome.policy.failed).toBe(false);
  });

  it('a waiver with no service at all says none were found', () => {
    const outcome = applyPolicy(
      input(),
      settings({ waivers: [{ service: 'api', reason: 'r', expires: '2026-12-31' }] }),
      NOW,
    );
    expect(outcome.warnings).toEqual([{ message: 'waiver for api matches no service (services found: none)' }]);
  });

  it('a declared service that is missing under fail-on never is a note, not a failure', () => {
    const outcome = applyPolicy(input(service('api', 'fits')), settings({ expected: { ml: 'python' } }, 'never'), NOW);
    expect(outcome.policy.failed).toBe(false);
    expect(outcome.policy.reasons).toEqual([
      'passed: fail-on is never, verdicts are reported, not enforced',
      'ml: expected python, but no service was found there (not enforced: fail-on: never)',
    ]);
    expect(outcome.warnings).toEqual([{ message: 'expected backend for ml: no service found at that path' }]);
  });
});

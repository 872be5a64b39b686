import { describe, expect, it } from 'vitest';
import { ConfigError, resolveSettings, type Settings } from '../../src/config/index.js';
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
const FILE = '.github/backend-fit.yml';

type ServiceIn = PolicyInput['services'][number];

function service(
  path: string,
  verdict: ServiceIn['verdict'],
  catalog: ServiceIn['catalog'],
  current: ServiceIn['current'] = 'node',
): ServiceIn {
  const gap = { fits: 2, review: 10, mismatch: 22, unknown: 0 }[verdict];
  return { path, current, verdict, gap, fitScore: 50, recommended: verdict === 'fits' ? 'either' : 'python', catalog };
}

function settings(yaml: string, overrides: { failOn?: FailOn } = {}, defaultFailOn: FailOn = 'mismatch'): Settings {
  return resolveSettings(parseConfig(yaml, FILE), overrides, { failOn: defaultFailOn, params: PARAMS });
}

function run(yaml: string, services: ServiceIn[], overrides: { failOn?: FailOn } = {}) {
  return applyPolicy({ services, repoVerdict: 'fits' }, settings(yaml, overrides), NOW);
}

const CHECKOUT = { owner: 'group:default/checkout', system: 'shop', lifecycle: 'production' };
const LAB = { owner: 'team-ml', system: 'shop', lifecycle: 'experimental' };

describe('policy per system', () => {
  it('a system fail-on reaches every service of that system, and only them', () => {
    const outcome = run('systems:\n  shop:\n    fail-on: review\n', [
      service('orders', 'review', CHECKOUT),
      service('billing', 'review', { system: 'finance' }),
    ]);
    expect(outcome.policy.failed).toBe(true);
    expect(outcome.policy.reasons).toEqual([
      'orders: review: python scores 10 points above node (threshold 5, fail-on: review from systems.shop)',
    ]);
    expect(outcome.services.orders?.failOn).toEqual({ value: 'review', from: 'systems.shop' });
    expect(outcome.services.billing?.failOn).toBeUndefined();
  });

  it('a system expected backend fails a service of another backend, and names the rule', () => {
    const outcome = run('systems:\n  shop:\n    expected: python\n', [service('orders', 'fits', CHECKOUT)]);
    expect(outcome.policy.failed).toBe(true);
    expect(outcome.policy.reasons).toEqual(['orders: expected python (systems.shop), found node']);
    expect(outcome.services.orders?.expected).toBe('python');
  });

  it("a service's own expected[path] wins over its system's", () => {
    const outcome = run('expected:\n  orders: node\nsystems:\n  shop:\n    expected: python\n', [
      service('orders', 'fits', CHECKOUT),
    ]);
    expect(outcome.policy.failed).toBe(false);
    expect(outcome.services.orders?.expected).toBe('node');
  });
});

describe('policy per owner', () => {
  it('matches a Backstage ref written with or without group: and default/', () => {
    for (const key of ['checkout', 'group:checkout', 'group:default/checkout', 'Group:Default/Checkout']) {
      const outcome = run(`owners:\n  "${key}":\n    fail-on: review\n`, [service('orders', 'review', CHECKOUT)]);
      expect(outcome.policy.failed, key).toBe(true);
      expect(outcome.warnings, key).toEqual([]);
    }
  });

  it('matches any one of several CODEOWNERS owners', () => {
    const outcome = run('owners:\n  "@octo-dev":\n    expected: python\n', [
      service('realtime', 'fits', { owner: '@acme/web-team @octo-dev' }),
    ]);
    expect(outcome.policy.reasons).toEqual(['realtime: expected python (owners["@octo-dev"]), found node']);
  });

  it('a system rule wins over an owner rule', () => {
    const outcome = run('owners:\n  checkout:\n    fail-on: never\nsystems:\n  shop:\n    fail-on: review\n', [
      service('orders', 'review', CHECKOUT),
    ]);
    expect(outcome.policy.failed).toBe(true);
    expect(outcome.services.orders?.failOn).toEqual({ value: 'review', from: 'systems.shop' });
  });
});

describe('policy per lifecycle', () => {
  const yaml =
    'fail-on: review\nlifecycles:\n  experimental:\n    fail-on: never\nsystems:\n  shop:\n    fail-on: review\n';

  it('experimental never fails, even inside a system that fails on review', () => {
    const outcome = run(yaml, [service('recommender', 'mismatch', LAB), service('orders', 'fits', CHECKOUT)]);
    expect(outcome.policy.failed).toBe(false);
    expect(outcome.policy.reasons[0]).toBe(
      'passed: no service fails the fail-on that applies to it (fail-on: review; catalog rules set it for 2 services)',
    );
    expect(outcome.services.recommender?.failOn).toEqual({ value: 'never', from: 'lifecycles.experimental' });
  });

  it('an expected backend a never-failing service breaks is a note, not a failure', () => {
    const outcome = run('lifecycles:\n  experimental:\n    fail-on: never\n    expected: python\n', [
      service('recommender', 'fits', LAB),
    ]);
    expect(outcome.policy.failed).toBe(false);
    expect(outcome.policy.reasons).toContain(
      'recommender: expected python (lifecycles.experimental), found node (not enforced: fail-on: never from lifecycles.experimental)',
    );
  });

  it('the action input / CLI flag fail-on overrides every catalog rule for the run', () => {
    const outcome = run(yaml, [service('recommender', 'mismatch', LAB)], { failOn: 'mismatch' });
    expect(outcome.policy.failed).toBe(true);
    expect(outcome.policy.reasons).toEqual([
      'recommender: mismatch: python scores 22 points above node (threshold 15, fail-on: mismatch)',
    ]);
  });

  it('services without catalog data keep the global fail-on', () => {
    const outcome = run(yaml, [service('legacy', 'review', undefined)]);
    expect(outcome.policy.failed).toBe(true);
    expect(outcome.policy.reasons).toEqual([
      'legacy: review: python scores 10 points above node (threshold 5, fail-on: review)',
    ]);
  });
});

describe('rules that match no service, and config errors', () => {
  it('a rule matching no service is a warning with the closest value', () => {
    const outcome = run(
      'lifecycles:\n  experimentl:\n    fail-on: never\nsystems:\n  shopp:\n    fail-on: review\nowners:\n  "@acme/nobody":\n    expected: node\n',
      [service('orders', 'fits', CHECKOUT)],
    );
    expect(outcome.policy.failed).toBe(false);
    expect(outcome.warnings).toEqual([
      {
        file: FILE,
        message: 'lifecycles.experimentl matches no service (found: production); did you mean "experimental"?',
      },
      { file: FILE, message: 'systems.shopp matches no service (found: shop); did you mean "shop"?' },
      { file: FILE, message: 'owners["@acme/nobody"] matches no service (found: group:default/checkout)' },
    ]);
  });

  const errorOf = (yaml: string) => {
    try {
      parseConfig(yaml, FILE);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('no error');
  };

  it('errors name the key and what is allowed, with did-you-mean', () => {
    expect(errorOf('system:\n  shop:\n    fail-on: review\n')).toBe(
      `${FILE}: system: unknown key; did you mean "systems"?`,
    );
    expect(errorOf('systems:\n  shop:\n    fail_on: review\n')).toBe(
      `${FILE}: systems.shop.fail_on: unknown key; did you mean "fail-on"?`,
    );
    expect(errorOf('lifecycles:\n  experimental:\n    fail-on: sometimes\n')).toBe(
      `${FILE}: lifecycles.experimental.fail-on: must be one of mismatch, review, never (got "sometimes")`,
    );
    expect(errorOf('owners:\n  "@acme/ml":\n    expected: go\n')).toBe(
      `${FILE}: owners["@acme/ml"].expected: must be one of node, python (got "go")`,
    );
    expect(errorOf('systems:\n  shop: review\n')).toBe(`${FILE}: systems.shop: must be a mapping (got "review")`);
    expect(errorOf('systems:\n  shop: {}\n')).toBe(`${FILE}: systems.shop: sets nothing (allowed: expected, fail-on)`);
    expect(errorOf('owners:\n  payments:\n    fail-on: review\n  group:default/payments:\n    expected: node\n')).toBe(
      `${FILE}: owners["group:default/payments"]: names the same owner as owners.payments; list each once`,
    );
  });
});

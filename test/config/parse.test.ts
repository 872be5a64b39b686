import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/index.js';
import { parseConfig } from '../../src/config/parse.js';

const FILE = '.github/backend-fit.yml';

/** The ConfigError message parseConfig throws for `text`; fails the test when it does not throw. */
function errorOf(text: string): string {
  try {
    parseConfig(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`expected a ConfigError for:\n${text}`);
}

describe('parseConfig: valid files', () => {
  it('reads every key, kebab-case to camelCase', () => {
    const config = parseConfig(
      [
        '$schema: https://example.test/config.schema.json',
        'fail-on: review',
        'thresholds:',
        '  review: 4',
        '  mismatch: 20.5',
        'weights:',
        '  performance: 1',
        '  scalability: 0',
        '  use-case: 2',
        '  team-skills: 1.5',
        '  ecosystem: 1',
        '  security: 3',
        'expected:',
        '  api: node',
        '  ml: python',
        'ignore:',
        '  - legacy/**',
        '  - "*.generated.ts"',
        'services:',
        '  - path: worker',
        '    backend: python',
        '  - path: web',
        'waivers:',
        '  - service: api',
        '    reason: migrating in Q1',
        '    expires: 2026-12-31',
        'comment:',
        '  min-change: 2',
      ].join('\n'),
      FILE,
    );
    expect(config).toEqual({
      failOn: 'review',
      thresholds: { review: 4, mismatch: 20.5 },
      weights: { performance: 1, scalability: 0, 'use-case': 2, 'team-skills': 1.5, ecosystem: 1, security: 3 },
      expected: { api: 'node', ml: 'python' },
      ignore: ['legacy/**', '*.generated.ts'],
      services: [{ path: 'worker', backend: 'python' }, { path: 'web' }],
      waivers: [{ service: 'api', reason: 'migrating in Q1', expires: '2026-12-31' }],
      comment: { minChange: 2 },
    });
  });

  it.each(['mismatch', 'review', 'never'])('accepts fail-on: %s', (value) => {
    expect(parseConfig(`fail-on: ${value}`, FILE)).toEqual({ failOn: value });
  });

  it('an empty file, or one with only comments, is an empty config', () => {
    expect(parseConfig('', FILE)).toEqual({});
    expect(parseConfig('# nothing yet\n\n', FILE)).toEqual({});
    expect(parseConfig('\uFEFF', FILE)).toEqual({});
  });

  it('allows $schema and ignores it', () => {
    expect(parseConfig('$schema: ./schema/config.schema.json', FILE)).toEqual({});
  });

  it('accepts thresholds at the range ends and equal to each other', () => {
    expect(parseConfig('thresholds: {review: 0, mismatch: 0}', FILE).thresholds).toEqual({ review: 0, mismatch: 0 });
    expect(parseConfig('thresholds: {review: 100, mismatch: 100}', FILE).thresholds).toEqual({
      review: 100,
      mismatch: 100,
    });
  });

  it('accepts one threshold alone: the other comes from the defaults, checked when merged', () => {
    expect(parseConfig('thresholds: {review: 40}', FILE).thresholds).toEqual({ review: 40 });
    expect(parseConfig('thresholds: {mismatch: 2}', FILE).thresholds).toEqual({ mismatch: 2 });
  });

  it('accepts some weights at 0 as long as one is above 0', () => {
    const text = 'weights: {performance: 0, scalability: 0, use-case: 1, team-skills: 0, ecosystem: 0, security: 0}';
    expect(parseConfig(text, FILE).weights?.['use-case']).toBe(1);
  });

  it('normalises service paths in expected, services and waivers', () => {
    const config = parseConfig(
      [
        'expected: {"./api/": node, ".": python, "services\\\\ml": python}',
        'services: [{path: ./worker/}, {path: "a//b/./c"}]',
        'waivers: [{service: ./api, reason: x, expires: 2026-01-01}, {service: ./, reason: y, expires: 2026-01-01}]',
      ].join('\n'),
      FILE,
    );
    expect(config.expected).toEqual({ api: 'node', '.': 'python', 'services/ml': 'python' });
    expect(config.services).toEqual([{ path: 'worker' }, { path: 'a/b/c' }]);
    expect(config.waivers?.map((w) => w.service)).toEqual(['api', '.']);
  });

  it('keeps an unquoted expiry date as the string written (YAML 1.2, no timestamps)', () => {
    expect(parseConfig('waivers: [{service: api, reason: r, expires: 2027-02-28}]', FILE).waivers?.[0]?.expires).toBe(
      '2027-02-28',
    );
  });

  it('trims a waiver reason', () => {
    expect(parseConfig('waivers: [{service: api, reason: "  moving  ", expires: 2027-01-01}]', FILE).waivers).toEqual([
      { service: 'api', reason: 'moving', expires: '2027-01-01' },
    ]);
  });

  it('reads comment without min-change as an empty section', () => {
    expect(parseConfig('comment: {}', FILE)).toEqual({ comment: {} });
  });
});

describe('parseConfig: errors are one line naming the file, the key and what is allowed', () => {
  it('fail-on outside the enum', () => {
    expect(errorOf('fail-on: mismatc')).toBe(
      `${FILE}: fail-on: must be one of mismatch, review, never (got "mismatc")`,
    );
    expect(errorOf('fail-on: true')).toBe(`${FILE}: fail-on: must be one of mismatch, review, never (got true)`);
    expect(errorOf('fail-on:')).toBe(`${FILE}: fail-on: must be one of mismatch, review, never (got an empty value)`);
  });

  it('unknown keys, with did-you-mean for near misses', () => {
    expect(errorOf('weights:\n  perfomance: 2')).toBe(
      `${FILE}: weights.perfomance: unknown key; did you mean "performance"?`,
    );
    expect(errorOf('failOn: review')).toBe(`${FILE}: failOn: unknown key; did you mean "fail-on"?`);
    expect(errorOf('treshold: {}')).toBe(`${FILE}: treshold: unknown key; did you mean "thresholds"?`);
    expect(errorOf('comment: {minChange: 1}')).toBe(
      `${FILE}: comment.minChange: unknown key; did you mean "min-change"?`,
    );
  });

  it('unknown keys far from any allowed one list what is allowed', () => {
    expect(errorOf('colour: blue')).toBe(
      `${FILE}: colour: unknown key; allowed: $schema, fail-on, thresholds, weights, expected, lifecycles, systems, owners, ignore, services, exclude-services, waivers, max-waiver-days, comment`,
    );
  });

  it('nested unknown keys name their full path', () => {
    expect(errorOf('thresholds: {reviw: 3}')).toBe(`${FILE}: thresholds.reviw: unknown key; did you mean "review"?`);
    expect(errorOf('waivers: [{service: a, reason: r, expires: 2027-01-01, owner: me}]')).toBe(
      `${FILE}: waivers[0].owner: unknown key; allowed: service, reason, expires`,
    );
    expect(errorOf('services: [{path: a}, {path: b, backnd: node}]')).toBe(
      `${FILE}: services[1].backnd: unknown key; did you mean "backend"?`,
    );
  });

  it('prefers the unknown key over the missing one it explains', () => {
    expect(errorOf('waivers: [{service: a, reson: r, expires: 2027-01-01}]')).toBe(
      `${FILE}: waivers[0].reson: unknown key; did you mean "reason"?`,
    );
  });

  it('wrong types', () => {
    expect(errorOf('thresholds: {review: high}')).toBe(
      `${FILE}: thresholds.review: must be a number from 0 to 100 (got "high")`,
    );
    expect(errorOf('thresholds: 5')).toBe(`${FILE}: thresholds: must be a mapping (got 5)`);
    expect(errorOf('weights: [1, 2]')).toBe(`${FILE}: weights: must be a mapping (got a list)`);
    expect(errorOf('weights: {security: "2"}')).toBe(`${FILE}: weights.security: must be a number >= 0 (got "2")`);
    expect(errorOf('ignore: dist/')).toBe(`${FILE}: ignore: must be a list (got "dist/")`);
    expect(errorOf('ignore: [dist/, 3]')).toBe(`${FILE}: ignore[1]: must be a string (got 3)`);
    expect(errorOf('services: {path: api}')).toBe(`${FILE}: services: must be a list (got a mapping)`);
    expect(errorOf('waivers: [api]')).toBe(`${FILE}: waivers[0]: must be a mapping (got "api")`);
    expect(errorOf('comment: on-change')).toBe(`${FILE}: comment: must be a mapping (got "on-change")`);
    expect(errorOf('expected: [api]')).toBe(`${FILE}: expected: must be a mapping (got a list)`);
    expect(errorOf('$schema: 3')).toBe(`${FILE}: $schema: must be a string (got 3)`);
  });

  it('backends outside node and python', () => {
    expect(errorOf('expected: {api: java}')).toBe(`${FILE}: expected.api: must be one of node, python (got "java")`);
    expect(errorOf('expected: {services/api: go}')).toBe(
      `${FILE}: expected["services/api"]: must be one of node, python (got "go")`,
    );
    expect(errorOf('services: [{path: a, backend: deno}]')).toBe(
      `${FILE}: services[0].backend: must be one of node, python (got "deno")`,
    );
  });

  it('numbers out of range, infinities and NaN', () => {
    expect(errorOf('thresholds: {review: 150}')).toBe(
      `${FILE}: thresholds.review: must be a number from 0 to 100 (got 150)`,
    );
    expect(errorOf('thresholds: {mismatch: -1}')).toBe(
      `${FILE}: thresholds.mismatch: must be a number from 0 to 100 (got -1)`,
    );
    expect(errorOf('weights: {ecosystem: -0.5}')).toBe(`${FILE}: weights.ecosystem: must be a number >= 0 (got -0.5)`);
    expect(errorOf('weights: {ecosystem: .inf}')).toBe(
      `${FILE}: weights.ecosystem: must be a number >= 0 (got Infinity)`,
    );
    expect(errorOf('thresholds: {review: .nan}')).toBe(
      `${FILE}: thresholds.review: must be a number from 0 to 100 (got NaN)`,
    );
    expect(errorOf('comment: {min-change: 101}')).toBe(
      `${FILE}: comment.min-change: must be a number from 0 to 100 (got 101)`,
    );
  });

  it('review above mismatch', () => {
    expect(errorOf('thresholds: {review: 20, mismatch: 10}')).toBe(
      `${FILE}: thresholds: review (20) must not be above mismatch (10)`,
    );
  });

  it('all-zero weights', () => {
    expect(
      errorOf('weights: {performance: 0, scalability: 0, use-case: 0, team-skills: 0, ecosystem: 0, security: 0}'),
    ).toBe(
      `${FILE}: weights: must not all be 0 (give at least one of performance, scalability, use-case, team-skills, ecosystem, security a weight above 0)`,
    );
  });

  it('bad dates', () => {
    expect(errorOf('waivers: [{service: api, reason: r, expires: next week}]')).toBe(
      `${FILE}: waivers[0].expires: must be a date YYYY-MM-DD (got "next week")`,
    );
    expect(errorOf('waivers: [{service: api, reason: r, expires: 2026-02-30}]')).toBe(
      `${FILE}: waivers[0].expires: must be a date YYYY-MM-DD that exists in the calendar (got "2026-02-30")`,
    );
    expect(errorOf('waivers: [{service: api, reason: r, expires: 31/12/2026}]')).toBe(
      `${FILE}: waivers[0].expires: must be a date YYYY-MM-DD (got "31/12/2026")`,
    );
    expect(errorOf('waivers: [{service: api, reason: r, expires: 20261231}]')).toBe(
      `${FILE}: waivers[0].expires: must be a date YYYY-MM-DD (got 20261231)`,
    );
  });

  it('missing or empty reason, missing service and path', () => {
    expect(errorOf('waivers: [{service: api, expires: 2026-12-31}]')).toBe(
      `${FILE}: waivers[0].reason: missing (required: service, reason, expires)`,
    );
    expect(errorOf('waivers: [{service: api, reason: "", expires: 2026-12-31}]')).toBe(
      `${FILE}: waivers[0].reason: must not be empty or blank (got "")`,
    );
    expect(errorOf('waivers: [{service: api, reason: "   ", expires: 2026-12-31}]')).toBe(
      `${FILE}: waivers[0].reason: must not be empty or blank (got " ")`,
    );
    expect(errorOf('waivers: [{reason: r, expires: 2026-12-31}]')).toBe(
      `${FILE}: waivers[0].service: missing (required: service, reason, expires)`,
    );
    expect(errorOf('services: [{backend: node}]')).toBe(`${FILE}: services[0].path: missing (required: path)`);
    expect(errorOf('ignore: [""]')).toBe(`${FILE}: ignore[0]: must not be empty or blank (got "")`);
  });

  it('service paths outside the repository', () => {
    expect(errorOf('expected: {../other: node}')).toBe(
      `${FILE}: expected["../other"]: must be a folder inside the repository, relative to its root (got "../other")`,
    );
    expect(errorOf('services: [{path: /srv/api}]')).toBe(
      `${FILE}: services[0].path: must be a folder inside the repository, relative to its root (got "/srv/api")`,
    );
    expect(errorOf('waivers: [{service: "a/../../b", reason: r, expires: 2026-12-31}]')).toBe(
      `${FILE}: waivers[0].service: must be a folder inside the repository, relative to its root (got "a/../../b")`,
    );
  });

  it('one folder listed twice under different spellings', () => {
    expect(errorOf('expected: {./api/: node, api: python}')).toBe(
      `${FILE}: expected.api: "api" is already listed at expected["./api/"]; list each service once`,
    );
    expect(errorOf('services: [{path: api}, {path: api/}]')).toBe(
      `${FILE}: services[1].path: "api" is already listed at services[0].path; list each service once`,
    );
    expect(
      errorOf(
        'waivers: [{service: api, reason: a, expires: 2026-12-31}, {service: ./api, reason: b, expires: 2027-01-31}]',
      ),
    ).toBe(`${FILE}: waivers[1].service: "api" is already listed at waivers[0].service; list each service once`);
  });

  it('YAML syntax errors carry line and column', () => {
    expect(errorOf('fail-on: review\nthresholds:\n  review: [1,\nweights: {}\n')).toMatch(
      new RegExp(`^${FILE.replace(/\./g, '\\.')}:4:1: YAML syntax error: \\S`),
    );
    expect(errorOf('a: "unterminated\n')).toMatch(
      /^\.github\/backend-fit\.yml:2:1: YAML syntax error: Missing closing "quote$/,
    );
    expect(errorOf('fail-on: review\nwaivers:\n  - service: a\n   reason: r\n')).toMatch(
      /^\.github\/backend-fit\.yml:\d+:\d+: YAML syntax error: /,
    );
  });

  it('rejects duplicate keys, naming the key and its line', () => {
    expect(errorOf('fail-on: never\nthresholds: {}\nfail-on: review\n')).toBe(
      `${FILE}:3:1: duplicate key "fail-on"; each key may appear only once`,
    );
    expect(errorOf('weights:\n  security: 1\n  "security": 2\n')).toBe(
      `${FILE}:3:3: duplicate key "security"; each key may appear only once`,
    );
  });

  it('rejects a top level that is not a mapping', () => {
    expect(errorOf('- fail-on: review')).toBe(
      `${FILE}: the top level must be a mapping of settings such as "fail-on: mismatch" (got a list)`,
    );
    expect(errorOf('mismatch')).toBe(
      `${FILE}: the top level must be a mapping of settings such as "fail-on: mismatch" (got "mismatch")`,
    );
    expect(errorOf('42')).toBe(
      `${FILE}: the top level must be a mapping of settings such as "fail-on: mismatch" (got 42)`,
    );
  });

  it('names the file as given', () => {
    expect(() => parseConfig('fail-on: sometimes', 'ci/fit.yaml')).toThrow(/^ci\/fit\.yaml: fail-on: /);
  });

  it('keeps a long bad value on one short line', () => {
    const message = errorOf(`fail-on: "${'x'.repeat(500)}\\nsecond line"`);
    expect(message.length).toBeLessThan(200);
  });
});

describe('parseConfig: what a user writes is kept exactly, and only that', () => {
  it('an empty file or a bare null sets nothing', () => {
    expect(parseConfig('', FILE)).toEqual({});
    expect(parseConfig('~\n', FILE)).toEqual({});
  });

  it('settings left out stay out, so defaults and inputs still apply', () => {
    expect(parseConfig('thresholds: {review: 20}\n', FILE)).toEqual({ thresholds: { review: 20 } });
    expect(parseConfig('comment: {}\n', FILE)).toEqual({ comment: {} });
    expect(parseConfig('services: [{path: api}]\n', FILE)).toEqual({ services: [{ path: 'api' }] });
  });

  it('one threshold above the default other is left for the merge to judge; two set wrong fail here', () => {
    expect(() => parseConfig('thresholds: {mismatch: 3}\n', FILE)).not.toThrow();
    expect(errorOf('thresholds: {review: 20, mismatch: 10}\n')).toBe(
      `${FILE}: thresholds: review (20) must not be above mismatch (10)`,
    );
    expect(() => parseConfig('thresholds: {review: 10, mismatch: 10}\n', FILE)).not.toThrow();
  });

  it('exclude-services: folders normalised like service paths; outside the repo, twice, or also declared is an error', () => {
    expect(parseConfig('exclude-services: [./tools/mock-api/, apps/storybook]\n', FILE)).toEqual({
      excludeServices: ['tools/mock-api', 'apps/storybook'],
    });
    expect(errorOf('exclude-services: [a, ../outside]\n')).toBe(
      `${FILE}: exclude-services[1]: must be a folder inside the repository, relative to its root (got "../outside")`,
    );
    expect(errorOf('exclude-services: [tools, ./tools/]\n')).toContain(
      '"tools" is already listed at exclude-services[0]',
    );
    expect(errorOf('services: [{path: tools}]\nexclude-services: [tools]\n')).toBe(
      `${FILE}: exclude-services: "tools" is also declared in services; keep it in one of the two`,
    );
  });

  it('catalog rules: names trimmed, each rule keeps only what it sets, one name once whatever its case', () => {
    expect(
      parseConfig('systems:\n  " shop ": {expected: node}\nlifecycles:\n  experimental: {fail-on: never}\n', FILE),
    ).toEqual({
      catalog: { systems: { shop: { expected: 'node' } }, lifecycles: { experimental: { failOn: 'never' } } },
    });
    expect(errorOf('systems:\n  Shop: {expected: node}\n  shop: {fail-on: review}\n')).toContain(
      'names the same system as systems.Shop',
    );
    expect(errorOf('systems:\n  "  ": {expected: node}\n')).toContain('must not be empty or blank');
  });
});

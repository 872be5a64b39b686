import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/report/schema.js';
import { actionHarness, runAction, runner } from './run-action.js';

const ORG_POLICY = `# the organisation's floor
fail-on: review
max-waiver-days: 30
systems:
  shop:
    expected: node
`;
const CONFIG = 'acme/policies/backend-fit/org.yml@main';
const EXTERNAL_TOKEN = 'ghs_externalPolicyReader123';

const harness = actionHarness((gh) => {
  gh.orgs.set('acme', [
    { full_name: 'acme/policies', name: 'policies', files: { 'backend-fit/org.yml@main': ORG_POLICY } },
  ]);
});

/** The catalog fixture with its own config file, run by the action on a push (no comment). */
async function run(ownConfig: string | undefined, inputs: Record<string, string> = {}) {
  const where = runner(path.resolve(import.meta.dirname, '../../fixtures/catalog-monorepo'));
  harness.dirs.push(where.dir);
  if (ownConfig !== undefined) {
    mkdirSync(path.join(where.workspace, '.github'), { recursive: true });
    writeFileSync(path.join(where.workspace, '.github/backend-fit.yml'), ownConfig);
  }
  return runAction(where, {
    api: harness.gh.url,
    event: 'push',
    payload: {},
    inputs: { config: CONFIG, 'external-repo-token': EXTERNAL_TOKEN, ...inputs },
  });
}
const warnings = (report: Record<string, unknown> | undefined) =>
  ((report?.warnings ?? []) as { message: string }[]).map((w) => w.message).filter((m) => m.includes('organisation'));

describe('one policy for the organisation: config: owner/repo/path@ref', () => {
  it('reads the organisation’s file through the API with the external token, and applies it', async () => {
    const result = await run(undefined);
    const read = harness.gh.requests.find((r) => r.path.startsWith('/repos/acme/policies/contents/'));
    expect(read).toMatchObject({ path: '/repos/acme/policies/contents/backend-fit%2Forg.yml?ref=main' });
    expect(read!.authorization).toBe(`token ${EXTERNAL_TOKEN}`);
    const policy = result.report!.policy as { failOn: string; sources: Record<string, string> };
    expect(policy.failOn).toBe('review');
    expect(policy.sources['fail-on']).toBe('organisation');
    expect(warnings(result.report)).toEqual([]);
  });

  it('lets the repository’s own file tighten it, without a word', async () => {
    const result = await run('fail-on: review\nthresholds:\n  review: 3\n');
    expect((result.report!.policy as { thresholds: { review: number } }).thresholds.review).toBe(3);
    expect(warnings(result.report)).toEqual([]);
  });

  it('keeps the organisation’s limits where the repository’s file would loosen them, and says so', async () => {
    const own = [
      'fail-on: never',
      'systems:',
      '  shop:',
      '    expected: python',
      'waivers:',
      '  - service: services/orders',
      '    reason: we accept it',
      '    expires: 2099-01-01',
      '',
    ].join('\n');
    const result = await run(own);
    expect(result.code).not.toBeNull();
    expect((result.report!.policy as { failOn: string }).failOn).toBe('review');
    const notes = warnings(result.report);
    expect(notes).toEqual([
      `.github/backend-fit.yml: fail-on never would loosen the organisation's review (${CONFIG}); review applies`,
      `.github/backend-fit.yml: systems.shop.expected python would loosen the organisation's node (${CONFIG}); node applies`,
      expect.stringMatching(
        /^\.github\/backend-fit\.yml: the waiver of services\/orders expires 2099-01-01, past the organisation's max-waiver-days 30 .*; it ends \d{4}-\d\d-\d\d$/,
      ),
    ]);
    expect(result.stdout).toContain('::warning::.github/backend-fit.yml: fail-on never would loosen');
    expect(validateReport(result.report)).toEqual([]);
    // the fail-on input cannot loosen it either
    const input = await run(undefined, { 'fail-on': 'never' });
    expect((input.report!.policy as { failOn: string }).failOn).toBe('review');
    expect(warnings(input.report)).toEqual([
      `the fail-on input: fail-on never would loosen the organisation's review (${CONFIG}); review applies`,
    ]);
  });

  it('fails the step in one line when the organisation’s file cannot be read', async () => {
    const result = await run(undefined, { config: 'acme/policies/missing.yml@main' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "::error::acme/policies/missing.yml@main: cannot read the organisation's config (the API answered 404) (set external-repo-token to a token that can read that repository)",
    );
    expect(result.report).toBeUndefined();
  });
});

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { mentions } from '../support/mentions.js';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/report/schema.js';
import { actionHarness, runAction, runner } from './run-action.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

const harness = actionHarness();

async function act(fixture: string, config?: string) {
  const where = runner(path.join(FIXTURES, fixture));
  harness.dirs.push(where.dir);
  if (config !== undefined) writeFileSync(path.join(where.workspace, '.github', 'backend-fit.yml'), config);
  return runAction(where, { api: harness.gh.url });
}

describe('the action with CODEOWNERS and a service catalog', () => {
  it('the comment shows each service’s CODEOWNERS owners without pinging anyone', async () => {
    const run = await act('codeowners-only', 'owners:\n  "@acme/data-team":\n    fail-on: review\n');
    expect(run.code).toBe(0);
    const body = harness.gh.comments.get(7)![0]!.body;
    expect(body).toContain('| Service | Owner | Backend |');
    expect(body).toMatch(/\| `api`(?: ◀)? \| `@acme\/data-team` \| Python/);
    expect(body).toMatch(/\| `realtime`(?: ◀)? \| `@acme\/web-team @octo-dev` \| Node\.js/);
    expect(mentions(body)).toEqual([]);
    expect(mentions(run.summary)).toEqual([]);
    const services = run.report!.services as {
      path: string;
      owner?: string;
      ownership?: unknown[];
      failOn?: unknown;
    }[];
    expect(services.map((s) => [s.path, s.owner])).toEqual([
      ['api', '@acme/data-team'],
      ['realtime', '@acme/web-team @octo-dev'],
    ]);
    expect(services[0]!.ownership).toEqual([
      { file: '.github/CODEOWNERS', line: 5, detail: 'CODEOWNERS /api/ @acme/data-team' },
    ]);
    expect(services[0]!.failOn).toEqual({ value: 'review', from: 'owners["@acme/data-team"]' });
    expect(validateReport(run.report)).toEqual([]);
  });

  it('a system’s expected backend fails the build; an experimental lifecycle that never fails lets it pass', async () => {
    const strict = await act('catalog-monorepo', 'systems:\n  shop:\n    expected: node\n');
    expect(strict.code).toBe(1);
    expect(strict.outputs.failed).toBe('true');
    expect(strict.stdout).toContain('services/recommender (worker): expected node (systems.shop), found python');
    const body = harness.gh.comments.get(7)![0]!.body;
    expect(body).toMatch(/\| `services\/orders`(?: ◀)? \| `group:default\/checkout` \| Node\.js/);
    // the catalog's service is a Kafka consumer (a worker) that nothing in the repository starts
    expect(body).toMatch(/\| `services\/recommender`(?: ◀)? \| `team-ml` \| Python worker `Kafka consumer`/);
    expect(body).toContain(
      '`services/recommender/catalog-info.yaml`: line 1: the catalog makes services/recommender a service, though detection found it is not a service: server code, but no start script',
    );
    expect((strict.report!.services as { path: string }[]).map((s) => s.path)).toEqual([
      'services/orders',
      'services/recommender',
    ]);

    const lenient = await act(
      'catalog-monorepo',
      'systems:\n  shop:\n    expected: node\nlifecycles:\n  experimental:\n    fail-on: never\n',
    );
    expect(lenient.code).toBe(0);
    expect(lenient.outputs.failed).toBe('false');
    expect(harness.gh.comments.get(7)).toHaveLength(1);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { extractPythonImports } from '../../src/detect/imports/python.js';
import { scan } from '../../src/scan/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

const detected = async (fixture: string) => detect(await scan(path.join(FIXTURES, fixture)));
const served = (facts: Awaited<ReturnType<typeof detected>>) =>
  facts.services.map((s) => [s.path, s.kind, s.frameworks.join(', ')]);

describe('consumers whose loop lives in a shared folder (issue 25, wrk31 class 1)', () => {
  it('makes each image folder whose entry subclasses a shared consumer a worker, its evidence the shared loop', async () => {
    const facts = await detected('shared-consumer-images');
    expect(served(facts)).toEqual([
      ['indexer', 'worker', 'RabbitMQ consumer'],
      ['mailer', 'worker', 'RabbitMQ consumer'],
      ['thumbnailer', 'worker', 'RabbitMQ consumer'],
    ]);
    const mailer = facts.services.find((s) => s.path === 'mailer')!;
    expect(mailer.evidence.map((e) => `${e.file}:${e.line ?? ''}`)).toContain('common/consumer.py:30');
    // control: seeder imports common/ too, but only its publisher, and stops: no service
    expect(facts.services.some((s) => s.path === 'seeder')).toBe(false);
    // the shared folder itself is run by nothing
    expect(facts.notServices.map((n) => [n.path, n.reason])).toEqual([['.', 'no-entry']]);
  });

  it('keeps the dotted modules below the top one that a file imports', () => {
    const refs = extractPythonImports(
      'from common.consumer import QueueConsumer\nfrom common import settings, (\nimport os.path\nimport json\n',
      'a/main.py',
    );
    expect(refs.map((r) => [r.module, r.submodules])).toEqual([
      ['common', ['common.consumer', 'common.consumer.QueueConsumer', 'common.settings']],
      ['os', ['os.path']],
      ['json', undefined],
    ]);
  });
});

describe('images a workflow pushes with docker push (issue 25, wrk31 class 2)', () => {
  it('makes the plain script of an image pushed by name, by a tag given to it, or by buildx --push a batch job', async () => {
    const facts = await detected('pushed-run-images');
    expect(served(facts)).toEqual([
      ['invoices', 'worker', 'batch job'],
      ['jobs/digest', 'worker', 'batch job'],
      ['purge', 'worker', 'batch job'],
    ]);
    // control: lint-image is built and run by the same workflow, never pushed
    expect(facts.services.some((s) => s.path === 'lint-image')).toBe(false);
  });
});

describe('a compose file in a subfolder building the root (issue 25, wrk31 class 3)', () => {
  it('resolves `context: ../..` from the compose file: the root runs the web process and its queue workers', async () => {
    const facts = await detected('subfolder-compose-workers');
    expect(served(facts)).toEqual([
      ['.', 'http', 'Flask'],
      ['.', 'worker', 'Celery, Procrastinate, RQ'],
    ]);
  });
});

describe('daemons a root run script keeps running (issue 25, wrk31 class 4)', () => {
  it('makes a file sent to the background that loops until stopped a worker at its folder, not the one-off step', async () => {
    const facts = await detected('run-script-daemons');
    expect(served(facts)).toEqual([
      ['poller', 'worker', 'long-running loop'],
      ['sensor', 'worker', 'long-running loop'],
    ]);
    // control: tools/calibrate.py runs once in the foreground of the same script
    expect(facts.services.some((s) => s.path === 'tools')).toBe(false);
  });
});

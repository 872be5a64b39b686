import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { afterLeadingCd } from '../../src/detect/shell-folders.js';
import { scan } from '../../src/scan/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

const detected = async (fixture: string) => detect(await scan(path.join(FIXTURES, fixture)));
const served = (facts: Awaited<ReturnType<typeof detected>>) =>
  facts.services.map((s) => [s.path, s.kind, s.frameworks.join(', ')]);
const service = (facts: Awaited<ReturnType<typeof detected>>, at: string, kind: string) =>
  facts.services.find((s) => s.path === at && s.kind === kind)!;
const where = (items: readonly { file: string; line?: number }[]) => items.map((e) => `${e.file}:${e.line ?? ''}`);

describe('an RQ worker built in code beside the project’s web app (issue 25, wrk32 class 1)', () => {
  it('makes the project a worker beside its http service where its script starts the worker itself', async () => {
    const facts = await detected('rq-worker-scripts');
    expect(served(facts)).toEqual([
      ['reports', 'http', 'Flask'],
      ['shop', 'http', 'FastAPI'],
      ['shop', 'worker', 'RQ'],
    ]);
    const worker = service(facts, 'shop', 'worker');
    expect(where(worker.entry)).toEqual(['shop/worker/worker.py:10']);
    // RQ among shop's own requirements names the worker; its script's start is the entry
    expect(where(worker.evidence)).toEqual(['shop/requirements.txt:4']);
    // control: reports/tools/queue_status.py lists workers (`Worker.all(...)`) and exits: no worker for reports
    expect(facts.services.filter((s) => s.path === 'reports')).toHaveLength(1);
  });

  it('leaves a worker script alone in its folder, which nothing runs, no service', async () => {
    // supervised-workers' legacy-worker/worker.py: `Worker([Queue("mail")], ...).work()` kept for reference
    const facts = await detected('supervised-workers');
    expect(facts.services.some((s) => s.path === 'legacy-worker')).toBe(false);
    expect(facts.notServices.find((n) => n.path === 'legacy-worker')?.reason).toBe('no-entry');
  });
});

describe('task consumers of Django projects (issue 25, wrk32 classes 4 and 5)', () => {
  it('reads a README’s `./manage.py run_huey` as the Huey consumer’s run and `celery -A pkg` in pkg/celery.py', async () => {
    const facts = await detected('django-worker-runs');
    expect(served(facts)).toEqual([
      ['archive', 'http', 'Django'],
      ['ledger', 'http', 'Django'],
      ['ledger', 'worker', 'Celery'],
      ['newsroom', 'http', 'Django'],
      ['newsroom', 'worker', 'Huey'],
    ]);
    expect(service(facts, 'newsroom', 'worker').entry.map((e) => e.detail)).toEqual([
      'README.md runs python ./manage.py run_huey (from newsroom/manage.py)',
    ]);
    // the compose file in docker/ builds `..`: its worker command is traced to ledger/celery.py, not the empty __init__.py
    expect(service(facts, 'ledger', 'worker').entry.map((e) => e.file)).toEqual(['ledger/docker/docker-compose.yml']);
    expect(service(facts, 'ledger', 'worker').entry[0]!.detail).toContain('(from ledger/ledger/celery.py)');
    // control: archive lists Huey, but its README runs only runserver, migrate and createsuperuser
    expect(facts.services.filter((s) => s.path === 'archive').map((s) => s.kind)).toEqual(['http']);
    // the docker/ folder is no service of its own
    expect(facts.services.some((s) => s.path === 'ledger/docker')).toBe(false);
  });
});

describe('event loops a run script keeps running after a cd (issue 25, wrk32 class 8)', () => {
  it('makes each backgrounded `cd <folder> && python3 main.py &` whose code loops until stopped a worker there', async () => {
    const facts = await detected('run-script-event-loops');
    expect(served(facts)).toEqual([
      ['bridge', 'worker', 'long-running loop'],
      ['listener', 'worker', 'long-running loop'],
    ]);
    expect(where(service(facts, 'listener', 'worker').evidence)).toEqual(['listener/main.py:23']);
    expect(service(facts, 'listener', 'worker').entry.map((e) => `${e.file} ${e.detail}`)).toEqual([
      'run_all.sh line 5: cd listener && python3 main.py &',
    ]);
    expect(service(facts, 'bridge', 'worker').entry.map((e) => `${e.file} ${e.detail}`)).toEqual([
      'run_all.sh line 6: cd bridge && python3 bridge.py &',
    ]);
    // controls: the export run once in a subshell, and a desktop window's GLib loop that nothing runs
    expect(facts.services.some((s) => s.path === 'tools' || s.path === 'panel')).toBe(false);
  });

  it('tells the folder a job runs in after the cd at its head', () => {
    expect(afterLeadingCd('cd listener && python3 main.py', '.', '.')).toEqual({
      dir: 'listener',
      rest: 'python3 main.py',
    });
    expect(afterLeadingCd('(cd tools && python3 export.py --today)', 'ops', 'ops')).toEqual({
      dir: 'ops/tools',
      rest: 'python3 export.py --today',
    });
    expect(afterLeadingCd('cd bridge', '.', '.')).toEqual({ dir: 'bridge', rest: '' });
    expect(afterLeadingCd('cd $APP_DIR && python3 main.py', '.', '.')).toEqual({
      dir: undefined,
      rest: 'python3 main.py',
    });
    expect(afterLeadingCd('python3 main.py', 'api', '.')).toEqual({ dir: 'api', rest: 'python3 main.py' });
  });
});

describe('a folder’s start script running a stream reader beside its API (issue 25, wrk32 class 6)', () => {
  it('makes the WebSocket stream reader sent to the background a worker beside the http service', async () => {
    const facts = await detected('start-script-stream-consumers');
    expect(served(facts)).toEqual([
      ['quotes', 'http', 'FastAPI'],
      ['quotes', 'worker', 'websockets'],
    ]);
    const worker = service(facts, 'quotes', 'worker');
    // the reader's connection is the evidence, not probe.py's (a hand check nothing runs)
    expect(where(worker.evidence)).toEqual(['quotes/ticker_feed.py:14']);
    expect(worker.entry.map((e) => e.file)).toEqual(['quotes/start.sh', 'quotes/Dockerfile']);
  });
});

describe('a Botkit bot started beside an Express server (issue 25, wrk32 class 7)', () => {
  it('makes the RTM bot the Procfile runs a worker at the same package', async () => {
    const facts = await detected('botkit-bots');
    expect(served(facts)).toEqual([
      ['helpdesk', 'http', 'Express'],
      ['helpdesk', 'worker', 'Botkit'],
    ]);
    expect(where(service(facts, 'helpdesk', 'worker').evidence)).toEqual(['helpdesk/bot.js:6']);
    // control: standup/remind.js only posts a webhook message with Botkit and exits
    expect(facts.services.some((s) => s.path === 'standup')).toBe(false);
  });
});

describe('queue pollers beside the Terraform that creates their queues (issue 25, wrk32 class 2)', () => {
  it('makes each folder whose script loops long-polling SQS beside the queue’s configuration a worker', async () => {
    const facts = await detected('sqs-queue-pollers');
    expect(served(facts)).toEqual([
      ['audit-tail', 'worker', 'queue consumer'],
      ['orders-poller', 'worker', 'queue consumer'],
    ]);
    expect(where(service(facts, 'orders-poller', 'worker').entry)).toEqual(['infra/main.tf:5']);
    expect(where(service(facts, 'orders-poller', 'worker').evidence)).toEqual(['orders-poller/poll.py:16']);
    expect(where(service(facts, 'audit-tail', 'worker').evidence)).toEqual(['audit-tail/tail.js:8']);
    // controls: tools/drain_dlq.py receives in a bounded loop and exits; labs/visibility/peek.py loops on a scratch
    // queue with no configuration beside it: both stay code under no service
    expect(facts.services.some((s) => s.path === 'tools' || s.path.startsWith('labs'))).toBe(false);
    expect(facts.notServices.map((n) => [n.path, n.reason])).toEqual([['.', 'no-entry']]);
  });
});

describe('Kafka clients run as long-lived processes from their own images (issue 25, wrk32 class 3)', () => {
  it('makes the folder an image is built from the worker when the project above cannot be in that image', async () => {
    const facts = await detected('kafka-image-folders');
    expect(served(facts)).toEqual([
      ['.', 'http', 'FastAPI'],
      ['ticker', 'worker', 'long-running loop'],
    ]);
    expect(where(service(facts, 'ticker', 'worker').evidence)).toEqual(['ticker/publish.py:11']);
    // control: seed/seed.py publishes once and exits; and the root gets no worker of the ticker's loop
    expect(facts.services.some((s) => s.path === 'seed')).toBe(false);
    expect(facts.services.filter((s) => s.path === '.').map((s) => s.kind)).toEqual(['http']);
  });
});

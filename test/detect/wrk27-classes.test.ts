import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { scan } from '../../src/scan/index.js';
import { extractCodeFacts } from '../../src/detect/code-facts.js';
import { consumesOnly } from '../../src/detect/own-code-runs.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

const detected = async (fixture: string) => detect(await scan(path.join(FIXTURES, fixture)));
const served = (facts: Awaited<ReturnType<typeof detected>>) =>
  facts.services.map((s) => [s.path, s.kind, s.frameworks.join(', ')]);

describe('message consumers of brokers the records lacked (issue 25, wrk27)', () => {
  it('finds MQTT, Azure Service Bus, Kinesis and Redis pub/sub consumers their deployment files run, and lists the script nothing runs', async () => {
    const facts = await detected('broker-subscribers');
    expect(served(facts)).toEqual([
      ['clickstream', 'worker', 'queue consumer'],
      ['notifier', 'worker', 'Redis pub/sub subscriber'],
      ['orders-job', 'worker', 'queue consumer'],
      ['shift-log', 'worker', 'Redis pub/sub subscriber'],
      ['telemetry', 'worker', 'MQTT subscriber'],
    ]);
    // announcer subscribes and publishes, never reads: no worker's evidence
    expect(facts.codeFacts.filter((f) => f.file.startsWith('announcer/'))).toEqual([]);
    const telemetry = facts.services.find((s) => s.path === 'telemetry')!;
    expect(telemetry.evidence.map((e) => `${e.file}:${e.line}`)).toEqual(['telemetry/ingest.py:26']);
    expect(facts.notServices.map((n) => [n.path, n.reason])).toEqual([['sensor-demo', 'no-entry']]);
  });
});

describe('a job queue worker a Procfile starts beside the web process (issue 25, wrk27)', () => {
  it('is a worker service of the same folder: pg-boss work() and a node-resque Worker in Node.js, Django Q qcluster in Django', async () => {
    const facts = await detected('web-beside-job-queues');
    expect(served(facts)).toEqual([
      ['backoffice', 'http', 'Django'],
      ['backoffice', 'worker', 'Django Q'],
      ['dashboard', 'http', 'Express'],
      ['dashboard', 'worker', 'pg-boss'],
      ['mailer', 'http', 'Express'],
      ['mailer', 'worker', 'node-resque'],
      ['scraper', 'http', 'Express'],
      ['scraper', 'worker', 'BullMQ'],
    ]);
    const worker = (dir: string) => facts.services.find((s) => s.path === dir && s.kind === 'worker')!;
    expect(worker('backoffice').entry.map((e) => e.detail)).toEqual(['worker: python manage.py qcluster']);
    expect(worker('dashboard').entry.map((e) => e.detail)).toContain('worker: node worker.js');
  });

  it('puts a worker a root Procfile runs through a path to manage.py in the project holding manage.py', async () => {
    const facts = await detected('root-procfile-worker');
    expect(served(facts)).toEqual([
      ['shop', 'http', 'Django'],
      ['shop', 'worker', 'Django Q'],
    ]);
    const worker = facts.services.find((s) => s.kind === 'worker')!;
    expect(worker.entry.map((e) => `${e.file}: ${e.detail}`)).toEqual([
      'Procfile: worker: python shop/manage.py qcluster',
    ]);
  });

  it('reads a Bull queue made in another module of the project as processed where `.process` is called', async () => {
    const facts = await detected('web-beside-job-queues');
    const scraper = facts.services.find((s) => s.path === 'scraper' && s.kind === 'worker')!;
    // `node -r esm worker.js` runs worker.js (esm is the module it preloads), which imports no Bull itself
    expect(scraper.entry.map((e) => e.detail)).toContain('worker: node -r esm worker.js');
    expect(facts.codeFacts.filter((f) => f.file === 'scraper/worker.js').map((f) => [f.line, f.serves])).toEqual([
      [4, 'worker'],
    ]);
    // a `.process(` in a project that depends on no Bull is nobody's queue
    expect(facts.codeFacts.filter((f) => f.file.startsWith('dashboard/jobs/'))).toEqual([]);
  });
});

describe('Kafka consumers that serve no messages of their own (issue 25, wrk27)', () => {
  it('keeps an app server’s app http, and a never-subscribed readiness check out of the workers', async () => {
    const facts = await detected('consumers-beside-servers');
    expect(served(facts)).toEqual([
      ['api', 'http', 'FastAPI'],
      ['bridge', 'worker', 'Kafka consumer'],
      ['feed', 'worker', 'long-running loop'],
    ]);
    // the bridge's worker is its subscribed loop, not its readiness check
    const bridge = facts.services.find((s) => s.path === 'bridge')!;
    expect(bridge.evidence.map((e) => e.file)).toEqual(['bridge/src/main.py']);
    // the feed compose keeps running is a worker by its endless producer loop (wrk30: the bench README's call),
    // not by the consumer its readiness check makes and closes
    const feed = facts.services.find((s) => s.path === 'feed')!;
    expect(feed.evidence.map((e) => e.file)).toEqual(['feed/src/main.py']);
  });
});

describe('a process that listens on a port and consumes beside it (merge of wrk27)', () => {
  it('is one process serving HTTP: its consumer makes it no worker', () => {
    const relay = [
      "const mqtt = require('mqtt');",
      "const app = require('express')();",
      "const server = require('http').Server(app);",
      "const io = require('socket.io')(server);",
      'server.listen(process.env.PORT || 8000);',
      "const client = mqtt.connect('mqtt://broker.local');",
      "client.subscribe('readings', () => {",
      "  client.on('message', (topic, message) => io.emit('reading', message.toString()));",
      '});',
    ].join('\n');
    const imports = ['mqtt', 'express', 'http', 'socket.io'].map((module) => ({ module }));
    const facts = extractCodeFacts('relay.js', relay, undefined, imports);
    expect(facts.map((f) => f.kind)).toContain('start');
    expect(consumesOnly(facts)).toBe(false);
    // the same subscriber without its listening line only consumes
    expect(consumesOnly(facts.filter((f) => f.kind !== 'start'))).toBe(true);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { extractCodeFacts } from '../../src/detect/code-facts.js';
import { detect } from '../../src/detect/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';
import { scanTree } from '../support/scan-tree.js';

// Issue 25, tried on repositories nobody had tuned on: stream and job workers (Faust, Nameko,
// kafka-node, node-rdkafka, NATS, Graphile Worker) and small servers (tinyhttp, web.py, hug) were
// no services at all.

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/streams-and-small-servers');
const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });

/** The facts one line gives in a file that imports `module`: `pattern kind serves`. */
const factsOf = (file: string, module: string, line: string) =>
  extractCodeFacts(file, `${line}\n`, undefined, [{ module }]).map(
    (f) => `${f.pattern} ${f.kind}${f.serves ? ` ${f.serves}` : ''}`,
  );

describe('streams-and-small-servers: every folder a service with its kind, or apart with a reason', () => {
  it('services, kinds and what they are known by', async () => {
    const report = await analyze({ root: FIXTURE, settings, now: new Date('2026-12-07') });
    expect(report.services.map((s) => `${s.path} ${s.current} ${s.kind} ${s.frameworks.join('+')}`)).toEqual([
      'consumer node worker Kafka consumer',
      'enricher python worker Faust',
      'hug-api python http hug',
      'jobs node worker Graphile Worker',
      'legacy-site python http web.py',
      'notifier python worker NATS subscriber',
      'rpc python worker Nameko',
      'status-api node http tinyhttp',
    ]);
    // the entry each runs by: its own Dockerfile, compose command, Procfile or code
    const entries = Object.fromEntries(report.services.map((s) => [s.path, s.evidence?.entry.map((e) => e.file)]));
    expect(entries['enricher']).toContain('enricher/Dockerfile');
    expect(entries['legacy-site']).toEqual(['legacy-site/Procfile']);
    expect(entries['status-api']).toEqual(['status-api/index.js']);
    // a producer serves nothing; Faust listed for tests, in an image that runs pytest, starts no worker
    expect(report.components.map((c) => `${c.path} ${c.reason}`)).toEqual(['producer no-server']);
    expect(report.notServices.map((n) => `${n.path} ${n.reason}`)).toEqual(['stream-tests no-entry']);
  });

  it('a stream worker package with no command that starts it is no service', () => {
    const facts = detect(
      scanTree({ 'requirements.txt': 'faust-streaming==0.11.0\n', 'app.py': 'import faust\napp = faust.App("x")\n' }),
    );
    expect(facts.services).toEqual([]);
    expect(facts.notServices.map((n) => `${n.path}:${n.reason}`)).toEqual(['.:no-entry']);
  });

  it('a web.py application needs no manifest; a project package named web is not web.py', () => {
    const code = 'import web\nurls = ("/", "Index")\napp = web.application(urls, globals())\napp.run()\n';
    expect(detect(scanTree({ 'site/main.py': code, 'site/Procfile': 'web: python main.py\n' })).services).toMatchObject(
      [{ path: 'site', frameworks: ['web.py'] }],
    );
    for (const line of ['app = create_app()', 'app.run(host="0.0.0.0")', 'application = web.app()'])
      expect(factsOf('run.py', 'web', line).filter((f) => f.startsWith('py-webpy'))).toEqual([]);
  });
});

describe('Kafka consumers of every Node.js client', () => {
  it.each([
    ['kafka-node', 'const consumer = new kafka.Consumer(client, [{ topic: "t" }]);'],
    ['kafka-node', 'const group = new ConsumerGroup({ kafkaHost, groupId: "g" }, ["t"]);'],
    ['kafka-node', 'const stream = new kafka.ConsumerGroupStream(options, "t");'],
    ['node-rdkafka', "const consumer = new Kafka.KafkaConsumer({ 'group.id': 'g' }, {});"],
  ])('importing %s: %s', (module, line) => {
    expect(factsOf('src/consumer.js', module, line)).toContain('node-kafka-consumer-class server worker');
  });

  it.each([
    // a producer, and a consumer class of a module that is not a Kafka client
    ['kafka-node', 'const producer = new kafka.Producer(client);'],
    ['./queue', 'const consumer = new Consumer(queue);'],
  ])('importing %s, no consumer: %s', (module, line) => {
    expect(factsOf('src/index.js', module, line)).not.toContain('node-kafka-consumer-class server worker');
  });
});

describe('a function platform among the dependencies of a folder with no code of its own', () => {
  const frozen = 'firebase-functions==0.4.2\nfunctions-framework==3.8.3\nflask==3.1.1\ngunicorn==23.0.0\n';
  const handler =
    'from firebase_functions import https_fn\n\n@https_fn.on_request()\ndef hello(req):\n    return https_fn.Response("hi")\n';
  const tree = {
    'requirements.txt': frozen,
    'functions/requirements.txt': 'firebase-functions\n',
    'functions/main.py': handler,
  };

  it('is no service: the functions are the nested folder', () => {
    const facts = detect(scanTree(tree));
    expect(facts.services.map((s) => `${s.path} ${s.kind}`)).toEqual(['functions function']);
    expect(facts.notServices.map((n) => `${n.path} ${n.reason}: ${n.why}`)).toEqual([
      '. no-entry: a function platform among its dependencies, but no code of its own for the platform to run',
    ]);
  });

  it.each([
    ['its own handler', { 'handler.py': handler }],
    ['a Dockerfile', { Dockerfile: 'FROM python:3.12\nCMD ["functions-framework", "--target", "hello"]\n' }],
  ])('is a service again with %s', (_, more) => {
    expect(detect(scanTree({ ...tree, ...more })).services.map((s) => s.path)).toEqual(['.', 'functions']);
  });
});

describe('hug, served by its own command or a WSGI server', () => {
  it.each([
    ['Dockerfile', 'FROM python:3.12\nRUN pip install hug\nCMD ["hug", "-f", "api.py"]\n'],
    ['Procfile', 'web: gunicorn api:__hug_wsgi__\n'],
  ])('%s', (file, text) => {
    const facts = detect(
      scanTree({
        'requirements.txt': 'hug\ngunicorn\n',
        'api.py': 'import hug\n\n@hug.get()\ndef ok():\n    return 1\n',
        [file]: text,
      }),
    );
    expect(facts.services.map((s) => `${s.path} ${s.frameworks.join('+')}`)).toEqual(['. hug']);
  });
});

describe('NATS subscriptions, and what is not one', () => {
  it.each([
    ['nats', 'py', '    sub = await js.subscribe("orders.created", durable="notifier")'],
    ['nats', 'py', '    psub = await js.pull_subscribe("orders", "workers")'],
    ['nats', 'js', 'const sub = nc.subscribe("orders.created");'],
    ['@nats-io/transport-node', 'js', "const sub = nc.subscribe('greet');"],
  ])('importing %s (%s): %s', (module, ext, line) => {
    expect(factsOf(`src/consumer.${ext}`, module, line).filter((f) => f.endsWith(' server worker'))).toHaveLength(1);
  });

  it.each([
    ['nats', 'py', '    await nc.publish("orders.created", b"{}")'],
    ['rxjs', 'js', 'source$.subscribe((v) => console.log(v));'],
  ])('importing %s (%s), no subscription: %s', (module, ext, line) => {
    expect(factsOf(`src/consumer.${ext}`, module, line).filter((f) => f.endsWith(' server worker'))).toEqual([]);
  });
});

describe('a vercel.json build deploys the project its src is under', () => {
  const handler =
    'from http.server import BaseHTTPRequestHandler\n\nclass handler(BaseHTTPRequestHandler):\n    pass\n';
  const builds = (...b: [string, string][]) =>
    JSON.stringify({ builds: b.map(([src, use]) => ({ src, use })) }, null, 2);
  const paths = (files: Record<string, string>) => detect(scanTree(files)).services.map((s) => `${s.path} ${s.kind}`);

  it('a glob under a subfolder project, not the root', () => {
    expect(
      paths({
        'vercel.json': builds(['apps/api/**/*.py', '@vercel/python']),
        'package.json': '{"private": true}',
        'apps/api/requirements.txt': 'requests\n',
        'apps/api/index.py': handler,
      }),
    ).toEqual(['apps/api function']);
  });

  it('a file under a folder with no project of its own deploys the project above it', () => {
    expect(
      paths({
        'vercel.json': builds(['api/index.py', '@vercel/python']),
        'requirements.txt': 'requests\n',
        'api/index.py': handler,
      }),
    ).toEqual(['. function']);
  });

  it('each builder its own project', () => {
    expect(
      paths({
        'vercel.json': builds(['api/*.py', '@vercel/python'], ['server/index.js', '@vercel/node']),
        'requirements.txt': 'requests\n',
        'api/index.py': handler,
        'server/package.json': '{"private": true}',
        'server/index.js': 'module.exports = (req, res) => res.end("ok");\n',
      }),
    ).toEqual(['. function', 'server function']);
  });
});

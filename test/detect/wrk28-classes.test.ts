import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { scan } from '../../src/scan/index.js';
import { extractCodeFacts } from '../../src/detect/code-facts.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

const detected = async (fixture: string) => detect(await scan(path.join(FIXTURES, fixture)));
const served = (facts: Awaited<ReturnType<typeof detected>>) =>
  facts.services.map((s) => [s.path, s.kind, s.frameworks.join(', ')]);

describe('processes kept alive by their own loop or clock (issue 25, wrk28)', () => {
  it('is a worker where a deployment file runs the loop or the clock, and nothing where a person runs it', async () => {
    const facts = await detected('deployed-loops-and-clocks');
    expect(served(facts)).toEqual([
      ['price-collector', 'worker', 'long-running loop'],
      ['status-poller', 'worker', 'long-running loop'],
      ['storefront', 'http', 'Flask'],
      ['storefront', 'worker', 'APScheduler'],
      // a compose-run loop feeding a broker is a worker too (wrk30: the bench README's deployed-producer call)
      ['ticker-feed', 'worker', 'long-running loop'],
    ]);
    const service = (dir: string, kind: string) => facts.services.find((s) => s.path === dir && s.kind === kind)!;
    expect(service('price-collector', 'worker').evidence.map((e) => `${e.file}:${e.line}`)).toEqual([
      'price-collector/collect.py:25',
    ]);
    expect(service('storefront', 'worker').entry.map((e) => `${e.file}: ${e.detail}`)).toEqual([
      'storefront/Procfile: clock: python clock.py',
    ]);
    expect(service('storefront', 'http').entry.map((e) => e.detail)).not.toContain('clock: python clock.py');
    // a README's run of a loop and an `npm start` of an interval demo start no worker
    for (const dir of ['scrape-by-hand', 'ticker-demo']) expect(facts.services.some((s) => s.path === dir)).toBe(false);
  });

  it('reads a loop only at the top of a file or one block down, and not one the file breaks out of', () => {
    const facts = (file: string, text: string) =>
      extractCodeFacts(file, text, undefined, [])
        .filter((f) => f.deployedOnly)
        .map((f) => f.line);
    expect(facts('collect.py', 'import time\nwhile True:\n    time.sleep(5)\n')).toEqual([2]);
    expect(facts('main.py', 'def main():\n    while True:\n        tick()\n')).toEqual([2]);
    // a readiness wait: loop until the broker answers, then go on
    expect(
      facts('wait.py', 'while True:\n    try:\n        connect()\n        break\n    except OSError:\n        pass\n'),
    ).toEqual([]);
    // a loop deep in a function is the function's, not the process's
    expect(
      facts(
        'lib.py',
        'class A:\n    def f(self):\n        for x in y:\n            while True:\n                pass\n',
      ),
    ).toEqual([]);
    expect(facts('poll.js', 'setInterval(tick, 1000);\n')).toEqual([1]);
    // a producer's loop is read as any other: a deployment that keeps it running runs a worker (wrk30)
    expect(facts('feed.py', 'p = KafkaProducer()\nwhile True:\n    p.send("t", b"x")\n')).toEqual([2]);
    expect(facts('feed.js', "const p = kafka.producer();\nsetInterval(() => p.send({ topic: 't' }), 1000);\n")).toEqual(
      [2],
    );
  });
});

describe('consumer scripts a deployment runs beside a web framework the folder lists (issue 25, wrk28)', () => {
  it('reads a Dockerfile running a subscriber script as a worker, and an RQ worker script run by compose beside the web app', async () => {
    const facts = await detected('consumer-scripts-beside-frameworks');
    expect(served(facts)).toEqual([
      ['audit-log', 'worker', 'queue consumer'],
      ['thumbnails', 'http', 'Flask'],
      ['thumbnails', 'worker', 'RQ'],
    ]);
    // Flask among audit-log's requirements serves nothing: its image runs the subscriber
    expect(facts.notServices.map((n) => [n.path, n.reason, n.why])).toEqual([
      [
        'audit-log',
        'no-entry',
        'lists Flask, but what runs it (audit-log/Dockerfile) only consumes messages: a worker, not a server',
      ],
    ]);
    const worker = facts.services.find((s) => s.path === 'thumbnails' && s.kind === 'worker')!;
    expect(worker.evidence.map((e) => `${e.file}:${e.line}`)).toEqual(['thumbnails/requirements.txt:3']);
    // the worker script is known by its own code: its compose run is the worker's entry, not a second web entry
    expect(facts.codeFacts.filter((f) => f.pattern === 'py-rq-worker').map((f) => `${f.file}:${f.line}`)).toEqual([
      'thumbnails/worker.py:7',
    ]);
    expect(worker.entry.map((e) => e.file)).toEqual(['docker-compose.yml']);
  });
});

describe('a consumer sample that listens a set time and stops (issue 25, wrk28)', () => {
  it('is a demo run by hand whether npm start or a README runs it; a subscriber that keeps listening is a worker', async () => {
    const facts = await detected('bounded-consumer-demos');
    expect(served(facts)).toEqual([['order-events', 'worker', 'queue consumer']]);
    expect(facts.notServices.map((n) => [n.path, n.reason, n.why])).toEqual([
      [
        'notes-sample',
        'no-entry',
        'notes-sample/README.md runs a consumer by hand: notes-sample/subscribe.js waits for messages a set time and stops (notes-sample/subscribe.js:13): a demo run by hand, not a worker',
      ],
      [
        'pull-sample',
        'no-entry',
        'pull-sample/package.json runs a consumer by hand: pull-sample/subscribe.js waits for messages a set time and stops (pull-sample/subscribe.js:19): a demo run by hand, not a worker',
      ],
    ]);
  });
});

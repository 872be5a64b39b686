import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { scan } from '../../src/scan/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

describe('a consumer script run by hand that stops after a set time (issue 25)', () => {
  it('is no worker, and says so; one that waits with no timeout stays a worker', async () => {
    const facts = detect(await scan(path.join(FIXTURES, 'consumer-demo-scripts')));
    expect(facts.services.map((s) => [s.path, s.kind])).toEqual([['ingest', 'worker']]);
    expect(facts.notServices.map((n) => [n.path, n.reason, n.why])).toEqual([
      [
        'alerts',
        'no-entry',
        'alerts/README.md runs a consumer by hand: alerts/subscriber.py waits for messages a set time and stops (alerts/subscriber.py:21): a demo run by hand, not a worker',
      ],
    ]);
  });
});

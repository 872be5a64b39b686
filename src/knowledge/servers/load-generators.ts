import type { ServerRecord } from './types.js';

/**
 * Load generators: an image whose command runs one (`locust -f locustfile.py`, `k6 run`) sends
 * requests to the product, it serves none. Listed as commands that start no backend.
 */
export const loadGenerators: ServerRecord = {
  id: 'load-generators',
  name: 'load generator',
  role: 'dev-server',
  node: { devCommands: [String.raw`k6\s+run`, 'artillery', 'autocannon'] },
  python: { devCommands: ['locust'] },
};

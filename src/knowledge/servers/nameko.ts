import type { ServerRecord } from './types.js';

/** Nameko: microservices that answer RPC and events over AMQP, started by `nameko run <module>`. */
export const nameko: ServerRecord = {
  id: 'nameko',
  name: 'Nameko',
  role: 'worker',
  python: { packages: ['nameko'], commands: [String.raw`nameko\s+run`] },
};

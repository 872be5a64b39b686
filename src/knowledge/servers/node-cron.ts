import type { ServerRecord } from './types.js';

/**
 * Cron-style schedulers for Node.js (node-cron, cron, node-schedule, croner): a process that runs
 * jobs on a clock. Beside an HTTP framework they are the server's timers, and the framework
 * decides the service's kind.
 */
export const nodeCron: ServerRecord = {
  id: 'node-cron',
  name: 'Cron scheduler',
  role: 'worker',
  node: { packages: ['node-cron', 'cron', 'node-schedule', 'croner'] },
};

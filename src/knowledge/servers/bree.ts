import type { ServerRecord } from './types.js';

/**
 * Bree: a Node.js job scheduler that runs each job in a worker thread on its schedule; a process
 * that starts one runs jobs on a clock, as the cron schedulers do, and beside an HTTP framework
 * it is the server's timers.
 */
export const bree: ServerRecord = {
  id: 'bree',
  name: 'Bree',
  role: 'worker',
  node: { packages: ['bree'] },
};

import type { ServerRecord } from './types.js';

/** Graphile Worker: a PostgreSQL job queue whose `run({ taskList })` or `graphile-worker` CLI processes jobs. */
export const graphileWorker: ServerRecord = {
  id: 'graphile-worker',
  name: 'Graphile Worker',
  role: 'worker',
  node: { packages: ['graphile-worker'], commands: ['graphile-worker'] },
};

import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** Graphile Worker: a PostgreSQL job queue whose `run({ taskList })` or `graphile-worker` CLI processes jobs. */
export const graphileWorker: ServerRecord = {
  id: 'graphile-worker',
  name: 'Graphile Worker',
  role: 'worker',
  node: {
    packages: ['graphile-worker'],
    commands: ['graphile-worker'],
    // jobs are added with quickAddJob/addJob as often as they are processed: only `run({...})` processes them
    code: [
      {
        id: 'node-graphile-worker-run',
        kind: 'server',
        keyword: 'run(',
        pattern: /\brun\s*\(\s*\{/,
        detail: 'processes Graphile Worker jobs',
        whenImports: ['graphile-worker'],
        files: JS_FILE,
      },
    ],
  },
};

import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

export const bullmq: ServerRecord = {
  id: 'bullmq',
  name: 'BullMQ',
  role: 'worker',
  node: {
    packages: ['bullmq', 'bull'],
    // the queue is added to as often as it is processed: only the code that processes it is the worker's
    code: [
      {
        id: 'node-bullmq-worker',
        kind: 'server',
        keyword: 'Worker(',
        pattern: /\bnew\s+Worker\s*\(/,
        detail: 'processes a BullMQ queue',
        whenImports: ['bullmq'],
        files: JS_FILE,
      },
      {
        id: 'node-bull-process',
        kind: 'server',
        keyword: '.process(',
        pattern: /\.process\s*\(/,
        detail: 'processes a Bull queue',
        whenImports: ['bull'],
        // Bull's queues are often made in a module of their own and processed in the worker's file
        orProjectDepends: true,
        files: JS_FILE,
      },
    ],
  },
};

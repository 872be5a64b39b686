import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** node-resque: Resque's queue in Node.js; its `Worker` (or a `MultiWorker`) works the jobs a `Queue` enqueues. */
export const nodeResque: ServerRecord = {
  id: 'node-resque',
  name: 'node-resque',
  role: 'worker',
  node: {
    packages: ['node-resque'],
    code: [
      {
        id: 'node-resque-worker',
        kind: 'server',
        keyword: 'Worker(',
        pattern: /\bnew\s+(?:\w+\.)?(?:Multi)?Worker\s*\(/,
        detail: 'works node-resque jobs',
        whenImports: ['node-resque'],
        files: JS_FILE,
      },
    ],
  },
};

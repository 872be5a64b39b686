import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** Kue: a Redis job queue (Bull's predecessor); `queue.process(type, fn)` works the jobs `queue.create` adds. */
export const kue: ServerRecord = {
  id: 'kue',
  name: 'Kue',
  role: 'worker',
  node: {
    packages: ['kue'],
    code: [
      {
        id: 'node-kue-process',
        kind: 'server',
        keyword: '.process(',
        pattern: /\.process\s*\(/,
        detail: 'processes a Kue queue',
        whenImports: ['kue'],
        files: JS_FILE,
      },
    ],
  },
};

import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * HotQueue, a Redis list queue for Python: a function decorated with the queue's `worker`
 * (`@q.worker`) takes its messages for ever once called. The queue object is mostly made in a
 * shared module (`from redis_client import q`), so the decorator is read whatever the file imports.
 */
export const hotqueue: ServerRecord = {
  id: 'hotqueue',
  name: 'HotQueue',
  role: 'worker',
  python: {
    packages: ['hotqueue'],
    code: [
      {
        id: 'py-hotqueue-worker',
        kind: 'server',
        keyword: '.worker',
        pattern: /^\s*@[A-Za-z_]\w*\.worker\s*(?:\(|$)/m,
        detail: 'takes messages from a HotQueue (@queue.worker)',
        files: PY_FILE,
      },
    ],
  },
};

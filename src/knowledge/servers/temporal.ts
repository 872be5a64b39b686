import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * Temporal workers poll a task queue of the Temporal server for workflow and activity tasks. Node.js
 * keeps the worker in a package of its own; Python's one package is the client too, so only a
 * worker the code builds counts there (an API that only starts workflows is no worker).
 */
export const temporal: ServerRecord = {
  id: 'temporal',
  name: 'Temporal worker',
  role: 'worker',
  node: { packages: ['@temporalio/worker'] },
  python: {
    code: [
      {
        id: 'py-temporal-worker',
        kind: 'server',
        keyword: 'Worker(',
        pattern: /(?<![\w.])Worker\s*\(/,
        detail: 'builds a Temporal worker on a task queue',
        whenImports: ['temporalio'],
        files: PY_FILE,
      },
    ],
  },
};

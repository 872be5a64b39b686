import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * APScheduler: a process that runs jobs on a clock (a Procfile's `clock` process). Inside a web
 * app it is a background thread, and the app's framework decides the service's kind; a
 * `BlockingScheduler` blocks its process, so a file making one only runs jobs and a command running
 * it (`clock: python clock.py`) starts the worker, not a second web process.
 */
export const apscheduler: ServerRecord = {
  id: 'apscheduler',
  name: 'APScheduler',
  role: 'worker',
  python: {
    packages: ['apscheduler'],
    code: [
      {
        id: 'py-apscheduler-blocking',
        kind: 'server',
        keyword: 'BlockingScheduler',
        pattern: /\bBlockingScheduler\s*\(/,
        detail: 'runs jobs on a clock',
        whenImports: ['apscheduler'],
        files: PY_FILE,
      },
    ],
  },
};

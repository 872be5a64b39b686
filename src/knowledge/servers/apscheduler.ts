import type { ServerRecord } from './types.js';

/**
 * APScheduler: a process that runs jobs on a clock (a Procfile's `clock` process). Inside a web
 * app it is a background thread, and the app's framework decides the service's kind.
 */
export const apscheduler: ServerRecord = {
  id: 'apscheduler',
  name: 'APScheduler',
  role: 'worker',
  python: { packages: ['apscheduler'] },
};

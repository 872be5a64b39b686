import type { ServerRecord } from './types.js';

/** Celery: a task queue whose workers serve messages from a broker. */
export const celery: ServerRecord = {
  id: 'celery',
  name: 'Celery',
  role: 'worker',
  python: {
    packages: ['celery'],
    commands: ['celery'],
    modules: ['celery'],
    appArgument: { options: ['-A', '--app'], dirOptions: ['--workdir'] },
  },
};

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
    // `-A proj` names a package whose app Celery finds in its `celery` submodule when the package's own module holds none
    appArgument: { options: ['-A', '--app'], dirOptions: ['--workdir'], submodules: ['celery'] },
  },
};

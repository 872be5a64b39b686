import type { ServerRecord } from './types.js';

/** django-background-tasks: tasks kept in the Django database, worked by the management command `process_tasks`. */
export const djangoBackgroundTasks: ServerRecord = {
  id: 'django-background-tasks',
  name: 'django-background-tasks',
  role: 'worker',
  python: {
    packages: ['django-background-tasks', 'django4-background-tasks'],
    commands: [String.raw`manage\.py\s+process_tasks`],
  },
};

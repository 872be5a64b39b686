import { managementCommand } from './management-command.js';
import type { ServerRecord } from './types.js';

/** django-background-tasks: tasks kept in the Django database, worked by the management command `process_tasks`. */
export const djangoBackgroundTasks: ServerRecord = {
  id: 'django-background-tasks',
  name: 'django-background-tasks',
  role: 'worker',
  python: {
    packages: ['django-background-tasks', 'django4-background-tasks'],
    commands: [managementCommand('process_tasks')],
  },
};

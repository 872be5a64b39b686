import { managementCommand } from './management-command.js';
import type { ServerRecord } from './types.js';

/** Django Q (and its django-q2 fork): a Django app's task queue, whose cluster runs as the management command `qcluster`. */
export const djangoQ: ServerRecord = {
  id: 'django-q',
  name: 'Django Q',
  role: 'worker',
  python: { packages: ['django-q', 'django-q2'], commands: [managementCommand('qcluster')] },
};

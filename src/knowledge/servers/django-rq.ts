import { managementCommand } from './management-command.js';
import type { ServerRecord } from './types.js';

/**
 * django-rq: RQ queues configured in a Django project's settings (`RQ_QUEUES`), whose workers run
 * as the management command `rqworker` (`python manage.py rqworker default`), often as a
 * supervisord program or a compose service beside the web process.
 */
export const djangoRq: ServerRecord = {
  id: 'django-rq',
  name: 'django-rq',
  role: 'worker',
  python: { packages: ['django-rq'], imports: ['django_rq'], commands: [managementCommand('rqworker')] },
};

import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

export const django: ServerRecord = {
  id: 'django',
  name: 'Django',
  role: 'http',
  python: {
    packages: ['django', 'djangorestframework'],
    imports: ['django', 'rest_framework'],
    // `python manage.py runserver` is a `python <file>.py` command, started by the runtime; manage.py
    // and the WSGI module serve only when something runs them (a tutorial's project that nothing runs is no service)
    // Channels' ASGI entry
    appObjects: ['ProtocolTypeRouter'],
    code: [
      {
        id: 'py-django-manage',
        kind: 'start',
        keyword: 'execute_from_command_line',
        pattern: /\bexecute_from_command_line\s*\(/,
        detail: 'Django manage.py',
        onCommand: true,
        servesUnder: ['runserver', 'runserver_plus'],
        whenImports: ['django'],
        files: PY_FILE,
      },
      {
        id: 'py-django-wsgi',
        kind: 'start',
        keyword: '_application',
        pattern: /\bget_(?:wsgi|asgi)_application\s*\(/,
        detail: 'Django WSGI/ASGI entry',
        runFrom: 'manage.py',
        onCommand: true,
        whenImports: ['django'],
        files: PY_FILE,
      },
    ],
  },
  signals: ['django'],
};

import type { ServerRecord } from './types.js';

export const uwsgi: ServerRecord = {
  id: 'uwsgi',
  name: 'uWSGI',
  role: 'app-server',
  python: { packages: ['uwsgi'], commands: ['uwsgi'], appArgument: { options: ['--module', '--wsgi', '-w'] } },
};

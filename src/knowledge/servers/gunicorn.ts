import type { ServerRecord } from './types.js';

export const gunicorn: ServerRecord = {
  id: 'gunicorn',
  name: 'Gunicorn',
  role: 'app-server',
  python: {
    packages: ['gunicorn'],
    commands: ['gunicorn'],
    modules: ['gunicorn'],
    // `gunicorn proj.wsgi`: its first word is the app's module (`application` its default object)
    appArgument: { positional: true, dirOptions: ['--chdir'] },
  },
};

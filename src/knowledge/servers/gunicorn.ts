import type { ServerRecord } from './types.js';

export const gunicorn: ServerRecord = {
  id: 'gunicorn',
  name: 'Gunicorn',
  role: 'app-server',
  python: {
    packages: ['gunicorn'],
    commands: ['gunicorn'],
    modules: ['gunicorn'],
    appArgument: { dirOptions: ['--chdir'] },
  },
};

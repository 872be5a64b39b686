import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

export const waitress: ServerRecord = {
  id: 'waitress',
  name: 'Waitress',
  role: 'app-server',
  python: {
    packages: ['waitress'],
    commands: ['waitress-serve'],
    code: [
      {
        id: 'py-waitress-run',
        kind: 'server-start',
        keyword: '.serve(',
        pattern: /\bwaitress\.(?:serve|run)\s*\(/,
        detail: 'runs an app server',
        files: PY_FILE,
      },
    ],
  },
};

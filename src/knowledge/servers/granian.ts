import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

export const granian: ServerRecord = {
  id: 'granian',
  name: 'Granian',
  role: 'app-server',
  python: {
    packages: ['granian'],
    commands: ['granian'],
    modules: ['granian'],
    code: [
      {
        id: 'py-granian-run',
        kind: 'server-start',
        keyword: '.run(',
        pattern: /\bgranian\.(?:run|serve)\s*\(/,
        detail: 'runs an app server',
        files: PY_FILE,
      },
    ],
  },
};

import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

export const hypercorn: ServerRecord = {
  id: 'hypercorn',
  name: 'Hypercorn',
  role: 'app-server',
  python: {
    packages: ['hypercorn'],
    commands: ['hypercorn'],
    modules: ['hypercorn'],
    code: [
      {
        id: 'py-hypercorn-run',
        kind: 'server-start',
        keyword: '.run(',
        pattern: /\bhypercorn\.(?:run|serve)\s*\(/,
        detail: 'runs an app server',
        files: PY_FILE,
      },
    ],
  },
};

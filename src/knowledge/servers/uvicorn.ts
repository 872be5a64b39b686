import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

export const uvicorn: ServerRecord = {
  id: 'uvicorn',
  name: 'Uvicorn',
  role: 'app-server',
  python: {
    packages: ['uvicorn'],
    commands: ['uvicorn'],
    modules: ['uvicorn'],
    appArgument: { dirOptions: ['--app-dir'] },
    code: [
      {
        id: 'py-uvicorn-run',
        kind: 'server-start',
        keyword: '.run(',
        pattern: /\buvicorn\.(?:run|serve)\s*\(/,
        detail: 'runs an app server',
        files: PY_FILE,
      },
    ],
  },
};

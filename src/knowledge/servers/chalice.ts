import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** AWS Chalice: the app's routes and handlers are deployed as Lambda functions by `chalice deploy`. */
export const chalice: ServerRecord = {
  id: 'chalice',
  name: 'Chalice',
  role: 'function',
  python: {
    packages: ['chalice'],
    commands: [String.raw`chalice\s+deploy`],
    code: [
      {
        id: 'py-chalice-app',
        kind: 'server-start',
        keyword: 'Chalice(',
        pattern: /\bChalice\s*\(/,
        detail: 'makes a Chalice app, deployed as Lambda functions',
        whenImports: ['chalice'],
        files: PY_FILE,
      },
    ],
  },
};

import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** Cloud Functions for Firebase: handlers exported with onRequest/onCall (v2) or functions.https (v1). */
export const firebaseFunctions: ServerRecord = {
  id: 'firebase-functions',
  name: 'Firebase Functions',
  role: 'function',
  node: {
    packages: ['firebase-functions'],
    code: [
      {
        id: 'node-firebase-request',
        kind: 'server-start',
        keyword: 'onRequest(',
        pattern: /(?<![\w$])(?:[\w$]+\.)*onRequest\s*\(/,
        detail: 'exports a Firebase HTTPS function',
        whenImports: ['firebase-functions'],
        files: JS_FILE,
      },
      {
        id: 'node-firebase-call',
        kind: 'server-start',
        keyword: 'onCall(',
        pattern: /(?<![\w$])(?:[\w$]+\.)*onCall\s*\(/,
        detail: 'exports a Firebase callable function',
        whenImports: ['firebase-functions'],
        files: JS_FILE,
      },
    ],
  },
  python: {
    packages: ['firebase-functions'],
    imports: ['firebase_functions'],
    code: [
      {
        id: 'py-firebase-handler',
        kind: 'server-start',
        keyword: 'https_fn.on_',
        pattern: /@https_fn\.on_(?:request|call)\b/,
        detail: 'exports a Firebase HTTPS function',
        files: PY_FILE,
      },
    ],
  },
};

import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

export const uwebsockets: ServerRecord = {
  id: 'uwebsockets',
  name: 'uWebSockets.js',
  role: 'http',
  node: {
    code: [
      {
        id: 'node-uws-app',
        kind: 'server',
        keyword: 'App(',
        pattern: /\b(?:uWS|uws|uWebSockets)\.(?:SSL)?App\s*\(/,
        detail: 'creates a uWebSockets.js server',
        files: JS_FILE,
      },
    ],
  },
};

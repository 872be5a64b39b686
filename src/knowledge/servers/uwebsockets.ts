import { JS_FILE } from '../code-files.js';
import { realtimeLine } from '../realtime-handlers.js';
import type { ServerRecord } from './types.js';

export const uwebsockets: ServerRecord = {
  id: 'uwebsockets',
  name: 'uWebSockets.js',
  role: 'http',
  node: {
    packages: ['uWebSockets.js'],
    code: [
      {
        id: 'node-uws-app',
        kind: 'server',
        keyword: 'App(',
        pattern: /\b(?:uWS|uws|uWebSockets)\.(?:SSL)?App\s*\(/,
        detail: 'creates a uWebSockets.js server',
        files: JS_FILE,
      },
      realtimeLine('node-uws-ws', '.ws(', /\.ws\s*\(\s*['"`]/, 'a uWebSockets.js WebSocket route', {
        whenImports: ['uWebSockets.js'],
        files: JS_FILE,
      }),
    ],
  },
};

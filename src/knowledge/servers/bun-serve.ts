import { JS_FILE } from '../code-files.js';
import { realtimeLine } from '../realtime-handlers.js';
import type { ServerRecord } from './types.js';

export const bunServe: ServerRecord = {
  id: 'bun-serve',
  name: 'Bun/Deno serve',
  role: 'http',
  node: {
    code: [
      {
        id: 'node-bun-serve',
        kind: 'server-start',
        keyword: 'serve(',
        pattern: /\b(?:Bun|Deno)\.serve\s*\(/,
        detail: 'serves HTTP with the runtime',
        files: JS_FILE,
      },
      // Bun.serve({ fetch, websocket: { open, message } })
      realtimeLine('node-bun-websocket', 'websocket', /\bwebsocket\s*:\s*\{/, 'serves WebSockets with Bun.serve', {
        files: JS_FILE,
      }),
    ],
  },
};

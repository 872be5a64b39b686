import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** The ws package is a client too: only a server it creates counts. */
export const ws: ServerRecord = {
  id: 'ws',
  name: 'ws',
  role: 'http',
  node: {
    code: [
      {
        id: 'node-websocket-server-port',
        kind: 'server-start',
        keyword: 'WebSocket',
        pattern: /\bnew\s+(?:WebSocket\.Server|WebSocketServer|WSServer)\s*\(\s*\{[^}]*\bport\b/,
        detail: 'serves WebSockets on a port',
        files: JS_FILE,
      },
      {
        id: 'node-websocket-server',
        kind: 'server',
        keyword: 'WebSocket',
        pattern: /\bnew\s+(?:WebSocket\.Server|WebSocketServer|WSServer)\s*\(/,
        detail: 'creates a WebSocket server',
        files: JS_FILE,
      },
    ],
  },
};

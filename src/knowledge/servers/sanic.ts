import { realtimeLine, websocketDecorator } from '../realtime-handlers.js';
import type { ServerRecord } from './types.js';

export const sanic: ServerRecord = {
  id: 'sanic',
  name: 'Sanic',
  role: 'http',
  python: {
    packages: ['sanic'],
    commands: ['sanic'],
    appObjects: ['Sanic'],
    code: [
      websocketDecorator('sanic', 'Sanic', 'sanic'),
      realtimeLine(
        'py-sanic-websocket-route',
        'add_websocket_route',
        /\.add_websocket_route\s*\(/,
        'a Sanic WebSocket route',
        { whenImports: ['sanic'] },
      ),
    ],
  },
};

import { realtimeLine, SSE_CEILING, websocketDecorator } from '../realtime-handlers.js';
import type { ServerRecord } from './types.js';

export const starlette: ServerRecord = {
  id: 'starlette',
  name: 'Starlette',
  role: 'http',
  python: {
    packages: ['starlette'],
    appObjects: ['Starlette'],
    code: [
      websocketDecorator('starlette', 'Starlette', 'starlette'),
      realtimeLine(
        'py-starlette-websocket-route',
        'WebSocketRoute',
        /\bWebSocketRoute\s*\(/,
        'a Starlette WebSocket route',
        {
          whenImports: ['starlette', 'fastapi'],
        },
      ),
      realtimeLine(
        'py-starlette-websocket-endpoint',
        'WebSocketEndpoint',
        /^\s*class\s+\w+\s*\(\s*(?:\w+\.)*WebSocketEndpoint\b/,
        'a Starlette WebSocket endpoint',
        { whenImports: ['starlette', 'fastapi'] },
      ),
      // sse-starlette, the usual server-sent events of Starlette and FastAPI apps
      realtimeLine(
        'py-sse-starlette',
        'EventSourceResponse',
        /\bEventSourceResponse\s*\(/,
        'streams server-sent events',
        {
          whenImports: ['sse_starlette'],
          ceiling: SSE_CEILING,
        },
      ),
    ],
  },
};

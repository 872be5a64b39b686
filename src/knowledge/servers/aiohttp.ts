import { PY_FILE } from '../code-files.js';
import { realtimeLine, SSE_CEILING } from '../realtime-handlers.js';
import type { ServerRecord } from './types.js';

/** aiohttp is an HTTP client too: only the server it creates counts, not the package. */
export const aiohttp: ServerRecord = {
  id: 'aiohttp',
  name: 'aiohttp',
  role: 'http',
  python: {
    modules: [String.raw`aiohttp\.web`],
    code: [
      {
        id: 'py-aiohttp-app',
        kind: 'server',
        keyword: 'Application(',
        pattern: /\bweb\.Application\s*\(/,
        detail: 'creates an aiohttp.web application',
        whenImports: ['aiohttp'],
        files: PY_FILE,
      },
      realtimeLine(
        'py-aiohttp-websocket',
        'WebSocketResponse',
        /\bWebSocketResponse\s*\(/,
        'an aiohttp WebSocket handler',
        {
          whenImports: ['aiohttp'],
        },
      ),
      // aiohttp-sse
      realtimeLine(
        'py-aiohttp-sse',
        'sse_response',
        /\bsse_response\s*\(/,
        'streams server-sent events (aiohttp-sse)',
        {
          whenImports: ['aiohttp_sse'],
          ceiling: SSE_CEILING,
        },
      ),
      {
        // aiohttp before 3.0 served through the event loop: `loop.create_server(app.make_handler(), host, port)`
        id: 'py-aiohttp-make-handler',
        kind: 'start',
        keyword: 'make_handler(',
        pattern: /\.create_server\s*\(\s*\w+\.make_handler\s*\(/,
        detail: 'serves an aiohttp.web app on the event loop',
        whenImports: ['aiohttp'],
        files: PY_FILE,
      },
      {
        id: 'py-run-app',
        kind: 'start',
        keyword: 'run_app(',
        pattern: /\bweb\.run_app\s*\(/,
        detail: 'runs an aiohttp.web app',
        files: PY_FILE,
      },
    ],
  },
};

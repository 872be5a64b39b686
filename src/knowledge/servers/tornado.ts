import { PY_FILE } from '../code-files.js';
import { realtimeLine } from '../realtime-handlers.js';
import type { ServerRecord } from './types.js';

export const tornado: ServerRecord = {
  id: 'tornado',
  name: 'Tornado',
  role: 'http',
  python: {
    packages: ['tornado'],
    code: [
      {
        id: 'py-tornado-listen',
        kind: 'start',
        keyword: 'listen(',
        pattern: /\.listen\s*\(/,
        detail: 'starts listening',
        whenImports: ['tornado'],
        files: PY_FILE,
      },
      realtimeLine(
        'py-tornado-websocket-handler',
        'WebSocketHandler',
        /^\s*class\s+\w+\s*\(\s*(?:\w+\.)*WebSocketHandler\b/,
        'a Tornado WebSocket handler',
        { whenImports: ['tornado'] },
      ),
    ],
  },
};

import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

export const asyncioServer: ServerRecord = {
  id: 'asyncio-server',
  name: 'asyncio server',
  role: 'http',
  python: {
    code: [
      {
        id: 'py-asyncio-server',
        kind: 'server-start',
        keyword: 'start_server',
        pattern: /\basyncio\.start_(?:unix_)?server\s*\(/,
        detail: 'serves TCP with asyncio',
        files: PY_FILE,
      },
    ],
  },
};

import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

export const websockets: ServerRecord = {
  id: 'websockets',
  name: 'websockets',
  role: 'http',
  python: {
    code: [
      {
        id: 'py-websockets-serve',
        kind: 'server-start',
        keyword: 'serve(',
        pattern:
          /\bwebsockets(?:\.server|\.asyncio\.server)?\.serve\s*\(|(?<![.\w])serve\s*\(\s*\w+\s*,\s*['"][\w.:-]*['"]\s*,/,
        detail: 'serves WebSockets',
        whenImports: ['websockets'],
        files: PY_FILE,
      },
      {
        // a client reading another server's stream (`async with websockets.connect(url) as ws: async for msg in ws`):
        // a consumer of it only where a deployment file or a start script keeps the file running (see run-loop's
        // `deployedOnly`), since clients run by hand and in tests connect as often
        id: 'py-websockets-client',
        serves: 'worker',
        kind: 'server',
        keyword: 'connect(',
        pattern: /\bwebsockets(?:\.client|\.asyncio\.client)?\.connect\s*\(/,
        detail: "reads another server's WebSocket stream",
        whenImports: ['websockets'],
        deployedOnly: true,
        files: PY_FILE,
      },
    ],
  },
};

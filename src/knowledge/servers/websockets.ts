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
    ],
  },
};

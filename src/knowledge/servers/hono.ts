import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

export const hono: ServerRecord = {
  id: 'hono',
  name: 'Hono',
  role: 'http',
  node: {
    packages: ['hono'],
    // the typed RPC client a frontend builds from the API's `AppType`
    clients: ['hono/client'],
    code: [
      {
        id: 'node-hono-serve',
        kind: 'start',
        keyword: 'serve(',
        pattern: /(?<![.\w])serve\s*\(/,
        detail: 'starts a Hono node server',
        whenImports: ['@hono/node-server'],
        files: JS_FILE,
      },
    ],
  },
};

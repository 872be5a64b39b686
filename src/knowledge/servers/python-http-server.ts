import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

export const pythonHttpServer: ServerRecord = {
  id: 'python-http-server',
  name: 'http.server',
  role: 'http',
  python: {
    modules: [String.raw`http\.server`],
    code: [
      {
        id: 'py-socketserver',
        kind: 'server',
        keyword: 'Server(',
        pattern: /\b(?:socketserver\.\w*(?:TCP|UDP)Server|(?:Threading)?HTTPServer)\s*\(/,
        detail: 'creates a socketserver/http.server server',
        whenImports: ['socketserver', 'http'],
        files: PY_FILE,
      },
    ],
  },
};

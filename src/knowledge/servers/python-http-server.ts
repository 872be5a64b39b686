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
      // the standard library's WSGI server, made, or named as a base or an argument (a threaded subclass)
      ...[
        { keyword: 'make_server(', pattern: /\bmake_server\s*\(/ },
        { keyword: 'WSGIServer', pattern: /^(?!\s*(?:from|import)\b).*\bWSGIServer\s*[,()]/ },
      ].map((p, i) => ({
        id: `py-wsgiref-server-${i}`,
        kind: 'server' as const,
        ...p,
        detail: 'creates a wsgiref server',
        whenImports: ['wsgiref'],
        files: PY_FILE,
      })),
    ],
  },
};

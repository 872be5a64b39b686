import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** Node.js core servers: `http.createServer`, `net.createServer`... */
export const nodeHttp: ServerRecord = {
  id: 'node-http',
  name: 'Node http',
  role: 'http',
  node: {
    code: [
      {
        id: 'node-create-server',
        kind: 'server',
        keyword: 'Server(',
        pattern: /\b(?:https?|http2|net|tls)\.create(?:Secure)?Server\s*\(/,
        detail: 'creates an HTTP/TCP server',
        files: JS_FILE,
      },
      {
        id: 'node-create-server-import',
        kind: 'server',
        keyword: 'Server(',
        pattern: /(?<![.\w])create(?:Secure)?Server\s*\(/,
        detail: 'creates an HTTP/TCP server',
        whenImports: ['http', 'https', 'http2', 'net', 'tls'],
        files: JS_FILE,
      },
    ],
  },
};

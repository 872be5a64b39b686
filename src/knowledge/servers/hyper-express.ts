import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** HyperExpress: an Express-like server on uWebSockets.js. */
export const hyperExpress: ServerRecord = {
  id: 'hyper-express',
  name: 'HyperExpress',
  role: 'http',
  node: {
    packages: ['hyper-express'],
    code: [
      {
        id: 'node-hyper-express-server',
        kind: 'server',
        keyword: 'Server(',
        pattern: /\bnew\s+HyperExpress\.Server\s*\(/,
        detail: 'creates a HyperExpress server',
        files: JS_FILE,
      },
    ],
  },
};

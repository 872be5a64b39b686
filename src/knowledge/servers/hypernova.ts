import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * Airbnb's render server: a Node.js process a Rails (or other) backend calls over HTTP to render
 * its JavaScript views. The package is also the browser's (hypernova-react's helpers import it),
 * so only its server's start is evidence.
 */
export const hypernova: ServerRecord = {
  id: 'hypernova',
  name: 'Hypernova',
  role: 'http',
  node: {
    code: [
      {
        id: 'node-hypernova-server',
        kind: 'server-start',
        keyword: 'hypernova(',
        pattern: /\bhypernova\s*\(\s*\{/,
        detail: 'starts a Hypernova render server',
        files: JS_FILE,
        whenImports: ['hypernova'],
      },
    ],
  },
};

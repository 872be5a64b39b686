import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

export const serveStatic: ServerRecord = {
  id: 'serve-static',
  name: 'serve-static',
  role: 'dev-server',
  node: {
    packages: ['serve-static'],
    // mounted in a connect or Express app, it serves a build's static files (see BuildHostPart)
    code: [
      {
        id: 'serve-static-mount',
        kind: 'build-host',
        hosts: 'mount',
        keyword: 'serveStatic(',
        pattern: /\bserveStatic\s*\(/,
        detail: 'serves a folder of static files',
        files: JS_FILE,
      },
    ],
  },
};

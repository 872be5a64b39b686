import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

export const express: ServerRecord = {
  id: 'express',
  name: 'Express',
  role: 'http',
  node: {
    packages: ['express'],
    code: [
      // how an Express app hosts a frontend's build (a single-page app's `server.js`): see BuildHostPart
      {
        id: 'express-static-mount',
        kind: 'build-host',
        hosts: 'mount',
        keyword: 'express.static',
        pattern: /\bexpress\.static\s*\(/,
        detail: 'serves a folder of static files',
        files: JS_FILE,
      },
      {
        id: 'express-index-fallback',
        kind: 'build-host',
        hosts: 'fallback',
        keyword: 'index.html',
        pattern: /\.sendFile\s*\(.*\bindex\.html\b/,
        detail: "sends the app's index.html",
        files: JS_FILE,
      },
      ...["*'", '*"', '*`'].map((keyword, i) => ({
        id: `express-catch-all-${i}`,
        kind: 'build-host' as const,
        hosts: 'catch-all' as const,
        keyword,
        pattern: /\.(?:get|all|use)\s*\(\s*['"`]\/?\*['"`]/,
        detail: 'a catch-all route',
        files: JS_FILE,
      })),
    ],
  },
};

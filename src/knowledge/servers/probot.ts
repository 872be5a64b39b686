import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

const PROBOT = ['probot'];

/**
 * Probot GitHub Apps: the app is a function of `app.on(...)` handlers, and Probot's own server
 * (`probot run ./index.js`, `run(app)`, `new Server(...)`) receives GitHub's webhook deliveries:
 * it serves requests. Mounted into another server (`createNodeMiddleware`), that server serves.
 */
export const probot: ServerRecord = {
  id: 'probot',
  name: 'Probot',
  role: 'http',
  node: {
    packages: PROBOT,
    commands: [String.raw`probot\s+run`],
    code: [
      {
        id: 'node-probot-run',
        kind: 'server-start',
        keyword: 'run(',
        pattern: /(?<![\w.])run\s*\(\s*[\w$]+\s*[,)]/,
        detail: "starts Probot's webhook server",
        whenImports: PROBOT,
        files: JS_FILE,
      },
      {
        id: 'node-probot-server',
        kind: 'server',
        keyword: 'Server(',
        pattern: /\bnew\s+Server\s*\(/,
        detail: "Probot's webhook server",
        whenImports: PROBOT,
        files: JS_FILE,
      },
    ],
  },
};

import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * Encore.ts: an application framework whose `encore.app` folder (with its package.json depending on
 * `encore.dev`) is one app, served by Encore's own runtime (`encore run`, or the image `encore build
 * docker` makes) from the endpoints its modules export: the app has no entry file, each exported
 * `api(...)` is what the runtime serves. Its `encore.service.ts` folders are parts of that app, not
 * projects of their own, so the app's folder is the one service. Encore apps in Go have no package.json.
 */
export const encore: ServerRecord = {
  id: 'encore',
  name: 'Encore.ts',
  role: 'http',
  node: {
    packages: ['encore.dev'],
    commands: [String.raw`encore\s+run`],
    code: [
      {
        id: 'node-encore-endpoint',
        kind: 'server-start',
        keyword: '= api',
        // `export const get = api({ expose: true, method: "GET", path: "/x" }, ...)`, typed (`api<Req, Res>(`) or raw (`api.raw(`)
        pattern: /^\s*export\s+const\s+\w+\s*=\s*api(?:\.\w+)?\s*[(<]/,
        detail: 'exports an Encore endpoint, which the Encore runtime serves',
        whenImports: ['encore.dev'],
        files: JS_FILE,
      },
    ],
  },
};

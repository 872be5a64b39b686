import type { ServerRecord } from './types.js';

/**
 * SST: its infrastructure code names each function by a handler string, `<file>.<export>` from the
 * app's folder (`handler: "packages/functions/src/api.handler"`, `api.route("GET /", "src/get.main")`,
 * a v2 `routes` map, a cron's `job`, a queue's `consumer`). The project holding the handler's file
 * is the function service (`packages/functions`); the app's folder with `sst.config.ts` (or `.mjs`/`.js`) is infrastructure.
 * v3 code uses the `sst.aws.*` globals with no import; v2 imports `sst/constructs`.
 */
export const sst: ServerRecord = {
  id: 'sst',
  name: 'SST',
  role: 'function',
  deploys: {
    handlerStrings: {
      imports: ['sst/constructs', '@serverless-stack/resources'],
      markers: ['sst.aws.', '$config(', 'sst/constructs', '@serverless-stack/resources'],
      // the v3 globals' lines too: a file that imports nothing keeps only the lines holding a keyword
      keywords: ['handler:', '.route(', 'function:', 'subscribe(', 'consumer:', 'job:', 'sst.aws.', '$config('],
      appFiles: ['sst.config.ts', 'sst.config.mjs', 'sst.config.js'],
      files: {
        node: ['.ts', '.js', '.mjs', '.cjs', '.tsx', '.jsx', '.mts', '.cts'],
        python: ['.py'],
      },
      projectFiles: {
        node: ['package.json'],
        python: ['pyproject.toml', 'requirements.txt', 'setup.py', 'Pipfile'],
      },
    },
  },
};

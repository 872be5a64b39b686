import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** aiohttp is an HTTP client too: only the server it creates counts, not the package. */
export const aiohttp: ServerRecord = {
  id: 'aiohttp',
  name: 'aiohttp',
  role: 'http',
  python: {
    modules: [String.raw`aiohttp\.web`],
    code: [
      {
        id: 'py-aiohttp-app',
        kind: 'server',
        keyword: 'Application(',
        pattern: /\bweb\.Application\s*\(/,
        detail: 'creates an aiohttp.web application',
        whenImports: ['aiohttp'],
        files: PY_FILE,
      },
      {
        id: 'py-run-app',
        kind: 'start',
        keyword: 'run_app(',
        pattern: /\bweb\.run_app\s*\(/,
        detail: 'runs an aiohttp.web app',
        files: PY_FILE,
      },
    ],
  },
};

import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * web.py (PEP 503 name `web-py`): a WSGI framework imported as `web`. The import name is too common (a project's own
 * `web` package) to be evidence alone, so the record names the distribution and the call that
 * makes its application.
 */
export const webpy: ServerRecord = {
  id: 'webpy',
  name: 'web.py',
  role: 'http',
  python: {
    packages: ['web-py'],
    code: [
      {
        id: 'py-webpy-application',
        kind: 'server',
        keyword: 'web.application(',
        pattern: /\bweb\.application\s*\(/,
        detail: 'makes a web.py application',
        whenImports: ['web'],
        files: PY_FILE,
      },
    ],
  },
};

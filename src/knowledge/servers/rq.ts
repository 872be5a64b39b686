import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

export const rq: ServerRecord = {
  id: 'rq',
  name: 'RQ',
  role: 'worker',
  python: {
    packages: ['rq'],
    commands: [String.raw`rq\s+worker`, 'rqworker'],
    code: [
      {
        // a worker script of its own (`Worker([queue], connection=redis).work()`), run as `python worker.py` beside the web app
        id: 'py-rq-worker',
        kind: 'server',
        keyword: 'Worker',
        pattern: /\b(?:Simple)?Worker\s*\(/,
        detail: 'runs an RQ worker',
        whenImports: ['rq'],
        files: PY_FILE,
      },
    ],
  },
};

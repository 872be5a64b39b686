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
      {
        // the script's own start of that worker (`worker.work()`, `Worker([q]).work(with_scheduler=True)`): beside the
        // project's web app, a worker the project runs even where no command names the script
        id: 'py-rq-work',
        kind: 'start',
        keyword: '.work(',
        pattern: /\.work\s*\(/,
        detail: 'starts the RQ worker',
        whenImports: ['rq'],
        whenFileHas: /\b(?:Simple)?Worker\s*\(/,
        besideOnly: true,
        files: PY_FILE,
      },
    ],
  },
};

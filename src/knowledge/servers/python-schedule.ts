import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** schedule: jobs run by a `while True: schedule.run_pending()` loop, a clock process of its own. */
export const pythonSchedule: ServerRecord = {
  id: 'python-schedule',
  name: 'schedule',
  role: 'worker',
  python: {
    packages: ['schedule'],
    code: [
      {
        id: 'py-schedule-run-pending',
        kind: 'server',
        keyword: 'run_pending',
        pattern: /\bschedule\.run_pending\s*\(/,
        detail: 'runs scheduled jobs',
        whenImports: ['schedule'],
        files: PY_FILE,
      },
    ],
  },
};

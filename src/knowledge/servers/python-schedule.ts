import type { ServerRecord } from './types.js';

/** schedule: jobs run by a `while True: schedule.run_pending()` loop, a clock process of its own. */
export const pythonSchedule: ServerRecord = {
  id: 'python-schedule',
  name: 'schedule',
  role: 'worker',
  python: { packages: ['schedule'] },
};

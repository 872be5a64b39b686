import type { ServerRecord } from './types.js';

export const rq: ServerRecord = {
  id: 'rq',
  name: 'RQ',
  role: 'worker',
  python: { packages: ['rq'], commands: [String.raw`rq\s+worker`, 'rqworker'] },
};

import type { ServerRecord } from './types.js';

export const bullmq: ServerRecord = {
  id: 'bullmq',
  name: 'BullMQ',
  role: 'worker',
  node: { packages: ['bullmq', 'bull'] },
};

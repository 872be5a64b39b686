import type { ServerRecord } from './types.js';

export const beeQueue: ServerRecord = {
  id: 'bee-queue',
  name: 'Bee-Queue',
  role: 'worker',
  node: { packages: ['bee-queue'] },
};

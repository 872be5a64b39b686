import type { ServerRecord } from './types.js';

export const bottle: ServerRecord = {
  id: 'bottle',
  name: 'Bottle',
  role: 'http',
  python: { packages: ['bottle'] },
};

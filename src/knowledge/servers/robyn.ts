import type { ServerRecord } from './types.js';

export const robyn: ServerRecord = {
  id: 'robyn',
  name: 'Robyn',
  role: 'http',
  python: { packages: ['robyn'], appObjects: ['Robyn'] },
};

import type { ServerRecord } from './types.js';

export const micro: ServerRecord = {
  id: 'micro',
  name: 'Micro',
  role: 'http',
  node: { packages: ['micro'] },
};

import type { ServerRecord } from './types.js';

export const daphne: ServerRecord = {
  id: 'daphne',
  name: 'Daphne',
  role: 'app-server',
  python: { packages: ['daphne'], commands: ['daphne'] },
};

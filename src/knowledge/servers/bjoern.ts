import type { ServerRecord } from './types.js';

export const bjoern: ServerRecord = {
  id: 'bjoern',
  name: 'bjoern',
  role: 'app-server',
  python: { packages: ['bjoern'] },
};

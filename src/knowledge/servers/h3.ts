import type { ServerRecord } from './types.js';

export const h3: ServerRecord = {
  id: 'h3',
  name: 'h3',
  role: 'http',
  node: { packages: ['h3', 'nitropack'] },
};

import type { ServerRecord } from './types.js';

export const pyramid: ServerRecord = {
  id: 'pyramid',
  name: 'Pyramid',
  role: 'http',
  python: { packages: ['pyramid'] },
};

import type { ServerRecord } from './types.js';

export const hapi: ServerRecord = {
  id: 'hapi',
  name: 'Hapi',
  role: 'http',
  node: { packages: ['@hapi/hapi', 'hapi'] },
};

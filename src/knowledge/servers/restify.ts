import type { ServerRecord } from './types.js';

export const restify: ServerRecord = {
  id: 'restify',
  name: 'Restify',
  role: 'http',
  node: { packages: ['restify'] },
};

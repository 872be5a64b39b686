import type { ServerRecord } from './types.js';

export const feathers: ServerRecord = {
  id: 'feathers',
  name: 'Feathers',
  role: 'http',
  node: { packages: ['@feathersjs/feathers'] },
};

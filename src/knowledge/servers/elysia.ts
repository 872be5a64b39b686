import type { ServerRecord } from './types.js';

export const elysia: ServerRecord = {
  id: 'elysia',
  name: 'Elysia',
  role: 'http',
  node: { packages: ['elysia'] },
};

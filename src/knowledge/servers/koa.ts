import type { ServerRecord } from './types.js';

export const koa: ServerRecord = {
  id: 'koa',
  name: 'Koa',
  role: 'http',
  node: { packages: ['koa'] },
};

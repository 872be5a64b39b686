import type { ServerRecord } from './types.js';

export const sanic: ServerRecord = {
  id: 'sanic',
  name: 'Sanic',
  role: 'http',
  python: { packages: ['sanic'], commands: ['sanic'], appObjects: ['Sanic'] },
};

import type { ServerRecord } from './types.js';

export const starlette: ServerRecord = {
  id: 'starlette',
  name: 'Starlette',
  role: 'http',
  python: { packages: ['starlette'], appObjects: ['Starlette'] },
};

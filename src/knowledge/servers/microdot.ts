import type { ServerRecord } from './types.js';

export const microdot: ServerRecord = {
  id: 'microdot',
  name: 'Microdot',
  role: 'http',
  python: { packages: ['microdot'], appObjects: ['Microdot'] },
};

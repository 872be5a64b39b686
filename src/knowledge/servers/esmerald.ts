import type { ServerRecord } from './types.js';

export const esmerald: ServerRecord = {
  id: 'esmerald',
  name: 'Esmerald',
  role: 'http',
  python: { packages: ['esmerald'], appObjects: ['Esmerald'] },
};

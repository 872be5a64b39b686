import type { ServerRecord } from './types.js';

export const masonite: ServerRecord = {
  id: 'masonite',
  name: 'Masonite',
  role: 'http',
  python: { packages: ['masonite'] },
};

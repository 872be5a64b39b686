import type { ServerRecord } from './types.js';

export const directus: ServerRecord = {
  id: 'directus',
  name: 'Directus',
  role: 'http',
  node: { packages: ['directus', '@directus/api'] },
};

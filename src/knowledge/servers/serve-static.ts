import type { ServerRecord } from './types.js';

export const serveStatic: ServerRecord = {
  id: 'serve-static',
  name: 'serve-static',
  role: 'dev-server',
  node: { packages: ['serve-static'] },
};

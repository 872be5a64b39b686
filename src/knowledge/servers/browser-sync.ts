import type { ServerRecord } from './types.js';

export const browserSync: ServerRecord = {
  id: 'browser-sync',
  name: 'Browsersync',
  role: 'dev-server',
  node: { packages: ['browser-sync'] },
};

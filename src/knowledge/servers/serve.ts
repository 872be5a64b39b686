import type { ServerRecord } from './types.js';

export const serve: ServerRecord = {
  id: 'serve',
  name: 'serve',
  role: 'dev-server',
  node: { packages: ['serve', 'serve-handler'], devCommands: ['serve'] },
};

import type { ServerRecord } from './types.js';

export const httpServer: ServerRecord = {
  id: 'http-server',
  name: 'http-server',
  role: 'dev-server',
  node: { packages: ['http-server'], devCommands: ['http-server'] },
};

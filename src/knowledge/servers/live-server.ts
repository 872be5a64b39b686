import type { ServerRecord } from './types.js';

export const liveServer: ServerRecord = {
  id: 'live-server',
  name: 'live-server',
  role: 'dev-server',
  node: { packages: ['live-server'], devCommands: ['live-server'] },
};

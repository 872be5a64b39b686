import type { ServerRecord } from './types.js';

export const sirv: ServerRecord = {
  id: 'sirv',
  name: 'sirv',
  role: 'dev-server',
  node: { packages: ['sirv', 'sirv-cli'], devCommands: ['sirv'] },
};

import type { ServerRecord } from './types.js';

export const connect: ServerRecord = {
  id: 'connect',
  name: 'Connect',
  role: 'dev-server',
  node: { packages: ['connect'] },
};

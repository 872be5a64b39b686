import type { ServerRecord } from './types.js';

export const keystone: ServerRecord = {
  id: 'keystone',
  name: 'KeystoneJS',
  role: 'http',
  node: { packages: ['@keystone-6/core'], commands: [String.raw`keystone\s+start`] },
};

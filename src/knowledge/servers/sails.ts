import type { ServerRecord } from './types.js';

export const sails: ServerRecord = {
  id: 'sails',
  name: 'Sails',
  role: 'http',
  node: { packages: ['sails'], commands: [String.raw`sails\s+lift`] },
};

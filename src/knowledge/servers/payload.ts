import type { ServerRecord } from './types.js';

export const payload: ServerRecord = {
  id: 'payload',
  name: 'Payload',
  role: 'http',
  node: { packages: ['payload'], commands: [String.raw`payload\s+serve`] },
};

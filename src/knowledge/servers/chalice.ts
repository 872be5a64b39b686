import type { ServerRecord } from './types.js';

export const chalice: ServerRecord = {
  id: 'chalice',
  name: 'Chalice',
  role: 'function',
  python: { commands: [String.raw`chalice\s+deploy`] },
};

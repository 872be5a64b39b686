import type { ServerRecord } from './types.js';

export const parcel: ServerRecord = {
  id: 'parcel',
  name: 'Parcel',
  role: 'dev-server',
  node: { devCommands: ['parcel'] },
};

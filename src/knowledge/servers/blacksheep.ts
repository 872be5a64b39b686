import type { ServerRecord } from './types.js';

export const blacksheep: ServerRecord = {
  id: 'blacksheep',
  name: 'BlackSheep',
  role: 'http',
  python: { packages: ['blacksheep'], appObjects: ['BlackSheep'] },
};

import type { ServerRecord } from './types.js';

export const falcon: ServerRecord = {
  id: 'falcon',
  name: 'Falcon',
  role: 'http',
  python: { packages: ['falcon'], appObjects: [String.raw`falcon\.(?:asgi\.)?App`] },
};

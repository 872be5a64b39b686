import type { ServerRecord } from './types.js';

export const responder: ServerRecord = {
  id: 'responder',
  name: 'Responder',
  role: 'http',
  python: { packages: ['responder'], appObjects: [String.raw`responder\.API`] },
};

import type { ServerRecord } from './types.js';

export const connexion: ServerRecord = {
  id: 'connexion',
  name: 'Connexion',
  role: 'http',
  python: { packages: ['connexion'], appObjects: [String.raw`connexion\.\w*App`] },
};

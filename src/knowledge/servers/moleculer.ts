import type { ServerRecord } from './types.js';

export const moleculer: ServerRecord = {
  id: 'moleculer',
  name: 'Moleculer',
  role: 'http',
  node: { packages: ['moleculer'], commands: ['moleculer-runner'] },
};

import type { ServerRecord } from './types.js';

export const vite: ServerRecord = {
  id: 'vite',
  name: 'Vite',
  role: 'dev-server',
  node: { packages: ['vite'], devCommands: [String.raw`vite\s+preview`, 'vite'] },
};

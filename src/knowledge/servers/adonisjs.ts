import type { ServerRecord } from './types.js';

export const adonisjs: ServerRecord = {
  id: 'adonisjs',
  name: 'AdonisJS',
  role: 'http',
  node: { packages: ['@adonisjs/core'], commands: [String.raw`adonis\s+serve`] },
};

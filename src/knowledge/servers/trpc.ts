import type { ServerRecord } from './types.js';

export const trpc: ServerRecord = {
  id: 'trpc',
  name: 'tRPC',
  role: 'http',
  node: { packages: ['@trpc/server'] },
};

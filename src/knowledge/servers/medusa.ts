import type { ServerRecord } from './types.js';

export const medusa: ServerRecord = {
  id: 'medusa',
  name: 'Medusa',
  role: 'http',
  node: { packages: ['@medusajs/medusa', '@medusajs/framework'], commands: [String.raw`medusa\s+(?:start|develop)`] },
};

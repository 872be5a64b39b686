import type { ServerRecord } from './types.js';

export const fastify: ServerRecord = {
  id: 'fastify',
  name: 'Fastify',
  role: 'http',
  node: { packages: ['fastify'], commands: [String.raw`fastify\s+start`] },
};

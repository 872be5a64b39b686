import type { ServerRecord } from './types.js';

export const strapi: ServerRecord = {
  id: 'strapi',
  name: 'Strapi',
  role: 'http',
  node: { packages: ['@strapi/strapi'], commands: [String.raw`strapi\s+(?:start|develop)`] },
};

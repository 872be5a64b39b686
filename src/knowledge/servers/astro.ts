import type { ServerRecord } from './types.js';

export const astro: ServerRecord = {
  id: 'astro',
  name: 'Astro',
  role: 'fullstack',
  node: {
    packages: ['@astrojs/node'],
    buildCommands: [String.raw`astro\s+build`],
    devCommands: ['astro'],
  },
  routes: [/^src\/pages\/api\//],
};

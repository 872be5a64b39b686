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
  // an endpoint is any JavaScript or TypeScript file among the pages (`src/pages/[width].ts`), not only under api/;
  // a name starting with `_` is no route
  routes: [/^src\/pages\/api\//, /^src\/pages\/(?:[^_/][^/]*\/)*[^_/][^/]*\.[cm]?[jt]s$/],
};

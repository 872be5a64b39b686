import type { ServerRecord } from './types.js';

/** Astro's config file, where its adapter and output are set. */
const CONFIG_FILE = /(?:^|\/)astro\.config\.[cm]?[jt]s$/;

export const astro: ServerRecord = {
  id: 'astro',
  name: 'Astro',
  role: 'fullstack',
  node: {
    packages: ['@astrojs/node'],
    buildCommands: [String.raw`astro\s+build`],
    devCommands: ['astro'],
    code: [
      // rendered on demand (`output: 'server'`, or 'hybrid' before Astro 5) through the Node adapter in standalone mode,
      // the build is a server of its own (`node dist/server/entry.mjs`), serving requests with or without endpoints or
      // a start script; `mode: 'middleware'` hands a handler to another server, and a static site has no server at all
      {
        id: 'astro-node-standalone',
        kind: 'server-start',
        keyword: 'standalone',
        pattern: /\bmode\s*:\s*['"]standalone['"]/,
        detail: "Astro's Node adapter in standalone mode: the build (dist/server/entry.mjs) is a server",
        whenImports: ['@astrojs/node'],
        whenFileHas: /\boutput\s*:\s*['"](?:server|hybrid)['"]/,
        files: CONFIG_FILE,
      },
    ],
  },
  // an endpoint is any JavaScript or TypeScript file among the pages (`src/pages/[width].ts`), not only under api/;
  // a name starting with `_` is no route
  routes: [/^src\/pages\/api\//, /^src\/pages\/(?:[^_/][^/]*\/)*[^_/][^/]*\.[cm]?[jt]s$/],
};

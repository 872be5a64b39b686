import type { ServerRecord } from './types.js';

/**
 * Wasp: an app declared in `main.wasp` (routes, pages, queries, actions, jobs) from which the `wasp`
 * CLI generates a React client and a Node.js (Express) server for the operations in `src/`; the
 * app's package.json takes the generated SDK as the `wasp` package (`file:.wasp/out/sdk/wasp`).
 * `wasp start` runs both sides; `wasp deploy` and `wasp build` ship the generated server.
 */
export const wasp: ServerRecord = {
  id: 'wasp',
  name: 'Wasp',
  role: 'http',
  node: {
    packages: ['wasp'],
    commands: [String.raw`wasp\s+(?:start|deploy)`],
  },
};

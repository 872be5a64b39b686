import type { ServerRecord } from './types.js';

/**
 * Wasp: an app declared in `main.wasp` (routes, pages, queries, actions, jobs) from which the `wasp`
 * CLI generates a React client and a Node.js (Express) server for the operations in `src/`; the
 * app's package.json takes the generated SDK as the `wasp` package (`file:.wasp/out/sdk/wasp`).
 * `wasp start` runs both sides; `wasp deploy` and `wasp build` ship the generated server. The app
 * file (`app todo { wasp: { version: ... } }`, or `new App(...)` in `main.wasp.ts`) is the app, with
 * or without a package.json beside it (apps before Wasp 0.12 had none).
 */
export const wasp: ServerRecord = {
  id: 'wasp',
  name: 'Wasp',
  role: 'http',
  node: {
    packages: ['wasp'],
    commands: [String.raw`wasp\s+(?:start|deploy)`],
    appFile: {
      names: ['main.wasp', 'main.wasp.ts'],
      marker: /^\s*app\s+\w+\s*\{|\bnew\s+App\s*\(/m,
      start: 'wasp start',
    },
  },
};

import type { ServerRecord } from './types.js';

/**
 * RedwoodJS: an app of two workspace sides beside `redwood.toml`, `web` (a React SPA) and `api`
 * (GraphQL functions run by Redwood's api server). Its CLI runs at the app's root and serves the
 * api side (`yarn rw serve`, `rw serve api`, `rw-server api`); `rw serve web` serves the SPA only.
 */
export const redwoodjs: ServerRecord = {
  id: 'redwoodjs',
  name: 'RedwoodJS',
  role: 'http',
  node: {
    packages: ['@redwoodjs/api', '@redwoodjs/api-server', '@redwoodjs/graphql-server'],
    commands: [
      String.raw`(?:rw|redwood)\s+(?:serve|dev)(?!\s+web\b)`,
      String.raw`(?:\S*/)?rw-(?:server|api-server|serve-api)(?!\s+web\b)`,
    ],
    servesFolder: { folder: 'api', marker: 'redwood.toml' },
  },
};

import type { ServerRecord } from './types.js';

/** webpack's dev build served from another server (an Express dev script): development only. */
export const webpackDevMiddleware: ServerRecord = {
  id: 'webpack-dev-middleware',
  name: 'webpack-dev-middleware',
  role: 'dev-server',
  node: { packages: ['webpack-dev-middleware', 'webpack-hot-middleware'] },
};

import type { ServerRecord } from './types.js';

export const webpackDevServer: ServerRecord = {
  id: 'webpack-dev-server',
  name: 'webpack-dev-server',
  role: 'dev-server',
  node: { packages: ['webpack-dev-server'], devCommands: ['webpack(?:-dev-server)?'] },
};

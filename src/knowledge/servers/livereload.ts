import type { ServerRecord } from './types.js';

/** Reloads a browser when files change: a development server in either language, never the product. */
export const livereload: ServerRecord = {
  id: 'livereload',
  name: 'LiveReload',
  role: 'dev-server',
  node: { packages: ['livereload', 'connect-livereload'] },
  python: { packages: ['livereload'] },
};

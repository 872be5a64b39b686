import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** pg-boss: a PostgreSQL job queue; jobs are sent as often as they are worked, and only `work(...)` processes them. */
export const pgBoss: ServerRecord = {
  id: 'pg-boss',
  name: 'pg-boss',
  role: 'worker',
  node: {
    packages: ['pg-boss'],
    code: [
      {
        id: 'node-pg-boss-work',
        kind: 'server',
        keyword: '.work(',
        pattern: /\.work\s*\(\s*['"`\w]/,
        detail: 'processes pg-boss jobs',
        whenImports: ['pg-boss'],
        files: JS_FILE,
      },
    ],
  },
};

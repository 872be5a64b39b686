import type { ServerRecord } from './types.js';

/**
 * json-server: a REST API made up from a JSON file (`json-server --watch db.json`), which a front
 * end is developed against before (or instead of) its real backend. Where a deployment file runs it
 * (a Dockerfile, a Procfile, a platform file), it is the repository's API and serves requests like
 * any app (public fake-data APIs are products); elsewhere it is a stand-in (see ServerRecord.standIn).
 */
export const jsonServer: ServerRecord = {
  id: 'json-server',
  name: 'json-server',
  role: 'http',
  standIn: true,
  node: {
    packages: ['json-server'],
    commands: ['json-server'],
  },
};

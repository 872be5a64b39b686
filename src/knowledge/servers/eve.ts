import type { ServerRecord } from './types.js';

/**
 * Python Eve: a REST API framework built on Flask. `app = Eve(settings=...)` is a Flask app, and
 * `app.run(host=..., port=...)` starts Flask's server (a Dockerfile's `CMD python run.py`); its
 * package brings Flask, so a folder may list only `Eve`.
 */
export const eve: ServerRecord = {
  id: 'eve',
  name: 'Eve',
  role: 'http',
  python: { packages: ['eve'], appObjects: ['Eve'] },
};

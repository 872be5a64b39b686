import type { ServerRecord } from './types.js';

/** hug: an API framework on Falcon, served by its own `hug -f file.py` / `hug -m module` or a WSGI server (`module:__hug_wsgi__`). */
export const hug: ServerRecord = {
  id: 'hug',
  name: 'hug',
  role: 'http',
  python: { packages: ['hug'], commands: [String.raw`hug\s+-[fm]`] },
};

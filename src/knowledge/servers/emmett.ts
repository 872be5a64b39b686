import type { ServerRecord } from './types.js';

/** Its app is a bare `App(__name__)`, a name too common to be read as Emmett's: its package and imports say it. */
export const emmett: ServerRecord = {
  id: 'emmett',
  name: 'Emmett',
  role: 'http',
  python: { packages: ['emmett'], commands: [String.raw`emmett\s+(?:-a\s+\S+\s+)?(?:develop|serve)`] },
};

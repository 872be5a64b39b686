import type { ServerRecord } from './types.js';

/** SAQ (simple async queue): `saq pkg.module.settings` runs the workers its settings name. */
export const saq: ServerRecord = {
  id: 'saq',
  name: 'SAQ',
  role: 'worker',
  python: { packages: ['saq'], commands: ['saq'], appArgument: { positional: true } },
};

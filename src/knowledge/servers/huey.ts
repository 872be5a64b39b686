import type { ServerRecord } from './types.js';

export const huey: ServerRecord = {
  id: 'huey',
  name: 'Huey',
  role: 'worker',
  python: { packages: ['huey'], commands: [String.raw`huey_consumer(?:\.py)?`], appArgument: { positional: true } },
};

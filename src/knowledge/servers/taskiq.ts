import type { ServerRecord } from './types.js';

/** taskiq: an asyncio task queue; `taskiq worker pkg.module:broker` runs its workers, `taskiq scheduler` its beat. */
export const taskiq: ServerRecord = {
  id: 'taskiq',
  name: 'taskiq',
  role: 'worker',
  python: {
    packages: ['taskiq'],
    commands: [String.raw`taskiq\s+(?:worker|scheduler)`],
    appArgument: { positional: true },
  },
};

import type { ServerRecord } from './types.js';

export const dramatiq: ServerRecord = {
  id: 'dramatiq',
  name: 'Dramatiq',
  role: 'worker',
  python: {
    packages: ['dramatiq'],
    commands: ['dramatiq'],
    modules: ['dramatiq'],
    appArgument: { positional: true },
  },
};

import type { ServerRecord } from './types.js';

export const arq: ServerRecord = {
  id: 'arq',
  name: 'arq',
  role: 'worker',
  python: { packages: ['arq'], commands: ['arq'], appArgument: { positional: true } },
};

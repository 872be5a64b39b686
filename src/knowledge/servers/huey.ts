import type { ServerRecord } from './types.js';

export const huey: ServerRecord = {
  id: 'huey',
  name: 'Huey',
  role: 'worker',
  python: {
    packages: ['huey'],
    // Django's integration runs the consumer as a management command
    commands: [String.raw`huey_consumer(?:\.py)?`, String.raw`manage\.py\s+run_huey`],
    appArgument: { positional: true },
  },
};

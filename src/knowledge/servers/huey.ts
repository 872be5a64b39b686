import { managementCommand } from './management-command.js';
import type { ServerRecord } from './types.js';

export const huey: ServerRecord = {
  id: 'huey',
  name: 'Huey',
  role: 'worker',
  python: {
    packages: ['huey'],
    // Django's integration runs the consumer as a management command
    commands: [String.raw`huey_consumer(?:\.py)?`, managementCommand('run_huey')],
    appArgument: { positional: true },
  },
};

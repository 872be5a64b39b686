import { managementCommand } from './management-command.js';
import type { ServerRecord } from './types.js';

export const huey: ServerRecord = {
  id: 'huey',
  name: 'Huey',
  role: 'worker',
  python: {
    packages: ['huey'],
    // Django's integration runs the consumer as a management command
    // (`python -m huey.bin.huey_consumer main.huey` runs the same consumer as a module)
    commands: [String.raw`(?:huey\.bin\.)?huey_consumer(?:\.py)?`, managementCommand('run_huey')],
    // `huey_consumer main.huey`: the Huey instance `huey` of the module `main`
    appArgument: { positional: true, objectPath: true },
  },
};

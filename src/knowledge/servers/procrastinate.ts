import { managementCommand } from './management-command.js';
import type { ServerRecord } from './types.js';

/**
 * Procrastinate: a PostgreSQL task queue; `procrastinate --app=pkg.module.app worker` runs the
 * workers of the app it names, Django's `manage.py procrastinate worker` those of the project. A
 * bare `procrastinate worker` names no app (the library's own development image, its app left to
 * the environment): it runs none of the folder's code.
 */
export const procrastinate: ServerRecord = {
  id: 'procrastinate',
  name: 'Procrastinate',
  role: 'worker',
  python: {
    packages: ['procrastinate'],
    commands: [
      String.raw`procrastinate(?:\s+-\S+)*\s+(?:--app|-a)[=\s]\S+(?:\s+-\S+)*\s+worker`,
      managementCommand(String.raw`procrastinate\s+worker`),
    ],
    appArgument: { options: ['--app', '-a'] },
  },
};

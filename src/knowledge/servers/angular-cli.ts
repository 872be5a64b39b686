import type { ServerRecord } from './types.js';

export const angularCli: ServerRecord = {
  id: 'angular-cli',
  name: 'Angular CLI',
  role: 'dev-server',
  node: { devCommands: [String.raw`ng\s+serve`] },
};

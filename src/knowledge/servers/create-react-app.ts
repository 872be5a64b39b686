import type { ServerRecord } from './types.js';

export const createReactApp: ServerRecord = {
  id: 'create-react-app',
  name: 'Create React App',
  role: 'dev-server',
  node: { devCommands: ['react-scripts'] },
};

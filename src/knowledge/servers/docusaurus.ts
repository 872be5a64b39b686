import type { ServerRecord } from './types.js';

export const docusaurus: ServerRecord = {
  id: 'docusaurus',
  name: 'Docusaurus',
  role: 'dev-server',
  node: { devCommands: ['docusaurus'] },
};

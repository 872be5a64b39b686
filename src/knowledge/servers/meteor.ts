import type { ServerRecord } from './types.js';

export const meteor: ServerRecord = {
  id: 'meteor',
  name: 'Meteor',
  role: 'http',
  node: { packages: ['meteor-node-stubs'] },
};

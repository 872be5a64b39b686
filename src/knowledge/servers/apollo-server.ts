import type { ServerRecord } from './types.js';

export const apolloServer: ServerRecord = {
  id: 'apollo-server',
  name: 'Apollo Server',
  role: 'http',
  node: { packages: ['@apollo/server', 'apollo-server', 'apollo-server-express'] },
};

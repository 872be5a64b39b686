import type { ServerRecord } from './types.js';

export const graphqlYoga: ServerRecord = {
  id: 'graphql-yoga',
  name: 'GraphQL Yoga',
  role: 'http',
  node: { packages: ['graphql-yoga'] },
};

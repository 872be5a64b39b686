import type { ServerRecord } from './types.js';

export const solidstart: ServerRecord = {
  id: 'solidstart',
  name: 'SolidStart',
  role: 'fullstack',
  node: {
    packages: ['@solidjs/start'],
    buildCommands: [String.raw`solid-start\s+build`, String.raw`vinxi\s+build`],
  },
  routes: [/^src\/routes\/api\//],
};

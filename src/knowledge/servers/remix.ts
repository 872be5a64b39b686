import type { ServerRecord } from './types.js';

export const remix: ServerRecord = {
  id: 'remix',
  name: 'Remix',
  role: 'fullstack',
  node: {
    packages: ['@remix-run/node', '@remix-run/server-runtime', '@react-router/node'],
    commands: ['remix-serve', 'react-router-serve'],
    buildCommands: [String.raw`remix(?:\s+vite:)?\s+build`, String.raw`react-router\s+build`],
  },
  routes: [/^app\/routes\//],
};

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
  // server routes, not pages: a route module with no JSX (`.ts`, a resource route's loader or action),
  // an `api` route, or server-only modules (`*.server.ts`, `.server/`); page routes (`.tsx`) render a frontend
  routes: [
    /^app\/routes\/.+\.[cm]?ts$/,
    /^app\/routes\/(?:.+[./])?api[./_]/,
    /^app\/(?:.+\/)?[^/]+\.server\.[cm]?[jt]sx?$/,
    /^app\/(?:.+\/)?\.server\//,
  ],
};

import type { ServerRecord } from './types.js';

/** Runs an ASGI app as an AWS Lambda handler. */
export const mangum: ServerRecord = {
  id: 'mangum',
  name: 'Mangum',
  role: 'app-server',
  python: { packages: ['mangum'] },
};

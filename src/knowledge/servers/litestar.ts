import type { ServerRecord } from './types.js';

export const litestar: ServerRecord = {
  id: 'litestar',
  name: 'Litestar',
  role: 'http',
  python: {
    packages: ['litestar'],
    commands: [String.raw`litestar\s+run`],
    appObjects: ['Litestar'],
    // `litestar[standard]` brings the `litestar run` command's app server
    extras: { standard: ['uvicorn'] },
  },
};

import { websocketDecorator } from '../realtime-handlers.js';
import type { ServerRecord } from './types.js';

export const fastapi: ServerRecord = {
  id: 'fastapi',
  name: 'FastAPI',
  role: 'http',
  python: {
    packages: ['fastapi'],
    commands: [String.raw`fastapi\s+(?:run|dev)`],
    appObjects: ['FastAPI'],
    // `fastapi[standard]` brings the `fastapi run` command and its app server
    extras: { standard: ['uvicorn'], all: ['uvicorn'] },
    code: [websocketDecorator('fastapi', 'FastAPI', 'fastapi')],
  },
};

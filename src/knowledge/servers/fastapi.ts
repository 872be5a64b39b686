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
    code: [websocketDecorator('fastapi', 'FastAPI', 'fastapi')],
  },
};

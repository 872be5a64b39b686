import { websocketDecorator } from '../realtime-handlers.js';
import type { ServerRecord } from './types.js';

export const quart: ServerRecord = {
  id: 'quart',
  name: 'Quart',
  role: 'http',
  python: { packages: ['quart'], appObjects: ['Quart'], code: [websocketDecorator('quart', 'Quart', 'quart')] },
};

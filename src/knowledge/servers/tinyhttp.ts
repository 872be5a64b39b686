import type { ServerRecord } from './types.js';

/** tinyhttp: an Express-like framework; its `App` is started with `.listen()` like Express's. */
export const tinyhttp: ServerRecord = {
  id: 'tinyhttp',
  name: 'tinyhttp',
  role: 'http',
  node: { packages: ['@tinyhttp/app'] },
};

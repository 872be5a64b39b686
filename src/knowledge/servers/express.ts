import type { ServerRecord } from './types.js';

export const express: ServerRecord = {
  id: 'express',
  name: 'Express',
  role: 'http',
  node: { packages: ['express'] },
};

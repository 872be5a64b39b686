import type { ServerRecord } from './types.js';

export const loopback: ServerRecord = {
  id: 'loopback',
  name: 'LoopBack',
  role: 'http',
  node: { packages: ['@loopback/core', '@loopback/rest', 'loopback'] },
};

import type { ServerRecord } from './types.js';

export const vitepress: ServerRecord = {
  id: 'vitepress',
  name: 'VitePress',
  role: 'dev-server',
  node: { devCommands: ['vitepress'] },
};

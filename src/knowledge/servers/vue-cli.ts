import type { ServerRecord } from './types.js';

export const vueCli: ServerRecord = {
  id: 'vue-cli',
  name: 'Vue CLI',
  role: 'dev-server',
  node: { devCommands: ['vue-cli-service'] },
};

import type { ServerRecord } from './types.js';

export const flask: ServerRecord = {
  id: 'flask',
  name: 'Flask',
  role: 'http',
  python: { packages: ['flask'], commands: [String.raw`flask\s+run`], modules: ['flask'], appObjects: ['Flask'] },
};

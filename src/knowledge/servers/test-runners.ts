import type { ServerRecord } from './types.js';

/** Test runners: an image or a script that runs one tests the product; it starts no backend. */
export const testRunners: ServerRecord = {
  id: 'test-runners',
  name: 'test runner',
  role: 'dev-server',
  node: { devCommands: ['jest', 'vitest', 'mocha', 'ava', 'playwright', 'cypress', String.raw`npm\s+(?:run\s+)?test`] },
  python: { devCommands: ['pytest', 'py\\.test', 'tox', 'nox', String.raw`python[\d.]*\s+-m\s+(?:pytest|unittest)`] },
};

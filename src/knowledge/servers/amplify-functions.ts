import type { ServerRecord } from './types.js';

/**
 * AWS Amplify Gen 2 functions: `defineFunction({ entry: './handler.ts' })` in an `amplify/`
 * resource file deploys the handler beside it (`./handler.ts` when no entry is named), a Node.js
 * Lambda; its folder is the service. The backend definition (`amplify/backend.ts`) is infrastructure.
 */
export const amplifyFunctions: ServerRecord = {
  id: 'amplify-functions',
  name: 'AWS Amplify Functions',
  role: 'function',
  node: {
    constructs: [
      { call: 'defineFunction', option: 'entry', entry: 'file', backend: 'node', defaultEntry: './handler.ts' },
    ],
    infrastructure: ['@aws-amplify/backend', '@aws-amplify/backend-cli'],
  },
  deploys: {
    constructArguments: 'options',
    pathsFromFile: true,
    stackImports: { node: ['@aws-amplify/backend'], python: [] },
  },
};

import type { ServerRecord } from './types.js';

/**
 * OpenFaaS: functions listed in the stack file the `faas-cli` deploys, each built from its handler
 * folder with a language template (`python3-http`, `node18`) or the folder's own Dockerfile.
 */
export const openfaas: ServerRecord = {
  id: 'openfaas',
  name: 'OpenFaaS',
  role: 'function',
  deploys: {
    stackFile: {
      providers: ['openfaas', 'faas'],
      folderKey: 'handler',
      languageKey: 'lang',
      languages: {
        node: [String.raw`node\d*(?:-[\w-]+)?`, String.raw`typescript(?:-[\w-]+)?`],
        python: [String.raw`python\d*(?:-[\w-]+)?`, String.raw`pydatascience(?:-[\w-]+)?`],
      },
      anyLanguage: ['dockerfile'],
    },
  },
};

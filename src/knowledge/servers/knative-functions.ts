import type { ServerRecord } from './types.js';

/**
 * Knative Functions (`func`): a function's folder holds `func.yaml`, naming its `runtime` (`node`,
 * `python`, `typescript`, `go`...) beside a `specVersion`; `func deploy` builds that folder. A
 * TypeScript function runs on Node.js, as its folder's code says.
 */
export const knativeFunctions: ServerRecord = {
  id: 'knative-functions',
  name: 'Knative Functions',
  role: 'function',
  deploys: {
    functionList: {
      files: ['func.yaml', 'func.yml'],
      entries: [[]],
      requires: ['specVersion', 'runtime'],
      folder: [{ literal: '.' }],
      runtime: [['runtime']],
      anyRuntime: ['^typescript$'],
    },
  },
};

import type { ServerRecord } from './types.js';

/**
 * Kubeless functions: a Kubernetes `Function` resource (`apiVersion: kubeless.io/v1beta1`) naming its
 * `spec.runtime` (`python3.9`, `nodejs14`) and `spec.handler` (`<file>.<function>`), its code written
 * inline under `spec.function` or, as `kubeless function deploy --from-file` leaves it, kept beside
 * the resource's file: that file's folder is the function's. Its `HTTPTrigger` names no handler.
 * The CLI makes the same resource from a file: `kubeless function deploy NAME --runtime python3.9
 * --handler handler.main --from-file handler.py`, the file's folder the function's.
 */
export const kubeless: ServerRecord = {
  id: 'kubeless',
  name: 'Kubeless',
  role: 'function',
  deploys: {
    functionList: {
      marker: 'kubeless.io/',
      entries: [[]],
      requires: ['spec.handler', 'spec.runtime'],
      folder: [{ literal: '.' }],
      runtime: [['spec', 'runtime']],
    },
    cli: [
      {
        command: String.raw`kubeless\s+function\s+(?:deploy|update)`,
        sourceOption: '--from-file',
        runtimeOption: '--runtime',
      },
    ],
  },
};

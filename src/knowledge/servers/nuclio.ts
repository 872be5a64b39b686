import type { ServerRecord } from './types.js';

/**
 * Nuclio: each function is a folder holding its `function.yaml` (`function-gpu.yaml` for a GPU
 * variant; `apiVersion: "nuclio.io/v1"`, `kind: "NuclioFunction"`) beside the handler's code, the
 * file's `spec` naming the `runtime` (`python:3.9`, `nodejs`) and the `handler` (`main:handler`).
 * `nuctl deploy --path <folder>` (often in a loop over the folders) builds and runs each one, so a
 * repository of many such folders deploys as many functions. A `spec` with no handler or runtime (a
 * Kubernetes object's under the same file name) is none; so is a file of another `apiVersion` (Kubeless).
 */
export const nuclio: ServerRecord = {
  id: 'nuclio',
  name: 'Nuclio',
  role: 'function',
  deploys: {
    functionList: {
      files: ['function.yaml', 'function.yml', 'function-gpu.yaml', 'function-gpu.yml'],
      entries: [['spec']],
      requires: ['handler', 'runtime'],
      folder: [{ literal: '.' }],
      runtime: [['runtime']],
      owner: { key: 'apiVersion', prefixes: ['nuclio.io/'] },
    },
  },
};

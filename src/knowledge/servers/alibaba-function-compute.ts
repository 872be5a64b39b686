import type { ServerRecord } from './types.js';

/**
 * Alibaba Cloud Function Compute as Serverless Devs deploys it (`s deploy`): `s.yaml` names each
 * function's code folder, `services.<name>.props.function.codeUri` in the `fc` component's files
 * (edition 1) or `resources.<name>.props.code` in the `fc3` component's (edition 3), and its
 * runtime (`python3.9`, `nodejs18`); a `custom`/`custom-container` runtime runs whatever the
 * folder holds (a web app listening on its port).
 */
export const alibabaFunctionCompute: ServerRecord = {
  id: 'alibaba-function-compute',
  name: 'Alibaba Function Compute',
  role: 'function',
  deploys: {
    functionList: {
      files: ['s.yaml', 's.yml'],
      entries: [
        ['services', '*', 'props', 'function'],
        ['resources', '*', 'props'],
      ],
      folder: [{ keys: ['codeUri', 'code'] }],
      runtime: [['runtime']],
      anyRuntime: ['^custom'],
    },
  },
};

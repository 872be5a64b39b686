import type { ServerRecord } from './types.js';

/**
 * Tencent CloudBase (TCB) cloud functions as its CLI's project file lists them: `cloudbaserc.json`'s
 * `functions[]`, each deployed (`tcb fn deploy <name>`) from `<functionRoot>/<name>`, its runtime
 * `Nodejs16.13`, `Python3.9`... on the function or, in older files, under its `config`.
 */
export const tencentCloudbase: ServerRecord = {
  id: 'tencent-cloudbase',
  name: 'Tencent CloudBase',
  role: 'function',
  deploys: {
    functionList: {
      files: ['cloudbaserc.json'],
      entries: [['functions', '*']],
      folder: [{ top: 'functionRoot', fallback: 'functions' }, { keys: ['name'] }],
      runtime: [['runtime'], ['config', 'runtime']],
    },
  },
};

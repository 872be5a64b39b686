import type { ServerRecord } from './types.js';

/**
 * uniCloud (DCloud) cloud functions: each folder under a service space's `cloudfunctions/`
 * (`uniCloud-aliyun/`, `uniCloud-tcb/`, `uniCloud-alipay/`) is one function, its `index.js`
 * exporting `main` or its `index.obj.js` a cloud object, uploaded by HBuilderX; `common/` holds
 * shared modules, not functions. The runtime's `uniCloud` global needs no package. Plugins from
 * DCloud's market keep theirs under `uni_modules/<plugin>/uniCloud/` (no space suffix): third-party code.
 */
export const unicloudFunctions: ServerRecord = {
  id: 'unicloud-functions',
  name: 'uniCloud Functions',
  role: 'function',
  deploys: {
    functionEntries: {
      paths: [String.raw`(?:^|/)uniCloud-[\w-]+/cloudfunctions/(?!common/)[^/]+/index(?:\.obj)?\.js$`],
      backend: 'node',
    },
  },
};

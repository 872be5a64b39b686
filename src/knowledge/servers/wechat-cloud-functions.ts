import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * WeChat Mini Program cloud functions (Tencent CloudBase): each folder under the project's
 * `cloudfunctionRoot` (project.config.json) is one function, its `index.js` exporting `main` with
 * the `wx-server-sdk`, uploaded and deployed from the WeChat devtools. `wx-server-sdk` runs only
 * inside a cloud function; the mini program's own client code calls `wx.cloud` and lists no package.
 */
export const wechatCloudFunctions: ServerRecord = {
  id: 'wechat-cloud-functions',
  name: 'WeChat Cloud Functions',
  role: 'function',
  deploys: {
    sources: {
      file: 'project.config.json',
      key: 'cloudfunctionRoot',
      option: 'cloudfunctionRoot',
      fallback: 'cloudfunctions',
      children: true,
    },
  },
  node: {
    packages: ['wx-server-sdk'],
    code: [
      {
        id: 'node-wechat-cloud-main',
        kind: 'server-start',
        keyword: 'exports.main',
        pattern: /^\s*(?:module\.)?exports\.main\s*=|^\s*export\s+(?:const|async\s+function|function)\s+main\b/,
        detail: 'exports a WeChat cloud function',
        whenImports: ['wx-server-sdk'],
        files: JS_FILE,
      },
    ],
  },
};

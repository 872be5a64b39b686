import type { ServerRecord } from './types.js';

const NETLIFY_FUNCTION = /(?:^|\/)netlify\/(?:edge-)?functions\/(?:[\w.-]+\/)*[\w.-]+\.[cm]?[jt]s$/;

/** Netlify Functions: handlers in the functions folder, `netlify/functions` by default. */
export const netlifyFunctions: ServerRecord = {
  id: 'netlify-functions',
  name: 'Netlify Functions',
  role: 'function',
  node: {
    packages: ['@netlify/functions'],
    code: [
      {
        id: 'node-netlify-handler',
        kind: 'server-start',
        keyword: 'handler',
        pattern: /^\s*(?:export\s+(?:const|async\s+function|function)\s+handler\b|(?:module\.)?exports\.handler\s*=)/,
        detail: 'exports a Netlify function handler',
        files: NETLIFY_FUNCTION,
      },
      {
        id: 'node-netlify-default',
        kind: 'server-start',
        keyword: '(req',
        pattern: /^\s*export\s+default\s+(?:async\s+)?(?:function\s*\w*\s*)?\(\s*(?:req|request)\b/,
        detail: 'exports a Netlify function handler',
        files: NETLIFY_FUNCTION,
      },
    ],
  },
};

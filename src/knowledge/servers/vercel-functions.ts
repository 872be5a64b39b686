import type { ServerRecord } from './types.js';

/**
 * Vercel Functions: a file under a project's `api/` folder exporting a request handler (Next.js
 * keeps its own `pages/api`, a full-stack framework's server routes).
 */
/** A script under an `api/` folder, outside a Next.js `pages/` or `app/` tree. */
const API_FILE = /^(?:(?!(?:^|\/)(?:src\/)?(?:pages|app)\/).)*(?:^|\/)api\/(?:[\w[\].-]+\/)*[\w[\].-]+\.[cm]?[jt]s$/;

/**
 * The scripts of a vercel.json `functions` map (`"api/index.js": { "maxDuration": 30 }`) that are
 * Vercel Functions of their own, by backend: a file (or glob) under `api/`. A key under a full-stack
 * framework's tree (Next.js's `app/api/**`) tunes that framework's routes, which its own record reads.
 */
export const CONFIGURED_FUNCTIONS: Readonly<Record<'node' | 'python', RegExp>> = {
  node: /^(?:(?!(?:^|\/)(?:src\/)?(?:pages|app)\/).)*(?:^|\/)api\/.*\.(?:[cm]?[jt]s|\{[^}]*\})$/,
  python: /^(?:(?!(?:^|\/)(?:src\/)?(?:pages|app)\/).)*(?:^|\/)api\/.*\.py$/,
};

export const vercelFunctions: ServerRecord = {
  id: 'vercel-functions',
  name: 'Vercel Functions',
  role: 'function',
  node: {
    packages: ['@vercel/node'],
    code: [
      {
        id: 'node-vercel-handler',
        kind: 'server-start',
        // the handler takes the request: `(req, res)`, `(request)`
        keyword: '(req',
        pattern:
          /^\s*(?:export\s+default\s+(?:async\s+)?(?:function\s*\w*\s*)?\(\s*(?:req|request)\b|module\.exports\s*=\s*(?:async\s+)?(?:function\s*\w*\s*)?\(\s*(?:req|request)\b|export\s+(?:async\s+)?function\s+(?:GET|POST|PUT|PATCH|DELETE)\s*\(\s*req)/,
        detail: 'exports a Vercel function handler',
        files: API_FILE,
      },
      // a handler published as a package and deployed by re-exporting it (`module.exports = require('app-vercel')`);
      // a relative path re-exports the project's own code, which holds its own handler. Each form keeps its own
      // keyword: a bare `export` would keep every export line of every source file past its head
      {
        id: 'node-vercel-reexport',
        kind: 'server-start',
        keyword: 'module.exports',
        pattern: /^\s*module\.exports\s*=\s*require\(\s*['"][^'"./][^'"]*['"]\s*\)\s*;?\s*$/,
        detail: "re-exports a package's Vercel function handler",
        files: API_FILE,
      },
      {
        id: 'node-vercel-reexport-default',
        kind: 'server-start',
        keyword: 'default',
        pattern: /^\s*export\s*\{\s*default\s*\}\s*from\s*['"][^'"./][^'"]*['"]\s*;?\s*$/,
        detail: "re-exports a package's Vercel function handler",
        files: API_FILE,
      },
    ],
  },
  python: {
    code: [
      {
        id: 'py-vercel-handler',
        kind: 'server-start',
        keyword: 'handler(',
        pattern: /^class\s+handler\s*\(\s*BaseHTTPRequestHandler\s*\)/,
        detail: 'exports a Vercel function handler',
        files: /(?:^|\/)api\/(?:[\w.-]+\/)*[\w.-]+\.py$/,
      },
    ],
  },
};

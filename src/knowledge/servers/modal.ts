import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** Modal's decorators that serve web requests from a function: an ASGI/WSGI app, an endpoint, a web server. */
const WEB_DECORATORS = ['asgi_app', 'wsgi_app', 'web_endpoint', 'fastapi_endpoint', 'web_server'];

/**
 * Modal: Python functions `modal deploy` runs on its platform, registered on a `modal.App` (a
 * `modal.Stub` before 0.64) by decorators: `@app.function()` (or `@app.cls()`), with
 * `@modal.asgi_app()` and its siblings serving a web app from it. Only the code's decorators are
 * evidence: the package alone is as often a client calling deployed functions
 * (`modal.Function.from_name(...)`), which runs none.
 */
export const modal: ServerRecord = {
  id: 'modal',
  name: 'Modal',
  role: 'function',
  python: {
    code: [
      ...WEB_DECORATORS.map((decorator) => ({
        id: `py-modal-${decorator.replace('_', '-')}`,
        kind: 'server-start' as const,
        keyword: decorator,
        pattern: new RegExp(String.raw`^\s*@(?:modal\.)?${decorator}\b`),
        detail: `serves a Modal web function (@${decorator})`,
        whenImports: ['modal'],
        files: PY_FILE,
      })),
      // the app object may be made in another module of the project (`from .common import stub`)
      {
        id: 'py-modal-function',
        kind: 'server-start',
        keyword: '.function',
        pattern: /^\s*@\w+\.function\b\s*(?:\(|$)/,
        detail: 'registers a Modal function',
        whenImports: ['modal'],
        orProjectDepends: true,
        files: PY_FILE,
      },
      {
        id: 'py-modal-cls',
        kind: 'server-start',
        keyword: '.cls(',
        pattern: /^\s*@\w+\.cls\s*\(/,
        detail: 'registers a Modal class of functions',
        whenImports: ['modal'],
        orProjectDepends: true,
        files: PY_FILE,
      },
    ],
  },
};

import type { ServerRecord } from './types.js';

/** Litestar's name before its 2.0 release: the same ASGI framework, still pinned by many services. */
export const starlite: ServerRecord = {
  id: 'starlite',
  name: 'Starlite',
  role: 'http',
  python: { packages: ['starlite'], appObjects: ['Starlite'] },
};

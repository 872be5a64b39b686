import type { ServerRecord } from './types.js';

/** A small server framework, used above all to serve frontends (sapper, SvelteKit previews). */
export const polka: ServerRecord = {
  id: 'polka',
  name: 'Polka',
  role: 'dev-server',
  named: true,
  node: { packages: ['polka'] },
};

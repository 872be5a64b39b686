import type { ServerRecord } from './types.js';

export const nuxt: ServerRecord = {
  id: 'nuxt',
  name: 'Nuxt',
  role: 'fullstack',
  node: {
    packages: ['nuxt'],
    // Nuxt 3's starter declared it a devDependency: Nitro bundles what the server needs into .output/
    bundled: true,
    commands: [String.raw`nuxt\s+start`, String.raw`nuxi\s+(?:start|preview)`],
    buildCommands: [String.raw`nuxt\s+build`, String.raw`nuxi\s+build`],
  },
  routes: [/^server\/(api|routes|middleware)\//],
};

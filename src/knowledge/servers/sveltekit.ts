import type { ServerRecord } from './types.js';

export const sveltekit: ServerRecord = {
  id: 'sveltekit',
  name: 'SvelteKit',
  role: 'fullstack',
  node: {
    packages: ['@sveltejs/kit'],
    // the template declares it a devDependency: adapter-node bundles it into build/
    bundled: true,
    commands: [String.raw`svelte-kit\s+preview`],
    // SvelteKit builds with vite: `vite build` is its server's build
    buildCommands: [String.raw`vite\s+build`],
  },
  routes: [/^src\/routes\/(.+\/)?\+(server|page\.server|layout\.server)\.[jt]s$/, /^src\/hooks\.server\.[jt]s$/],
};

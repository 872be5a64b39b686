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
    // SvelteKit builds with vite: `vite build` is its server's build (`svelte-kit build` before 1.0)
    buildCommands: [String.raw`vite\s+build`, String.raw`svelte-kit\s+build`],
    code: [
      // adapter-static prerenders every route, endpoints too (an RSS feed's +server.ts): the site is files
      {
        id: 'sveltekit-static-adapter',
        kind: 'static-export',
        keyword: 'adapter(',
        pattern: /\badapter\s*\(/,
        detail: 'SvelteKit static site (adapter-static)',
        whenImports: ['@sveltejs/adapter-static'],
        files: /(?:^|\/)svelte\.config\.[cm]?[jt]s$/,
      },
    ],
  },
  routes: [
    /^src\/routes\/(.+\/)?\+(server|page\.server|layout\.server)\.[jt]s$/,
    /^src\/hooks\.server\.[jt]s$/,
    // before 1.0 an endpoint was a script among the pages, named for its route (`todos/index.ts`) or
    // for what it returns (`todos/[id].json.ts`); `_`-prefixed modules were private, not routes
    /^src\/routes\/(?:.+\/)?(?:index|[^/_+][^/]*\.json)\.[jt]s$/,
  ],
};

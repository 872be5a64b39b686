import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';

// Issue 25, tried on new repositories nobody had tuned on (field2): a SvelteKit app with API routes
// was no service (its framework is a devDependency by design), and a requirements.txt that only
// lists frameworks, with no code of its own, was a service (its app server counted as the entry).

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures', name);
const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });

const report = (name: string) => analyze({ root: fixture(name), settings, now: new Date('2026-12-07') });

describe('full-stack frameworks whose package is a devDependency', () => {
  it('a SvelteKit app with server routes is a service, unless adapter-static prerenders it; a Nuxt app with pages only is a frontend', async () => {
    const r = await report('fullstack-dev-dependencies');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind} ${s.frameworks.join('+')}`)).toEqual([
      'menu node http SvelteKit',
      'reviews node http SvelteKit',
    ]);
    // before 1.0: an endpoint among the pages, started by the build of its server
    const menu = r.services.find((s) => s.path === 'menu')!;
    expect(menu.evidence?.entry.map((e) => e.detail)).toEqual(['build: svelte-kit build']);
    // its server evidence is the devDependency, its entry the image's command
    const reviews = r.services.find((s) => s.path === 'reviews')!;
    expect(reviews.evidence?.server.map((e) => e.detail)).toContain('SvelteKit: @sveltejs/kit ^2.8.0');
    expect(reviews.evidence?.entry.map((e) => e.file)).toContain('reviews/Dockerfile');
    expect(r.notServices.map((n) => [n.path, n.reason, n.why])).toEqual([
      [
        'brochure',
        'frontend',
        'a Nuxt app with no server routes: its server (CMD ["npm", "start"]) only renders its vue pages',
      ],
      // adapter-static prerenders the RSS endpoint to a file like the pages
      ['journal', 'static-export', 'SvelteKit static site (adapter-static): no server runs'],
    ]);
  });
});

describe('server frameworks a manifest lists that no code of the folder uses', () => {
  it('the root of a benchmark is no service; a folder whose code makes the app is one', async () => {
    const r = await report('frameworks-without-code');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind} ${s.frameworks.join('+')}`)).toEqual([
      'api python http FastAPI',
    ]);
    expect(r.notServices.map((n) => [n.path, n.reason, n.why])).toEqual([
      [
        '.',
        'no-entry',
        'server frameworks among its dependencies, but none of its own code imports one or starts a server',
      ],
    ]);
  });
});

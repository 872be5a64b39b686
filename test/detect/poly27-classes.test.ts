import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { buildHosts } from '../../src/detect/build-hosts.js';
import { binRuns } from '../../src/detect/command-words.js';
import { extractCodeFacts } from '../../src/detect/code-facts.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';

// Issue 25, where frontends, other languages and other clients meet Node.js (poly27): an Express file
// that only hosts a single-page app's build, and a desktop or mobile app's own servers, are no
// services; a Rails app's Node.js render server is one, its asset watchers are none; an Astro
// app's endpoints are its scripts among the pages wherever they sit.

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures', name);
const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
const report = (name: string) => analyze({ root: fixture(name), settings, now: new Date('2026-12-07') });

const HOST = [
  "const express = require('express');",
  "const path = require('path');",
  'const app = express();',
  "app.use(express.static(path.join(__dirname, 'build')));",
  "app.get('/*', function (req, res) {",
  "  res.sendFile(path.join(__dirname, 'build', 'index.html'));",
  '});',
  'app.listen(process.env.PORT);',
].join('\n');
const facts = (file: string, text: string) => extractCodeFacts(file, text, undefined, [{ module: 'express' }]);

describe('servers that host a frontend build', () => {
  it('reads the static mount, the index.html fallback and its catch-all route as the host, not as routes of its own', () => {
    const found = buildHosts(facts('server.js', HOST), new Set(['server.js']));
    expect([...found.hosts].map(([file, at]) => `${file}:${at.line}`)).toEqual(['server.js:4']);
    expect([...found.routed]).toEqual([]);
  });

  it('a route of its own beside the build makes no host; a browser calling a path is no route', () => {
    const api = `${HOST}\napp.post('/api/orders', (req, res) => res.sendStatus(201));`;
    expect([...buildHosts(facts('server.js', api), new Set(['server.js'])).hosts.keys()]).toEqual([]);
    const browser = facts('src/api.js', "export const list = () => client.get('/posts');");
    const found = buildHosts([...facts('server.js', HOST), ...browser], new Set(['server.js']));
    expect([...found.hosts.keys()]).toEqual(['server.js']);
    expect([...found.routed]).toEqual([]);
  });

  it('a static mount with no index.html fallback hosts nothing', () => {
    const plain = "const app = require('express')();\napp.use(express.static('public'));\napp.listen(3000);";
    expect(buildHosts(facts('index.js', plain), new Set(['index.js'])).hosts.size).toBe(0);
  });

  it('lists the single-page apps started by npm start or pm2 as frontends, and keeps the API that serves its admin build', async () => {
    const r = await report('spa-build-hosts');
    expect(r.services.map((s) => `${s.path} ${s.kind} ${s.frameworks.join('+')}`)).toEqual(['shop-api http Express']);
    expect(r.notServices.map((n) => [n.path, n.reason])).toEqual([
      ['gallery', 'frontend'],
      ['web', 'frontend'],
    ]);
    expect(r.notServices.find((n) => n.path === 'web')?.why).toBe(
      "its server only hosts a frontend's build (web/server.js:5: static files and the app's index.html, no routes of its own)",
    );
    expect(r.verdict).toBe('fits');
  });
});

describe('desktop and mobile apps', () => {
  it("an Electron app's local server is no service; a deployed API with Electron among its devDependencies is", async () => {
    const r = await report('app-shell-servers');
    expect(r.services.map((s) => `${s.path} ${s.kind} ${s.frameworks.join('+')}`)).toEqual(['backend http Express']);
    expect(r.notServices.map((n) => [n.path, n.reason, n.why])).toEqual([
      [
        'desktop',
        'frontend',
        "a desktop app (Electron): the server its code starts runs with the app on the user's machine, and no deployment file runs it",
      ],
    ]);
    // Metro serves bundles to a device: the Expo app has no server evidence at all
    expect(r.services.some((s) => s.path === 'mobile')).toBe(false);
  });
});

describe("Rails apps' Node.js render servers", () => {
  it("a Hypernova server's start counts only in a file importing hypernova; the browser's renderReact is none", () => {
    const start = "const hypernova = require('hypernova/server');\nhypernova({\n  port: 3030,\n});";
    const server = extractCodeFacts('hypernova.js', start, undefined, [{ module: 'hypernova' }]);
    expect(server.map((f) => `${f.kind} ${f.server} ${f.line}`)).toEqual(['server-start Hypernova 2']);
    expect(extractCodeFacts('other.js', start, undefined, [])).toEqual([]);
    const page = "import { renderReact } from 'hypernova-react';\nexport default renderReact('Card', Card);";
    expect(extractCodeFacts('Card.js', page, undefined, [{ module: 'hypernova-react' }])).toEqual([]);
  });

  it('reads what a package runner runs as the program it names (`npx -y tsx`, `pnpm exec`, `yarn babel-node`)', () => {
    expect(binRuns(['npx', '-y', 'tsx', 'src/server.ts'])).toEqual([['tsx', 'src/server.ts']]);
    expect(binRuns(['pnpm', 'exec', 'ts-node', 'app.ts'])).toEqual([
      ['ts-node', 'app.ts'],
      ['exec', 'ts-node', 'app.ts'],
    ]);
    expect(binRuns(['yarn', 'babel-node', 'node/hypernova.js'])).toEqual([['babel-node', 'node/hypernova.js']]);
    expect(binRuns(['node', 'server.js'])).toEqual([]);
  });

  it('lists the render servers a Procfile or README runs as Node.js services and no service for the asset watchers', async () => {
    const r = await report('rails-render-servers');
    expect(r.services.map((s) => `${s.path} ${s.kind} ${s.frameworks.join('+')}`)).toEqual([
      'admin http React on Rails Pro Node renderer',
      'catalog http Hypernova',
      'storefront http Hypernova',
    ]);
    expect(r.services.find((s) => s.path === 'storefront')?.evidence?.entry.map((e) => e.file)).toEqual([
      'storefront/hypernova.js',
      'storefront/Procfile',
    ]);
    expect(r.services.some((s) => s.path === 'marketing')).toBe(false);
    expect(r.notServices).toEqual([]);
  });
});

describe('Astro endpoints', () => {
  // dep31: one rendering pages only on demand in the adapter's standalone mode is a server too (see dep31-classes)
  it('an Astro app serving endpoints at the top of its pages is a service, and so is a standalone one rendering pages only', async () => {
    const r = await report('astro-endpoints');
    expect(r.services.map((s) => `${s.path} ${s.kind} ${s.frameworks.join('+')}`)).toEqual([
      'images http Astro',
      'site http Astro',
    ]);
    expect(r.services[0]!.evidence?.entry.map((e) => e.file)).toContain('images/Dockerfile');
  });
});

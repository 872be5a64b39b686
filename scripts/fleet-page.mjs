// The fleet page's script and style, bundled for the browser: the CLI inlines them into index.html
// (build.mjs defines them for dist/, vitest.config.ts for tests that run from src/).
import { buildSync } from 'esbuild';
import { readFileSync } from 'node:fs';

export function buildFleetPage() {
  const root = new URL('../src/fleet/page/', import.meta.url);
  const result = buildSync({
    entryPoints: [new URL('main.ts', root).pathname],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return { script: result.outputFiles[0].text, style: readFileSync(new URL('style.css', root), 'utf8') };
}

export function fleetPageDefines() {
  const page = buildFleetPage();
  return { __FLEET_PAGE_SCRIPT__: JSON.stringify(page.script), __FLEET_PAGE_STYLE__: JSON.stringify(page.style) };
}

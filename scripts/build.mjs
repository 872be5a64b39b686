// Bundles the CLI and the action entry into self-contained ESM files under dist/.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { fleetPageDefines } from './fleet-page.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: {
    cli: 'src/cli.ts',
    index: 'src/action.ts',
    'read-worker': 'src/scan/read-worker.ts',
    'history-worker': 'src/history/worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  legalComments: 'linked',
  define: { __VERSION__: JSON.stringify(version), ...fleetPageDefines() },
  // Some CommonJS dependencies call require() on Node built-ins; give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});

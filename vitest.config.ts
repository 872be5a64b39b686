import { defineConfig } from 'vitest/config';
import { fleetPageDefines } from './scripts/fleet-page.mjs';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
  define: {
    __VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0-test'),
    ...fleetPageDefines(),
  },
});

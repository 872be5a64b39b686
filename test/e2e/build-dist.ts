import { execFileSync } from 'node:child_process';
import path from 'node:path';

let built = false;

/** The e2e tests run the bundle: build it once per test process from the current sources. */
export function ensureDist(): void {
  if (built) return;
  execFileSync(process.execPath, [path.resolve(import.meta.dirname, '../../scripts/build.mjs')], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    stdio: 'inherit',
  });
  built = true;
}

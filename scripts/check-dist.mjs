// Fails when dist/ differs from a fresh build of src/: the committed bundle is what GitHub runs.
import { execFileSync } from 'node:child_process';

execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' });
if (status.trim()) {
  console.error('dist/ is stale: run `npm run build` and commit dist/.\n' + status);
  process.exit(1);
}
console.log('dist/ is up to date.');

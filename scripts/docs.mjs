// Writes docs/criteria.md from the knowledge tables (bundled on the fly from src/).
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';

const result = await build({
  entryPoints: ['src/docs/criteria.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const { renderCriteriaDoc } = await import(
  `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`
);
writeFileSync('docs/criteria.md', renderCriteriaDoc());
console.log('docs/criteria.md written');

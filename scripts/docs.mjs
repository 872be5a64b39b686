// Writes docs/criteria.md and docs/guide.md from the knowledge tables (bundled on the fly from src/).
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';

const PAGES = [
  { entry: 'src/docs/criteria.ts', render: 'renderCriteriaDoc', out: 'docs/criteria.md' },
  { entry: 'src/docs/guide.ts', render: 'renderGuideDoc', out: 'docs/guide.md' },
];

for (const page of PAGES) {
  const result = await build({
    entryPoints: [page.entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const module = await import(
    `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`
  );
  writeFileSync(page.out, module[page.render]());
  console.log(`${page.out} written`);
}

// A PNG of a fleet page as headless Chromium draws it: node scripts/fleet-screenshot.mjs <index.html> <out.png> [width] [height]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Browser, findChromium } from './chromium.mjs';

const [page, out, width = '1400', height = '1000'] = process.argv.slice(2);
if (!page || !out) {
  console.error('usage: node scripts/fleet-screenshot.mjs <index.html> <out.png> [width] [height]');
  process.exit(2);
}
const chromium = findChromium();
if (!chromium) {
  console.error('no chromium: apt-get install chromium, or set CHROMIUM_PATH');
  process.exit(2);
}
const browser = await Browser.launch(chromium, { width: Number(width), height: Number(height) });
try {
  const tab = await browser.newPage();
  await tab.goto(pathToFileURL(path.resolve(page)).href);
  writeFileSync(out, await tab.screenshot({ width: Number(width), height: Number(height) }));
  if (tab.errors.length) console.error(tab.errors.join('\n'));
  console.log(`${out} written`);
} finally {
  await browser.close();
}

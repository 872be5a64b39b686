import { createHash } from 'node:crypto';
import type { Fleet } from './types.js';

declare const __FLEET_PAGE_SCRIPT__: string | undefined;
declare const __FLEET_PAGE_STYLE__: string | undefined;

/**
 * One self-contained page: the style, the data and the script inline, nothing fetched. The
 * Content-Security-Policy allows exactly this style and this script (by hash) and no network
 * at all, so even a crafted report cannot make the page load anything or run other code; the
 * script renders every value as text.
 */
export function renderFleetHtml(fleet: Fleet): string {
  if (typeof __FLEET_PAGE_SCRIPT__ !== 'string' || typeof __FLEET_PAGE_STYLE__ !== 'string')
    throw new Error('the fleet page was not bundled (build with scripts/build.mjs)');
  const script = __FLEET_PAGE_SCRIPT__;
  const style = __FLEET_PAGE_STYLE__;
  const csp = [
    "default-src 'none'",
    `script-src '${hash(script)}'`,
    `style-src '${hash(style)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title = `backend-fit: ${fleet.counts.services} services in ${fleet.counts.repositories} repositories`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<title>${escapeText(title)}</title>
<style>${style}</style>
</head>
<body>
<a class="skip" href="#view">Skip to the table</a>
<main id="app"><h1>${escapeText(title)}</h1><noscript><p>The table needs JavaScript; fleet.json beside this page holds the same data.</p></noscript></main>
<script type="application/json" id="fleet-data">${jsonForScript(fleet)}</script>
<script>${script}</script>
</body>
</html>
`;
}

function hash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** JSON inside a script element: `<` as \u003c so that no value can close the element or open a comment. */
function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

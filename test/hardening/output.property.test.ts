import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { sampleReport, service } from '../report/sample-report.js';

const RUNS = Number(process.env.FUZZ_RUNS) || 100;
const options = { numRuns: RUNS, seed: process.env.FUZZ_RUNS ? undefined : 7 };

/** Names a hostile repository could hold: HTML, mentions, pipes, backticks, fences, newlines. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '@evil/<img src=x onerror=alert(1)>',
    'a|b|c',
    '```js',
    '`',
    '<script>x</script>',
    '@octo-org/team',
    '#1',
    '\n| x |\n',
    '[x](javascript:alert(1))',
    '<!-- backend-fit:deadbeef -->',
  ),
  fc
    .array(fc.constantFrom('@', '<', '>', '|', '`', '#', '\n', '&', 'a', ' ', '-->'), { maxLength: 30 })
    .map((a) => a.join('')),
);

function outsideCode(md: string): string {
  return md.replace(/```mermaid[\s\S]*?```/g, '').replace(/(`+)(?:(?!\1)[^\n])*?\1/g, '');
}

describe('repo-derived names in the comment and summary', () => {
  it('produce no HTML, no mentions, no broken tables, balanced fences', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (path, framework, message) => {
        const report = sampleReport({
          services: [service(path, { frameworks: [framework] }), service('ok')],
          warnings: [{ file: path, message }],
          signals: [{ id: 'ml', strength: 0.5, evidence: [{ file: path, line: 3, detail: message }] }],
        });
        const md = renderMarkdown(report, { marker: '<!-- backend-fit:abc -->', maxChars: 65_536 });
        const plain = outsideCode(md);
        // our own tags only
        const tags = plain.match(/<\/?[A-Za-z!][^>]*>/g) ?? [];
        for (const tag of tags)
          expect(tag).toMatch(
            /^<(\/?(details|summary|sub|code)|details open|!-- backend-fit:abc --)>?$|^<!-- backend-fit:abc -->$/,
          );
        expect(plain).not.toMatch(/@[A-Za-z0-9]/);
        expect((md.match(/^```/gm) ?? []).length % 2).toBe(0);
        for (const row of md.split('\n').filter((l) => l.startsWith('| `') || l.startsWith('| ok'))) {
          expect(row.replace(/\\\|/g, '').split('|').length - 2).toBe(7);
        }
        expect(md.split('\n')[1]).toMatch(/^### .* backend-fit: \*\*mismatch\*\* · 2 services: /);
        // the terminal report carries no control characters from the repo
        expect(renderText(report)).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
      }),
      options,
    );
  });
});

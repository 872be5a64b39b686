import { describe, expect, it } from 'vitest';
import { renderMarkdown, TRUNCATION_NOTE } from '../../src/report/markdown.js';
import { codeSpan, escapeMarkdown } from '../../src/report/markdown-escape.js';
import { sampleReport, service } from './sample-report.js';

describe('renderMarkdown', () => {
  it('leads with the marker and the verdict, then policy, criteria, services, chart and evidence', () => {
    const md = renderMarkdown(sampleReport(), { marker: '<!-- backend-fit:abc -->' });
    const lines = md.split('\n');
    expect(lines[0]).toBe('<!-- backend-fit:abc -->');
    expect(lines[1]).toBe('### ❌ backend-fit: **mismatch**');
    expect(md).toContain('**Policy failed** (fail-on: mismatch)');
    expect(md).toContain('| Criterion | Weight | Node.js | Python | Why |');
    expect(md).toContain('| `services/api` | Node.js | `Express` | ❌ mismatch | 41 | 41 | 65 | Python |');
    expect(md).toContain('```mermaid\nxychart-beta');
    expect(md).toContain('**Top evidence**');
    expect(md).toContain('<details><summary>All signals and evidence</summary>\n\n');
    expect(md.indexOf('mismatch')).toBeLessThan(md.indexOf('Criterion'));
  });

  it('escapes names from the repo: no HTML, no mentions, no broken tables', () => {
    const evil = '@evil/<img src=x onerror=alert(1)>|`x`';
    const report = sampleReport({
      services: [service(evil, { frameworks: ['@nestjs/core'] }), service('b|<b>c</b>')],
      warnings: [{ file: evil, message: 'ping @octocat about #12 <script>' }],
    });
    const md = renderMarkdown(report);
    // code spans are literal text on GitHub; outside them no tag may survive
    const outsideCode = md.replace(/``[^\n]*?``|`[^`\n]*`/g, '');
    expect(outsideCode).not.toMatch(/<img|<script|<b>/);
    expect(outsideCode).toContain('&lt;script&gt;');
    expect(md).not.toMatch(/(^|[^`\u200b])@octocat/);
    for (const line of md.split('\n').filter((l) => l.startsWith('| `'))) {
      // every row keeps 8 cells: pipes inside names are escaped
      expect(line.replace(/\\\|/g, '').split('|').length - 2).toBe(8);
    }
    expect((md.match(/```/g) ?? []).length % 2).toBe(0);
  });

  it('stays under maxChars, keeping the marker, the verdict and a note', () => {
    const many = Array.from({ length: 5000 }, (_, i) => service(`services/svc-${i}`));
    const signals = [
      {
        id: 'ml',
        strength: 0.9,
        evidence: Array.from({ length: 10_000 }, (_, i) => ({ file: `ml/f${i}.py`, line: 1, detail: 'imports torch' })),
      },
    ];
    const report = sampleReport({ services: many, signals });
    const md = renderMarkdown(report, { maxChars: 65_536, marker: '<!-- m -->' });
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md.startsWith('<!-- m -->\n### ❌ backend-fit: **mismatch**')).toBe(true);
    expect(md).toContain(TRUNCATION_NOTE);
    for (const max of [400, 2000]) {
      const small = renderMarkdown(sampleReport({ root: 'x'.repeat(100_000) }), {
        maxChars: max,
        marker: '<!-- m -->',
      });
      expect(small.length).toBeLessThanOrEqual(max);
      expect(small).toContain('backend-fit: **mismatch**');
    }
  });

  it('leads with the delta when there is one', () => {
    const md = renderMarkdown(
      sampleReport({
        current: 'node',
        delta: {
          baseRef: 'main',
          base: { verdict: 'fits', fitScore: 71, scores: { node: 71, python: 50 } },
          changes: [{ id: 'signal.ml', from: null, to: 0.86, files: ['requirements.txt', 'ml/train.py'] }],
        },
      }),
    );
    expect(md).toContain(
      '**Fit for Node.js dropped 71 → 41** against `main`: `requirements.txt`, `ml/train.py` raised ml.',
    );
  });
});

describe('policy line', () => {
  it('shows waivers with their expiry and reason', () => {
    const md = renderMarkdown(
      sampleReport({
        policy: {
          failOn: 'mismatch',
          failed: false,
          reasons: ['services/api: mismatch waived until 2027-03-31: migrating in Q1'],
          waived: [{ service: 'services/api', reason: 'migrating in Q1', expires: '2027-03-31' }],
          thresholds: { review: 5, mismatch: 15 },
        },
      }),
    );
    expect(md).toContain('Policy passed (fail-on: mismatch)');
    expect(md).toContain('`services/api` waived until 2027-03-31: migrating in Q1');
  });
});

describe('escaping helpers', () => {
  it('code spans survive backticks and pipes', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x')).toBe('`` `x ``');
    expect(codeSpan('a|b', { inTable: true })).toBe('`a\\|b`');
    expect(escapeMarkdown('@team <b> [x](javascript:alert(1))')).toBe(
      '@\u200bteam &lt;b&gt; \\[x\\]\\(javascript:alert\\(1\\)\\)',
    );
  });
});

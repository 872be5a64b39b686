import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMENT_TARGET, markerFor, renderComment } from '../../src/github/comment.js';
import { renderMarkdown, SHORTENED_NOTE, TRUNCATION_NOTE } from '../../src/report/markdown.js';
import { codeSpan, escapeMarkdown } from '../../src/report/markdown-escape.js';
import { cutAtWord, moveOf, shortReason } from '../../src/report/reasons.js';
import { renderText } from '../../src/report/text.js';
import { monorepoReport } from './monorepo-report.js';
import { sampleReport, service } from './sample-report.js';

/** Lines a reader sees without opening anything: outside `<details>`, not blank, not an HTML comment. */
function linesOutsideDetails(md: string): string[] {
  let depth = 0;
  const out: string[] = [];
  for (const line of md.split('\n')) {
    const opens = (line.match(/<details[\s>]/g) ?? []).length;
    const closes = (line.match(/<\/details>/g) ?? []).length;
    if (depth === 0 && opens === 0 && line.trim() && !/^<!--.*-->$/.test(line.trim())) out.push(line);
    depth += opens - closes;
  }
  return out;
}

/** Markdown escapes undone, for comparing a rendered cell with its source text. */
const unescape = (text: string) => text.replace(/\\([\\`*_{}[\]()!|~])/g, '$1').replace(/\u200b/g, '');

describe('the comment, top down', () => {
  const md = renderMarkdown(monorepoReport(), { marker: '<!-- backend-fit:abc -->' });
  const lines = md.split('\n');

  it('headline with the count of services by verdict, then the delta and the policy', () => {
    expect(lines[0]).toBe('<!-- backend-fit:abc -->');
    expect(lines[1]).toBe('### ❌ backend-fit: **mismatch** · 10 services: 7 fit, 2 review, 1 mismatch');
    expect(lines[2]).toMatch(/^\*\*Verdict review → mismatch\*\* against `main`: .* Policy failed: /);
  });

  it('the services table leads, worst first, and marks the service that sets the verdict', () => {
    const table = lines.findIndex((l) => l.startsWith('| Service |'));
    expect(table).toBeGreaterThan(2);
    expect(lines[table + 2]).toMatch(
      /^\| `services\/gateway-service` ◀ \| Node\.js `Express`, `Socket\.IO` \| ❌ mismatch /,
    );
    expect(lines[table + 3]).toMatch(/⚠️ review/);
    expect(lines[table + 5]).toMatch(/^\| …and 7 more: 7 fit \|/);
    expect(md.indexOf('| Service |')).toBeLessThan(md.indexOf('| Criterion'));
  });

  it('names the deciding service above its plan, reasons, criteria and chart', () => {
    const heading = lines.findIndex((l) => l.startsWith('#### '));
    expect(lines[heading]).toBe(
      '#### ❌ `services/gateway-service` (Node.js: Express, Socket.IO) sets the verdict: Node.js scores 24 points below Python \\(fit 46; Node.js 46 · Python 70\\).',
    );
    expect(lines[heading + 1]).toMatch(/^\*\*What to do:\*\* serve services\/gateway-service\/src\/ml/i);
    // the plan's detail is collapsed; the three biggest reasons follow it
    const closed = lines.indexOf('</details>', heading);
    expect(lines.slice(heading + 2, closed).some((l) => l.startsWith('<details><summary>Where the drift lives'))).toBe(
      true,
    );
    const bullets = lines
      .slice(closed + 1)
      .filter((l) => l.startsWith('- **'))
      .slice(0, 3);
    expect(bullets).toHaveLength(3);
    expect(bullets.every((l) => /^- \*\*[a-z-]+\*\* \d\.\d\d → \+[\d.]+ (Node\.js|Python) · “/.test(l))).toBe(true);
    expect(md).toContain('| Criterion of `services/gateway-service` | Weight | Node.js | Python | Main reason |');
    expect(md).toContain('title "services/gateway-service: Node.js = blue bars, Python = orange line"');
    expect(md).toMatch(/```mermaid\n%%\{init: .*plotColorPalette.*\}%%\nxychart-beta/);
  });

  it('every collapsed block is closed by a blank line, so the Markdown after it renders as Markdown', () => {
    lines.forEach((line, i) => {
      if (line === '</details>') expect(lines[i + 1] ?? '', `line ${i + 2}`).toMatch(/^(|<.*)$/);
    });
  });

  it('everything else is in one <details> per service, then non-services and the run', () => {
    const summaries = lines.filter((l) => l.startsWith('<details><summary>'));
    expect(summaries.filter((l) => /<code>services\//.test(l))).toHaveLength(10);
    expect(md).toContain('<details><summary>Not services: 6 (tests 3, library 2, docs 1)</summary>');
    expect(md).toMatch(/<details><summary><sub>12 warnings · 5,432 files/);
  });

  it('evidence appears once: no evidence string is repeated', () => {
    const evidence = md.match(/`[^`\n]+:\d+` [^;\n]+/g) ?? [];
    expect(evidence.length).toBeGreaterThan(10);
    expect(new Set(evidence).size).toBe(evidence.length);
    // the criteria table carries no evidence
    for (const row of lines.filter((l) => /^\| (Performance|Use case|Security) \|/.test(l)))
      expect(row).not.toMatch(/package\.json|\.ts/);
  });
});

describe('budgets on a 10-service monorepo', () => {
  it('the PR comment: at most 30 lines outside <details>, at most 12,000 characters', () => {
    const body = renderComment(monorepoReport(), markerFor('.'));
    const visible = linesOutsideDetails(body);
    expect(visible.length).toBeLessThanOrEqual(30);
    expect(body.length).toBeLessThanOrEqual(COMMENT_TARGET);
    expect(body).toContain(SHORTENED_NOTE);
  });

  it('the job summary keeps the same order with all the evidence', () => {
    const summary = renderMarkdown(monorepoReport(), { maxChars: 300_000 });
    expect(linesOutsideDetails(summary).length).toBeLessThanOrEqual(30);
    expect(summary.length).toBeGreaterThan(COMMENT_TARGET);
    expect(summary).not.toContain(SHORTENED_NOTE);
  });

  it('the text format has the same order', () => {
    const text = renderText(monorepoReport());
    const order = [
      '10 services: 7 fit, 2 review, 1 mismatch',
      'Services (10)',
      'services/gateway-service sets the verdict',
      'What to do:',
      'Biggest reasons',
      'Criteria for services/gateway-service',
      'Not services: 6',
    ];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe('no cell or bullet is cut mid-word', () => {
  it('criteria cells and reason bullets end at a word boundary', () => {
    const report = monorepoReport();
    const md = renderMarkdown(report);
    const subject = report.services[3]!;
    let cut = 0;
    for (const c of subject.criteria) {
      const full = shortReason(c.moves[0]!);
      const cell = md.split('\n').find((l) => l.includes(escapeMarkdown(full.slice(0, 30))));
      expect(cell, c.id).toBeDefined();
      const text = unescape(
        cell!
          .split(' | ')
          .at(-1)!
          .replace(/ \(\+\d+ more\) \|$| \|$/, ''),
      );
      if (text.endsWith('…')) {
        cut++;
        const kept = text.slice(0, -1);
        expect(full.startsWith(kept)).toBe(true);
        expect(full[kept.length]).toMatch(/[\s,;:(]/);
      } else expect(text).toBe(full);
    }
    expect(cut).toBeGreaterThan(0);
    for (const bullet of md.split('\n').filter((l) => l.startsWith('- **') && l.includes('“'))) {
      const guide = unescape(/“(.*)”/.exec(bullet)![1]!);
      if (guide.endsWith('…')) expect(guide.slice(-2, -1)).toMatch(/[A-Za-z0-9)]/);
    }
  });

  it('cutAtWord keeps whole words, for any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 20, max: 120 }),
        (words, max) => {
          const text = words.join(' ');
          const cut = cutAtWord(text, max);
          expect(cut.length).toBeLessThanOrEqual(max);
          if (cut === text) return;
          const kept = cut.slice(0, -1);
          expect(cut.endsWith('…')).toBe(true);
          expect(text.startsWith(kept)).toBe(true);
          expect(text[kept.length]).toBe(' ');
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });
});

describe('reason lines', () => {
  it('a move reads as signal, strength, points, backend, and the guide sentence it follows', () => {
    const realtime = {
      signal: 'realtime',
      strength: 1,
      points: 25,
      backend: 'node',
      why: 'a real-time application',
      cites: 'guide L12',
    } as const;
    expect(shortReason(realtime)).toBe('realtime 1.00: +25 Node.js, a real-time application (guide L12)');
    expect(moveOf(realtime)).toBe('realtime +25 Node.js');
    const baseline = {
      signal: 'baseline',
      points: 5,
      backend: 'python',
      why: 'ease of learning',
      cites: 'guide L17',
    } as const;
    expect(shortReason(baseline)).toBe('baseline: +5 Python, ease of learning (guide L17)');
  });
});

describe('several services', () => {
  it('names a worker and a function by their kind in the table, the headings and the text; a web service by its backend alone', () => {
    const report = sampleReport({
      services: [
        service('api', { frameworks: ['Express'] }),
        service('jobs', { current: 'python', kind: 'worker', frameworks: ['Celery'] }),
        service('fn', { kind: 'function', frameworks: ['AWS Lambda'] }),
      ],
    });
    const md = renderMarkdown(report);
    expect(md).toMatch(/^\| `api`(?: ◀)? \| Node\.js `Express` \|/m);
    expect(md).toMatch(/^\| `jobs`(?: ◀)? \| Python worker `Celery` \|/m);
    expect(md).toMatch(/^\| `fn`(?: ◀)? \| Node\.js function `AWS Lambda` \|/m);
    const text = renderText(report);
    expect(text).toContain('jobs  Python worker [Celery]');
    expect(text).toContain('api  Node.js [Express]');
  });

  it('two backends at one path stay two rows, each with its frameworks', () => {
    const report = sampleReport({
      services: [
        service('app', { frameworks: ['Express'] }),
        service('app', {
          current: 'python',
          frameworks: ['Flask'],
          scores: { node: 40, python: 77 },
          fitScore: 77,
          recommended: 'python',
        }),
      ],
    });
    const rows = renderMarkdown(report)
      .split('\n')
      .filter((l) => l.startsWith('| `app`'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Node.js `Express`');
    expect(rows[1]).toContain('Python `Flask`');
    expect(renderText(report).match(/^ {2}✔ app /gm)).toHaveLength(2);
  });

  it('the headline reads naturally for every current value', () => {
    const text = (overrides: Parameters<typeof sampleReport>[0]) => renderText(sampleReport(overrides)).split('\n')[0];
    expect(text({ services: [], current: 'none', verdict: 'unknown', recommended: 'python' })).toBe(
      '? unknown — No Node.js or Python backend found; from the code, Python would fit best (Node.js 41 · Python 65).',
    );
    expect(text({})).toBe('✖ mismatch — 3 services: 2 fit, 1 mismatch');
    expect(
      text({
        services: [
          service('.', {
            verdict: 'review',
            gap: 9,
            current: 'python',
            recommended: 'node',
            fitScore: 61,
            scores: { node: 70, python: 61 },
          }),
        ],
      }),
    ).toBe('✖ mismatch — Python scores 9 points below Node.js (fit 61; Node.js 70 · Python 61).');
    for (const current of ['node', 'python', 'both', 'none'] as const)
      for (const verdict of ['fits', 'review', 'mismatch', 'unknown'] as const) {
        const line = renderText(sampleReport({ services: [], current, verdict })).split('\n')[0]!;
        expect(line, `${current}/${verdict}`).not.toMatch(/Node\.js and Python (scores|fits)|no backend (scores|fits)/);
      }
  });
});

describe('escaping', () => {
  it('names from the repo: no HTML, no mentions, no broken tables', () => {
    const evil = '@evil/<img src=x onerror=alert(1)>|`x`';
    const report = sampleReport({
      services: [service(evil, { frameworks: ['@nestjs/core'], verdict: 'mismatch', gap: 30 }), service('b|<b>c</b>')],
      warnings: [{ file: evil, message: 'ping @octocat about #12 <script>' }],
    });
    const md = renderMarkdown(report);
    const outsideCode = md.replace(/``[^\n]*?``|`[^`\n]*`/g, '').replace(/<code>[^<]*<\/code>/g, '');
    expect(outsideCode).not.toMatch(/<img|<script|<b>/);
    expect(outsideCode).toContain('&lt;script&gt;');
    expect(md).not.toMatch(/(^|[^`\u200b])@octocat/);
    expect(md).not.toMatch(/<code>[^<]*@[a-z]/);
    for (const line of md.split('\n').filter((l) => l.startsWith('| `'))) {
      expect(line.replace(/\\\|/g, '').split('|').length - 2).toBe(7);
    }
    expect((md.match(/```/g) ?? []).length % 2).toBe(0);
  });

  it('code spans survive backticks and pipes', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x')).toBe('`` `x ``');
    expect(codeSpan('a|b', { inTable: true })).toBe('`a\\|b`');
    expect(escapeMarkdown('@team <b> [x](javascript:alert(1))')).toBe(
      '@\u200bteam &lt;b&gt; \\[x\\]\\(javascript:alert\\(1\\)\\)',
    );
  });
});

describe('size limits', () => {
  it('stays under maxChars, keeping the marker, the verdict and a note', () => {
    const many = Array.from({ length: 5000 }, (_, i) => service(`services/svc-${i}`));
    const signals = [
      {
        id: 'ml',
        strength: 0.9,
        evidence: Array.from({ length: 10_000 }, (_, i) => ({ file: `ml/f${i}.py`, line: 1, detail: 'imports torch' })),
      },
    ];
    const md = renderMarkdown(sampleReport({ services: many, signals }), { maxChars: 65_536, marker: '<!-- m -->' });
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md.startsWith('<!-- m -->\n### ❌ backend-fit: **mismatch**')).toBe(true);
    for (const max of [400, 2000]) {
      const small = renderMarkdown(sampleReport({ root: 'x'.repeat(100_000) }), {
        maxChars: max,
        marker: '<!-- m -->',
      });
      expect(small.length).toBeLessThanOrEqual(max);
      expect(small).toContain('backend-fit: **mismatch**');
    }
    const tiny = renderMarkdown(monorepoReport(), { maxChars: 1500 });
    expect(tiny.length).toBeLessThanOrEqual(1500);
    expect(tiny).toContain(TRUNCATION_NOTE);
  });

  it('leads with the delta when there is one', () => {
    const md = renderMarkdown(
      sampleReport({
        current: 'node',
        services: [
          service('.', {
            verdict: 'mismatch',
            gap: 24,
            fitScore: 41,
            scores: { node: 41, python: 65 },
            recommended: 'python',
          }),
        ],
        delta: {
          baseRef: 'main',
          base: { verdict: 'fits', fitScore: 71, scores: { node: 71, python: 50 } },
          changes: [{ id: 'signal.ml', from: null, to: 0.86, files: ['requirements.txt', 'ml/train.py'] }],
        },
      }),
    );
    expect(md.split('\n')[1]).toMatch(
      /^\*\*Fit for Node\.js dropped 71 → 41\*\* against `main`: `requirements\.txt`, `ml\/train\.py` raised ml\. Policy failed/,
    );
  });

  it('waivers show with their expiry and reason; the policy says fail-on once', () => {
    const md = renderMarkdown(
      sampleReport({
        policy: {
          failOn: 'never',
          failed: false,
          reasons: ['passed: fail-on is never, verdicts are reported, not enforced (services/api: mismatch)'],
          waived: [{ service: 'services/api', reason: 'migrating in Q1', expires: '2027-03-31' }],
          thresholds: { review: 5, mismatch: 15 },
        },
      }),
    );
    expect(md).toContain(
      'Policy passed: fail-on is never, verdicts are reported, not enforced \\(services/api: mismatch\\)',
    );
    expect(md).not.toMatch(/passed: passed|\(fail-on: never\): passed/);
    expect(md).toContain('`services/api` is waived until 2027-03-31: migrating in Q1.');
  });
});

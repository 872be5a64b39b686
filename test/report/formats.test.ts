import { describe, expect, it } from 'vitest';
import { render, renderSarif, renderText } from '../../src/report/index.js';
import { validateReport } from '../../src/report/schema.js';
import { sampleReport } from './sample-report.js';

describe('text', () => {
  it('is plain without colour and coloured with it', () => {
    const plain = renderText(sampleReport());
    expect(plain.split('\n')[0]).toBe('✖ mismatch — 3 services: 2 fit, 1 mismatch');
    expect(plain).toContain(
      'services/api sets the verdict: Node.js scores 24 points below Python (fit 41; Node.js 41 · Python 65).',
    );
    expect(plain).not.toContain('\x1b[');
    expect(renderText(sampleReport(), { color: true })).toContain('\x1b[31m');
    expect(plain).toContain('services/legacy/package.json: invalid JSON at line 4, column 3');
  });
});

describe('sarif', () => {
  it('has one result per review/mismatch service and its supporting evidence, with locations', () => {
    const sarif = JSON.parse(renderSarif(sampleReport()));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.name).toBe('backend-fit');
    const results = sarif.runs[0].results;
    expect(results[0]).toMatchObject({ ruleId: 'backend-fit/mismatch', level: 'warning' });
    expect(results[1]).toMatchObject({
      ruleId: 'backend-fit/evidence',
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'services/api/ml/train.py' }, region: { startLine: 1 } } },
      ],
    });
    const ruleIds = new Set(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id));
    for (const r of results) expect(ruleIds.has(r.ruleId)).toBe(true);
  });

  it('is empty when everything fits', () => {
    const report = sampleReport({ services: [], verdict: 'fits' });
    expect(JSON.parse(renderSarif(report)).runs[0].results).toEqual([]);
  });
});

describe('json and schema', () => {
  it('round-trips and validates; a wrong report fails', () => {
    const report = sampleReport();
    const json = render(report, 'json');
    expect(JSON.parse(json)).toEqual(report);
    expect(validateReport(JSON.parse(json))).toEqual([]);
    expect(validateReport({ ...report, verdict: 'great' })).not.toEqual([]);
    expect(validateReport({ ...report, fitScore: 101 })).not.toEqual([]);
    expect(validateReport({ ...report, extra: 1 })).not.toEqual([]);
  });
});

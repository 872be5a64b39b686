import path from 'node:path';
import { mentions } from '../support/mentions.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { sampleReport, service } from './sample-report.js';

describe('owners in the report', () => {
  const services = [
    service('services/orders', { owner: '@acme/checkout-team', system: 'shop', name: 'orders-api' }),
    service('services/recommender', { owner: '@acme/ml @octo-dev' }),
    service('tools/cron'),
  ];

  it('the services table gets an Owner column, each owner in a code span: nobody is pinged', () => {
    const md = renderMarkdown(sampleReport({ services }));
    expect(md).toContain('| Service | Owner | Backend | Verdict | Fit | Node.js | Python | Recommended |');
    const cells = (path: string) =>
      md
        .split('\n')
        .find((l) => l.startsWith(`| \`${path}\``))!
        .split(' | ');
    expect(cells('services/orders')[1]).toBe('`@acme/checkout-team`');
    expect(cells('services/recommender')[1]).toBe('`@acme/ml @octo-dev`');
    expect(cells('tools/cron')[1]).toBe('');
    expect(mentions(md)).toEqual([]);
  });

  it('without any owner the table keeps its columns', () => {
    const md = renderMarkdown(sampleReport({ services: [service('a'), service('b')] }));
    expect(md).toContain('| Service | Backend | Verdict |');
    expect(md).not.toContain('Owner');
  });

  it('a single service shows its catalog line', () => {
    const md = renderMarkdown(
      sampleReport({
        services: [service('.', { name: 'inventory', owner: 'group:default/warehouse', lifecycle: 'production' })],
      }),
    );
    expect(md).toContain('Service `inventory` · owner `group:default/warehouse` · lifecycle `production`');
  });

  it('an owner that tries to break out of its code span or the table stays inside', () => {
    const md = renderMarkdown(sampleReport({ services: [service('a', { owner: '`@x` | @y' }), service('b')] }));
    expect(mentions(md)).toEqual([]);
    const row = md.split('\n').find((l) => l.startsWith('| `a`'))!;
    expect(row.replace(/\\\|/g, '').split('|').length - 2).toBe(8);
  });

  it('the text report names the owner on the service line', () => {
    const text = renderText(sampleReport({ services }));
    expect(text).toMatch(/services\/orders .* owner @acme\/checkout-team(\n| {2}◀)/);
  });

  it('the plan of a drifting service names its owner in a code span', async () => {
    const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
    const root = path.resolve(import.meta.dirname, '../../fixtures/python-realtime-chat');
    const drifting = (await analyze({ root, settings, now: new Date('2026-11-24') })).services[0]!;
    expect(drifting.plan).toBeDefined();
    const owned = { ...drifting, owner: '@acme/chat-team' };
    const md = renderMarkdown(sampleReport({ services: [owned] }));
    expect(md).toContain('**What to do (owner `@acme/chat-team`):** ');
    expect(mentions(md)).toEqual([]);
    expect(renderText(sampleReport({ services: [owned] }))).toContain('What to do (owner @acme/chat-team): ');
  });
});

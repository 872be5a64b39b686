import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { scan } from '../../src/scan/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

const detected = async (fixture: string) => detect(await scan(path.join(FIXTURES, fixture)));
const served = (facts: Awaited<ReturnType<typeof detected>>) =>
  facts.services.map((s) => [s.path, s.kind, s.frameworks.join(', ')]);

describe('one folder deployed two ways (issue 25, dep31)', () => {
  it('reports the function vercel.json configures and the server a Dockerfile runs, at one path', async () => {
    const facts = await detected('vercel-app-two-ways');
    expect(served(facts)).toEqual([
      ['menu', 'function', 'Express, Vercel Functions'],
      ['quotes', 'function', 'Express, Vercel Functions'],
      ['quotes', 'http', 'Express'],
    ]);
    const server = facts.services.find((s) => s.path === 'quotes' && s.kind === 'http')!;
    expect([...new Set(server.entry.map((e) => e.file))]).toEqual(['quotes/Dockerfile']);
  });

  it('keeps a Vercel app whose start script is its local run one function (control)', async () => {
    const facts = await detected('vercel-app-two-ways');
    expect(facts.services.filter((s) => s.path === 'menu').map((s) => s.kind)).toEqual(['function']);
  });

  it('keeps an image the function platform runs (the Lambda Web Adapter) one function (control)', async () => {
    const facts = await detected('lambda-web-adapter');
    expect(facts.services.filter((s) => s.path === 'web' || s.path === 'api').map((s) => [s.path, s.kind])).toEqual([
      ['api', 'function'],
      ['web', 'function'],
    ]);
  });
});

describe('Astro on the Node adapter (issue 25, dep31)', () => {
  it('reports an on-demand Astro app in standalone mode as an http service, not its middleware or static siblings', async () => {
    const facts = await detected('astro-node-adapter');
    expect(served(facts)).toEqual([['shop', 'http', 'Astro']]);
    expect(facts.services[0]!.entry.map((e) => e.file)).toEqual(['shop/astro.config.mjs']);
  });
});

describe('Modal apps (issue 25, dep31)', () => {
  it('reports functions a modal.App registers as function services, not a client of them or a library showing them', async () => {
    const facts = await detected('modal-apps');
    expect(served(facts)).toEqual([
      ['dashboard', 'http', 'Flask'],
      ['jobs', 'function', 'Modal'],
      ['summarize', 'function', 'FastAPI'],
    ]);
    const summarize = facts.services.find((s) => s.path === 'summarize')!;
    expect(summarize.evidence.map((e) => e.detail)).toContain('serves a Modal web function (@asgi_app)');
    expect(facts.services.some((s) => s.path === 'modal-helpers')).toBe(false);
  });
});

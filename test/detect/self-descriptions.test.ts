import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';
import { describedInManifest, describedInReadme } from '../../src/detect/self-descriptions.js';
import { parseManifest } from '../../src/detect/manifests/index.js';

// Issue 25, precision on new repositories (learn29): a folder whose own words call it a mock or fake server,
// or a server for local use only, is no service unless a deployment runs it.

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures', name);
const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });

describe('folders that call themselves stand-ins', () => {
  it('sets aside mock servers and local-only servers by their README or manifest, in both ecosystems', async () => {
    const r = await analyze({ root: fixture('self-described-stand-ins'), settings, now: new Date('2026-12-07') });
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind}`)).toEqual([
      'services/fake-news-api python http',
      'services/orders-api python http',
      'services/public-fake-api node http',
    ]);
    const why = (p: string) => r.notServices.find((n) => n.path === p);
    expect(why('stand-ins/storefront-stub')).toMatchObject({ reason: 'mock' });
    expect(why('stand-ins/storefront-stub')?.why).toContain(
      'stand-ins/storefront-stub/package.json:5 calls it a mock server ("Mock API")',
    );
    // the line that says so comes first among its evidence
    expect(why('stand-ins/storefront-stub')?.evidence[0]).toEqual({
      file: 'stand-ins/storefront-stub/package.json',
      line: 5,
      detail: 'Mock API',
    });
    // a README title written as a name (`fake_backend`) is read as words
    expect(why('stand-ins/fake_backend')?.why).toContain(
      'stand-ins/fake_backend/README.md:1 calls it a mock server ("fake backend")',
    );
    expect(why('stand-ins/dev-api')).toMatchObject({ reason: 'playground' });
    expect(why('stand-ins/dev-api')?.why).toContain(
      'calls it a server for local use only ("Do not deploy this server")',
    );
    // the controls: a Procfile deploys the public fake API; the orders API's README says "mock server" and
    // "do not deploy" only below its opening; "Fake News API" names what the service does
    const entry = (p: string) => r.services.find((s) => s.path === p)?.evidence?.entry.map((e) => e.file);
    expect(entry('services/public-fake-api')).toContain('services/public-fake-api/Procfile');
  });

  it("reads only a README's opening, outside code blocks, and no other project's name in a link", () => {
    const said = (text: string) => describedInReadme('README.md', text);
    expect(said('# Mock Server for Testing\n')).toMatchObject({ line: 1, detail: 'Mock Server', as: 'mock-server' });
    expect(said('[![ci](https://x/badge.svg)](https://x)\n\n# MockApi\n')).toMatchObject({
      line: 3,
      detail: 'Mock Api',
    });
    expect(said('# Tool\n\nIt mocks the backend API for tests.\n')?.detail).toBe('mocks the backend');
    expect(said('# Tool\n\nThis project introduces API mocking with express.\n')?.detail).toBe('API mocking');
    expect(said('# Portal\n\nIntended for local development only.\n')?.as).toBe('local-only');
    expect(said('# Dev API\n\n**Do not deploy this server.**\n')?.detail).toBe('Do not deploy this server');
    expect(said('# Shop API\n\nDo not deploy without setting SECRET_KEY.\n')).toBeUndefined();
    expect(
      said('# Orders API\n\nOrders.\n\n```sh\npython app.py\n```\n\nThe mock server is in `mock/`.\n'),
    ).toBeUndefined();
    expect(said('# Shop\n\n```sh\n# do not deploy\n```\n')).toBeUndefined();
    expect(said('No longer maintained: switch to [Dummy API Server](https://x).\n')).toBeUndefined();
    // real services named for their domain
    expect(said('# Fake News API\n')).toBeUndefined();
    expect(said('# AI Mock Interview backend\n\nA backend mock interview platform.\n')).toBeUndefined();
    expect(said('# Mock Test Server\n')).toBeUndefined();
  });

  it("reads a manifest's description, package.json and pyproject alike", () => {
    const lineOf = () => 3;
    expect(describedInManifest('package.json', 'A fake back-end api server', lineOf)).toMatchObject({
      line: 3,
      detail: 'fake back-end',
    });
    expect(describedInManifest('package.json', 'Test, mock, and track HTTP requests', lineOf)).toBeUndefined();
    expect(describedInManifest('package.json', 42, lineOf)).toBeUndefined();
    const pyproject = parseManifest(
      'pyproject',
      'stub/pyproject.toml',
      '[project]\nname = "stub"\ndescription = "Stub server for the payments client tests"\n',
    );
    expect(pyproject.manifest?.describedAs).toMatchObject({
      file: 'stub/pyproject.toml',
      line: 3,
      detail: 'Stub server',
    });
  });
});

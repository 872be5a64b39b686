import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { appManifestFunctions } from '../../src/detect/manifests/app-manifests.js';
import { scan } from '../../src/scan/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const factsOf = async (name: string) => detect(await scan(path.join(FIXTURES, name)));

describe('function platforms declared by an app manifest: Architect (issue 25)', () => {
  it('an app.arc with routes, events or schedules deploys one function from its folder, its backend from @aws runtime', () => {
    const node = appManifestFunctions('api/app.arc', '@app\nshop\n\n@http\nget /\n\n@aws\nregion us-east-1\n');
    expect(node).toEqual([
      expect.objectContaining({ file: 'api/app.arc', line: 4, dir: 'api', backend: 'node', platform: 'Architect' }),
    ]);
    const python = appManifestFunctions(
      'app.arc',
      '@app\nr\n# nightly\n@scheduled\nnightly rate(1 day)\n@aws\nruntime python3.12 # pinned\n',
    );
    expect(python.map((f) => [f.dir, f.backend, f.detail])).toEqual([
      ['.', 'python', 'deploys the Architect functions of @scheduled (python3.12)'],
    ]);
    // a plugin's runtime builds Node.js handlers; Go is none of ours
    expect(appManifestFunctions('app.arc', '@http\nget /\n@aws\nruntime typescript\n')[0]?.backend).toBe('node');
    expect(appManifestFunctions('app.arc', '@http\nget /\n@aws\nruntime go1.x\n')[0]).toMatchObject({
      otherRuntime: 'go1.x',
    });
    expect(appManifestFunctions('arc.json', '{"app":"x","http":[["get","/"]],"aws":{"runtime":"python3.11"}}')).toEqual(
      [expect.objectContaining({ dir: '.', backend: 'python' })],
    );
  });

  it('tables alone, an indented setting or a file of another name deploy no function', () => {
    expect(appManifestFunctions('app.arc', '@app\nt\n@tables\ncustomers\n  customerID *String\n')).toEqual([]);
    expect(appManifestFunctions('app.arc', '@app\nt\n@http\n  # nothing yet\n')).toEqual([]);
    expect(appManifestFunctions('notes.arc', '@http\nget /\n')).toEqual([]);
    expect(appManifestFunctions('arc.json', '{ not json')).toEqual([]);
  });

  it("each app is one function service at its folder; route folders are its parts, an example's app and a tables-only app are none", async () => {
    const facts = await factsOf('architect-apps');
    expect(facts.services.map((s) => [s.path, s.current, s.kind, s.frameworks])).toEqual([
      ['.', 'node', 'function', ['Architect']],
      ['reports', 'python', 'function', ['Architect']],
    ]);
    expect(facts.services[0]?.evidence).toContainEqual(
      expect.objectContaining({
        file: 'app.arc',
        line: 4,
        detail: 'deploys the Architect functions of @http, @events (nodejs20.x)',
      }),
    );
    const paths = facts.services.map((s) => s.path);
    for (const none of ['tables', 'examples/hello', 'src/http/get-index', 'src/shared'])
      expect(paths).not.toContain(none);
  });
});

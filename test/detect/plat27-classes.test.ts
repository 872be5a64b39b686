import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { appManifestFunctions } from '../../src/detect/manifests/app-manifests.js';
import { handlerManifests, handlerStrings } from '../../src/detect/handler-strings.js';
import { parseFunctionSources } from '../../src/detect/manifests/function-sources.js';
import { parseFunctionEntry } from '../../src/detect/manifests/function-entries.js';
import { manifestKindOf } from '../../src/knowledge/manifest-files.js';
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

  it('each app is one function service at its folder; route folders are its parts, a tables-only app is none', async () => {
    const facts = await factsOf('architect-apps');
    // the example deploys itself by its own app.arc and tries no package of the repository: an app of its own
    expect(facts.services.map((s) => [s.path, s.current, s.kind, s.frameworks])).toEqual([
      ['.', 'node', 'function', ['Architect']],
      ['examples/hello', 'node', 'function', ['Architect']],
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
    for (const none of ['tables', 'src/http/get-index', 'src/shared']) expect(paths).not.toContain(none);
  });
});

describe('functions named by handler strings in infrastructure code: SST (issue 25)', () => {
  const strings = (file: string, text: string) =>
    handlerStrings(file, text, undefined).map((h) => [h.line, h.module, h.exported, h.option]);

  it('reads `<file>.<export>` strings of a file with an SST global or import, but module paths, file names and comments', () => {
    const v3 = [
      "import { bucket } from './storage.js';",
      "const api = new sst.aws.ApiGatewayV2('Api', { domain: 'api.example.com' });",
      "api.route('GET /', 'packages/functions/src/api.list');",
      "// api.route('GET /old', 'packages/functions/src/old.handler');",
      "new sst.aws.Function('Fn', { handler: \"src/jobs.run\", copyFiles: [{ from: './package.json' }] });",
    ].join('\n');
    expect(strings('infra/api.ts', v3)).toEqual([
      [2, 'api.example', 'com', false],
      [3, 'packages/functions/src/api', 'list', false],
      [5, 'src/jobs', 'run', true],
    ]);
    const v2 =
      "import { Api } from 'sst/constructs';\nnew Api(stack, 'a', { routes: { 'GET /': 'services/lambda.main' } });";
    expect(strings('stacks/A.ts', v2)).toEqual([[2, 'services/lambda', 'main', false]]);
    // no SST in the file: an Express app's or a CDK stack's strings are none of SST's
    expect(strings('src/app.ts', "app.get('/', handler);\nconst h = 'src/x.handler';")).toEqual([]);
    expect(strings('infra/thumbnail.py', "handler = 'sst.aws.x'\nh = 'src/x.handler'")).toEqual([]);
  });

  it('a string naming a file of the tree deploys the project holding it; a `handler:` naming none is a warning', () => {
    const found = [
      ...handlerStrings(
        'sst.config.ts',
        "new sst.aws.Function('A', { handler: 'packages/fn/src/a.handler' });",
        undefined,
      ),
      ...handlerStrings(
        'sst.config.ts',
        "new sst.aws.Function('B', { handler: 'packages/fn/src/b.handler' });",
        undefined,
      ),
      ...handlerStrings('sst.config.ts', "new sst.aws.Function('C', { handler: 'py/job.handler' });", undefined),
      ...handlerStrings('sst.config.ts', "new sst.aws.Router('R', { domain: 'app.example.com' });", undefined),
    ];
    const paths = [
      'sst.config.ts',
      'packages/fn/package.json',
      'packages/fn/src/a.ts',
      'py/job.py',
      'py/requirements.txt',
    ];
    const { manifests, warnings } = handlerManifests(found, paths);
    expect(manifests.flatMap((m) => m.functions ?? []).map((f) => [f.dir, f.backend, f.detail])).toEqual([
      ['packages/fn', 'node', 'SST handler packages/fn/src/a.handler deploys packages/fn'],
      ['py', 'python', 'SST handler py/job.handler deploys py'],
    ]);
    expect(warnings).toEqual([
      {
        file: 'sst.config.ts',
        message: 'line 1: the SST handler packages/fn/src/b.handler names no file the scan sees; no service for it',
      },
    ]);
    // with no app file above, no path is resolved
    expect(handlerManifests(found, paths.slice(1)).manifests).toEqual([]);
  });

  it('v3 and v2 apps: each handler project is a function service; the apps, a library and an example app are none', async () => {
    const facts = await factsOf('sst-apps');
    expect(facts.services.map((s) => [s.path, s.current, s.kind, s.frameworks])).toEqual([
      ['legacy/services', 'node', 'function', ['SST']],
      ['packages/functions', 'node', 'function', ['SST']],
      ['packages/images', 'python', 'function', ['SST']],
    ]);
    expect(facts.services.find((s) => s.path === 'packages/functions')?.evidence).toContainEqual(
      expect.objectContaining({
        file: 'infra/queue.ts',
        line: 5,
        detail: 'SST handler packages/functions/src/jobs.consume deploys packages/functions',
      }),
    );
    const paths = facts.services.map((s) => s.path);
    for (const none of ['.', 'legacy', 'packages/core', 'examples/starter']) expect(paths).not.toContain(none);
    expect(facts.warnings).toContainEqual({
      file: 'sst.config.ts',
      message:
        'line 18: the SST handler packages/functions/src/export.handler names no file the scan sees; no service for it',
    });
  });
});

describe("function folders below a project file's root: WeChat cloud functions (issue 25)", () => {
  it("project.config.json's cloudfunctionRoot names the folder whose subfolders are functions", () => {
    const read = parseFunctionSources(
      'app/project.config.json',
      '{"miniprogramRoot":"mp/","cloudfunctionRoot":"cloud/"}',
    );
    expect(read.manifest?.functionSources).toEqual({
      platform: 'WeChat Cloud Functions',
      dirs: ['app/cloud'],
      children: true,
    });
    // a mini program without cloud development names none
    expect(parseFunctionSources('project.config.json', '{"miniprogramRoot":"./"}').manifest).toBeUndefined();
  });

  it('each cloud function is a function service, five siblings no collection; a copy outside the root is none', async () => {
    const facts = await factsOf('wechat-cloud-functions');
    expect(facts.services.map((s) => [s.path, s.current, s.kind, s.frameworks])).toEqual(
      ['cart', 'login', 'notify', 'orders', 'pay'].map((f) => [
        `cloudfunctions/${f}`,
        'node',
        'function',
        ['WeChat Cloud Functions'],
      ]),
    );
    expect(facts.notServices).toContainEqual(
      expect.objectContaining({
        path: 'backup/cloudfunctions/report',
        reason: 'no-entry',
        why: 'project.config.json deploys WeChat Cloud Functions from cloudfunctions, not from this one',
      }),
    );
    expect(facts.services.map((s) => s.path)).not.toContain('miniprogram');
  });
});

describe("functions by a platform's folder layout: uniCloud (issue 25)", () => {
  it("a service space's cloudfunctions/<name>/index.js or index.obj.js is a function entry; common/, nested files and plugins are not", () => {
    expect(manifestKindOf('uniCloud-aliyun/cloudfunctions/login/index.js')).toBe('function-entry');
    expect(manifestKindOf('app/uniCloud-tcb/cloudfunctions/orders/index.obj.js')).toBe('function-entry');
    for (const none of [
      'uniCloud-aliyun/cloudfunctions/common/utils/index.js',
      'uniCloud-aliyun/cloudfunctions/center/check/index.js',
      'uni_modules/uni-id-pages/uniCloud/cloudfunctions/uni-id-co/index.obj.js',
      'cloudfunctions/login/index.js',
    ])
      expect(manifestKindOf(none)).not.toBe('function-entry');
    expect(
      parseFunctionEntry('uniCloud-aliyun/cloudfunctions/login/index.js', 'exports.main = async () => 1').manifest
        ?.functions,
    ).toEqual([
      expect.objectContaining({
        dir: 'uniCloud-aliyun/cloudfunctions/login',
        backend: 'node',
        platform: 'uniCloud Functions',
      }),
    ]);
    expect(parseFunctionEntry('uniCloud-aliyun/cloudfunctions/login/index.js', '  \n').manifest).toBeUndefined();
  });

  it('each function folder is a function service, with or without a package.json; the client, shared modules and plugins are none', async () => {
    const facts = await factsOf('unicloud-functions');
    expect(facts.services.map((s) => [s.path, s.current, s.kind, s.frameworks])).toEqual([
      ['uniCloud-aliyun/cloudfunctions/login', 'node', 'function', ['uniCloud Functions']],
      ['uniCloud-aliyun/cloudfunctions/orders', 'node', 'function', ['uniCloud Functions']],
      ['uniCloud-tcb/cloudfunctions/stats', 'node', 'function', ['uniCloud Functions']],
    ]);
  });
});

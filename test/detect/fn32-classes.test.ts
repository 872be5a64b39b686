import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { detect } from '../../src/detect/index.js';
import { stackFunctions } from '../../src/detect/function-stacks.js';
import { cliFunctionDeploys } from '../../src/detect/manifests/cli-deploys.js';
import { parseShellScript, parseWorkflow } from '../../src/detect/manifests/deploy.js';
import { listedFunctions } from '../../src/detect/manifests/function-lists.js';
import { parsePackageJson, stripJsonc } from '../../src/detect/manifests/node.js';
import { scan } from '../../src/scan/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const factsOf = async (name: string) => detect(await scan(path.join(FIXTURES, name)));
const servicesOf = (facts: Awaited<ReturnType<typeof factsOf>>) =>
  facts.services.map((s) => `${s.path} ${s.current} ${s.kind}`).sort();
const SETTINGS = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
/** Every folder apart from the services, with its reason (`components` of the report). */
const componentsOf = async (name: string) =>
  (await analyze({ root: path.join(FIXTURES, name), settings: SETTINGS, now: new Date('2026-12-08') })).components.map(
    (c) => `${c.path} ${c.reason}`,
  );
const listed = (file: string, text: string) =>
  listedFunctions(file, text).map((f) => `${f.dir} ${f.backend ?? f.otherRuntime ?? '-'}`);
const script = { from: 'root', bare: true } as const;
const deployed = (file: string, text: string) =>
  cliFunctionDeploys(file, text, path.posix.dirname(file), script).map(
    (f) => `${f.dir}${f.besideFile ? `|${f.besideFile}` : ''} ${f.backend ?? f.otherRuntime ?? '-'}`,
  );

describe('Apache OpenWhisk / IBM Cloud Functions (issue 25, fn32)', () => {
  it("a wskdeploy manifest lists each action at its code file's folder (or its folder), its backend from runtime", () => {
    const manifest = [
      'packages:',
      '  shop:',
      '    actions:',
      '      cart:',
      '        function: actions/cart/index.js',
      '        runtime: nodejs:18',
      '      score:',
      '        function: ml/score',
      '        runtime: python:3.11',
      '      legacy:',
      '        function: old/legacy.js',
      '        runtime: nodejs@10',
      '      hello:',
      '        function: hello.go',
      '        runtime: go:1.21',
      '      bundled:',
      '        function: build/action.zip',
      '    sequences:',
      '      checkout:',
      '        actions: cart, score',
    ].join('\n');
    expect(listed('deploy/manifest.yaml', manifest)).toEqual([
      'deploy/actions/cart node',
      'deploy/ml/score python',
      'deploy/old node',
      'deploy go:1.21',
    ]);
    // the single-package form of the early specification
    const single = 'package:\n  name: hello\n  actions:\n    hello:\n      function: src/hello.js\n';
    expect(listed('manifest.yml', single)).toEqual(['src -']);
  });

  it('controls: a Kubernetes or other tool manifest named manifest.yaml lists no action', () => {
    const configMap =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  actions: "a,b"\n  function: "f"\n';
    expect(listed('manifest.yaml', configMap)).toEqual([]);
    // a manifest whose actions name no code (a sequence, a Docker action) deploys none of the tree
    expect(listed('manifest.yaml', 'packages:\n  p:\n    actions:\n      img:\n        docker: org/img\n')).toEqual([]);
    expect(listed('manifest.yaml', 'packages: [\n')).toEqual([]);
  });

  it('the CLI creates an action from a file: its folder, the backend from --kind or the file', () => {
    const text = [
      'wsk action update shop/cart actions/cart/index.js --kind nodejs:18 --web true',
      'ibmcloud fn action create shop/score score/__main__.py --kind python:3.11',
      'bx wsk action update shop/tag tag/tag.py',
      'wsk -i action update hello hello/hello.go',
      // no code of the tree: a sequence, and an action missing its file word
      'wsk action create shop/checkout --sequence shop/cart,shop/score',
      'wsk action update shop/img --docker org/img',
      'wsk action invoke shop/cart --result',
    ].join('\n');
    expect(deployed('deploy.sh', text)).toEqual(['actions/cart node', 'score python', 'tag python', 'hello -']);
  });

  it("a script's file with no folder part is beside the script; a relative one is read from the root, then from the script's folder", () => {
    expect(deployed('fn/hash/update.sh', 'wsk action update hash __main__.py --kind python:3\n')).toEqual([
      'fn/hash python',
    ]);
    expect(deployed('fn/update.sh', 'wsk action update hash hash/hash.js\n')).toEqual(['hash|fn/hash node']);
  });

  it('fixture: manifest actions, a package script, a script in its folder are functions; the ConfigMap, the sequence and a file the tree lacks are none', async () => {
    const facts = await factsOf('openwhisk-actions');
    expect(servicesOf(facts)).toEqual([
      'actions/tagger python function',
      'actions/thumbnail node function',
      'batch/resize node function',
      'notify node function',
    ]);
    expect(facts.services.find((s) => s.path === 'actions/thumbnail')?.frameworks).toEqual(['Apache OpenWhisk']);
    expect(facts.services.some((s) => s.path === 'cluster' || s.path === '.')).toBe(false);
    // `crop/crop.js` is in no folder of the tree, read from the root or from the script's folder
    expect(facts.services.some((s) => s.path.endsWith('crop'))).toBe(false);
  });
});

describe('Kubernetes function resources: Kubeless, Knative Functions (issue 25, fn32)', () => {
  const fn = (runtime: string, body = '') =>
    `apiVersion: kubeless.io/v1beta1\nkind: Function\nmetadata:\n  name: f\nspec:\n  runtime: ${runtime}\n  handler: f.main\n${body}`;

  it('a Function resource (among other documents) is a function at its file folder, its backend from spec.runtime', () => {
    const trigger = 'apiVersion: kubeless.io/v1beta1\nkind: HTTPTrigger\nmetadata:\n  name: f\nspec:\n  path: f\n';
    expect(listed('k8s/fn/function.yaml', `${fn('python3.9')}---\n${trigger}`)).toEqual(['k8s/fn python']);
    expect(listed('hello.yml', fn('nodejs14', '  function: |\n    module.exports = {};\n'))).toEqual(['. node']);
    expect(listed('hello.yml', fn('go1.14'))).toEqual(['. go1.14']);
  });

  it("controls: the controller's CRD, a trigger alone and a plain workload are none", () => {
    const crd =
      'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: functions.kubeless.io\nspec:\n  group: kubeless.io\n  names:\n    kind: Function\n';
    expect(listed('install/crd.yaml', crd)).toEqual([]);
    expect(listed('t.yaml', 'apiVersion: kubeless.io/v1beta1\nkind: HTTPTrigger\nspec:\n  function-name: f\n')).toEqual(
      [],
    );
    expect(listed('deploy/app.yaml', 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 2\n')).toEqual([]);
  });

  it('the kubeless CLI deploys the file it is given from its folder', () => {
    expect(
      deployed(
        'fns/deploy.sh',
        'kubeless function deploy resize --runtime nodejs14 --handler resize.handler --from-file img/resize.js\n',
      ),
    ).toEqual(['img|fns/img node']);
    expect(
      deployed('fns/hash/invoke.sh', 'kubeless function deploy hash --from-file ./handler.py --runtime python3.8\n'),
    ).toEqual(['fns/hash python']);
  });

  it('a Knative func.yaml is a function at its folder; a TypeScript runtime leaves the backend to the code', () => {
    expect(listed('quote/func.yaml', 'specVersion: 0.36.0\nname: quote\nruntime: python\n')).toEqual(['quote python']);
    expect(listed('a/func.yaml', 'specVersion: 0.36.0\nname: a\nruntime: typescript\n')).toEqual(['a -']);
    expect(listed('a/func.yaml', 'specVersion: 0.36.0\nname: a\nruntime: go\n')).toEqual(['a go']);
    // a func.yaml of another tool (no specVersion) is none
    expect(listed('a/func.yaml', 'name: a\nruntime: python\n')).toEqual([]);
  });

  it('fixture: inline, beside-the-code and Knative functions; the CRD makes none', async () => {
    const facts = await factsOf('kubeless-functions');
    expect(servicesOf(facts)).toEqual(['functions python function', 'quote python function', 'resize node function']);
    expect(facts.services.find((s) => s.path === 'quote')?.frameworks).toEqual(['Knative Functions']);
    expect(facts.services.some((s) => s.path === 'install')).toBe(false);
  });
});

describe('Yandex Cloud Functions from package scripts and built folders (issue 25, fn32)', () => {
  it("a package.json script's deploy is read from the package's folder, its line the script's", () => {
    const text = JSON.stringify(
      {
        name: 'bot',
        scripts: {
          deploy:
            'yc serverless function version create --function-name=bot --runtime nodejs18 --entrypoint index.handler --source-path .',
          'deploy:gcf': 'gcloud functions deploy hook --runtime python311 --trigger-http --source hook',
          list: 'yc serverless function list',
        },
      },
      null,
      2,
    );
    const functions = parsePackageJson('bots/tg/package.json', text).manifest?.functions ?? [];
    expect(functions.map((f) => `${f.dir} ${f.backend} ${f.line}`)).toEqual([
      'bots/tg node 4',
      'bots/tg/hook python 5',
    ]);
    // a package with no deploying script has no functions at all
    expect(
      parsePackageJson('package.json', '{"scripts":{"start":"node index.js"}}').manifest?.functions,
    ).toBeUndefined();
  });

  it('a trailing comma before a comment is dropped, so such a tsconfig is read', () => {
    expect(JSON.parse(stripJsonc('{ "a": 1, /* why */ }'))).toEqual({ a: 1 });
    expect(JSON.parse(stripJsonc('{ "a": [1, // last\n ] }'))).toEqual({ a: [1] });
    expect(JSON.parse(stripJsonc('{ "a": "x,/*y*/", "b": 2 }'))).toEqual({ a: 'x,/*y*/', b: 2 });
  });

  it('fixture: script, Makefile, built-folder and deploy-fn deploys are functions; a listing script with the SDK client none', async () => {
    const facts = await factsOf('yandex-function-scripts');
    expect(servicesOf(facts)).toEqual([
      'alerts node function',
      'bot node function',
      'digest node function',
      'reports python function',
    ]);
    expect(await componentsOf('yandex-function-scripts')).toEqual(['inventory no-server']);
    expect(facts.services.some((s) => s.path.endsWith('dist'))).toBe(false);
  });

  it('the shell script reads the built folder from the root, then from its own folder', () => {
    const parsed = parseShellScript(
      'digest/deploy.sh',
      'yc serverless function version create --runtime nodejs18 --source-path ./dist\n',
    );
    expect(parsed.manifest?.functions?.map((f) => [f.dir, f.besideFile])).toEqual([['dist', 'digest/dist']]);
  });
});

describe('Pulumi API gateway routes with closures (issue 25, fn32)', () => {
  const program = (routes: string) =>
    `import * as awsx from '@pulumi/awsx';\nconst api = new awsx.apigateway.API('api', {\n  routes: [\n${routes}\n  ],\n});\n`;
  const inline = (routes: string) =>
    stackFunctions('infra/index.ts', program(routes), undefined, [{ module: '@pulumi/awsx' }]).filter(
      (f) => f.path?.value === '.',
    ).length;

  it('a route whose eventHandler is a closure or a factory call deploys the program folder', () => {
    expect(inline("    { path: '/', method: 'GET', eventHandler: async (event) => ({ statusCode: 200 }) },")).toBe(1);
    expect(inline("    { path: '/', method: 'GET', eventHandler: (e) => ok(e) },")).toBe(1);
    expect(inline("    { path: '/', method: 'GET', eventHandler: handlers.hello() },")).toBe(1);
    expect(inline("    { path: '/', eventHandler: function (e) { return 1; } },")).toBe(1);
  });

  it('controls: static and proxy routes, and a handler that is another construct, deploy no program code', () => {
    expect(inline("    { path: '/', localPath: 'www' },\n    { path: '/x', target: { uri: 'https://x' } },")).toBe(0);
    expect(inline("    { path: '/', method: 'GET', eventHandler: thumbs },")).toBe(0);
    expect(inline("    { path: '/', method: 'GET', eventHandler: new aws.lambda.Function('f', {}) },")).toBe(0);
  });

  it('fixture: the closure program is a function, an archive handler its folder; a static-only program is infrastructure', async () => {
    const facts = await factsOf('pulumi-api-routes');
    expect(servicesOf(facts)).toEqual(['hooks node function', 'thumbs/handler python function']);
    expect(await componentsOf('pulumi-api-routes')).toEqual(['site infrastructure', 'thumbs/infra infrastructure']);
  });
});

describe('gcloud functions deploy --source . from a script beside its code (issue 25, fn32)', () => {
  const deploy =
    'gcloud functions deploy story --gen2 --runtime python311 --trigger-http --entry-point story --source .';

  it("`--source .` is the folder the command runs in, as naming no source is: a script's own, or where its cd leads", () => {
    expect(deployed('story/deploy.sh', `${deploy}\n`)).toEqual(['story python']);
    expect(deployed('deploy.sh', `cd fn/story && ${deploy}\n`)).toEqual(['fn/story python']);
    // a named folder is read as before (from the root, then from the script's folder)
    expect(deployed('story/deploy.sh', `${deploy.replace('--source .', '--source src')}\n`)).toEqual([
      'src|story/src python',
    ]);
  });

  it('control: a CI step runs at the root, so its `--source .` stays the root', () => {
    const workflow = `jobs:\n  d:\n    steps:\n      - run: ${deploy}\n`;
    expect(parseWorkflow('.github/workflows/deploy.yml', workflow).manifest?.functions?.map((f) => f.dir)).toEqual([
      '.',
    ]);
  });
});

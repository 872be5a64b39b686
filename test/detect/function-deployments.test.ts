import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { stackFunctions, stackManifests } from '../../src/detect/function-stacks.js';
import { parseManifests } from '../../src/detect/manifests/index.js';
import { deriveServerKnowledge } from '../../src/knowledge/servers/derive.js';
import type { ServerRecord } from '../../src/knowledge/servers/types.js';
import { scan } from '../../src/scan/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const factsOf = async (name: string) => detect(await scan(path.join(FIXTURES, name)));

describe('functions named by deployment files (issue 25)', () => {
  it('a CDK stack: string paths resolve from cdk.json or __dirname; a computed one is a warning, a Java one no service', async () => {
    const facts = await factsOf('cdk-functions');
    expect(facts.services.map((s) => [s.path, s.current, s.kind])).toEqual([
      ['pipeline/functions/ingest', 'python', 'function'],
      ['services/orders', 'python', 'function'],
      ['services/webhook', 'node', 'function'],
    ]);
    expect(facts.services.find((s) => s.path === 'services/orders')?.evidence[0]).toMatchObject({
      file: 'infra/lib/api-stack.ts',
      line: 14,
    });
    expect(facts.services.map((s) => s.path)).not.toContain('services/resizer');
    expect(facts.warnings).toEqual([
      {
        file: 'infra/lib/api-stack.ts',
        message: expect.stringMatching(
          /^line 33: a NodejsFunction \(AWS CDK\) deploys code from a computed path \(auditHandler\)/,
        ),
      },
    ]);
  });

  it('a CDK stack among examples deploys an example: none of its functions, and no warning for its paths', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'bf-cdk-example-'));
    try {
      const stack = readFileSync(path.join(FIXTURES, 'cdk-functions/infra/lib/api-stack.ts'), 'utf8');
      for (const [file, text] of Object.entries({
        'examples/shop/cdk.json': '{ "app": "npx ts-node bin/app.ts" }\n',
        'examples/shop/lib/api-stack.ts': stack,
        'examples/shop/services/orders/handler.py': 'def handler(event, context):\n    return {}\n',
      })) {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), text);
      }
      const facts = detect(await scan(root));
      expect(facts.services).toEqual([]);
      expect(facts.warnings).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('an Azure Functions v1-v3 app: one service per folder holding host.json, its backend from scriptFile', async () => {
    const facts = await factsOf('azure-functions-v3');
    expect(facts.services.map((s) => [s.path, s.current, s.kind])).toEqual([
      ['api', 'node', 'function'],
      ['reports', 'python', 'function'],
    ]);
    expect(facts.services[0]!.evidence.map((e) => e.detail)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('HTTP-triggered function HttpOrders'),
        expect.stringContaining('queueTrigger (triggered) function QueueCleanup'),
      ]),
    );
    // a C# app and a function.json with no host.json above it are nobody's service, nor a candidate
    expect(facts.notServices).toEqual([]);
  });

  it('a Lambda container image: the Dockerfile folder is a function of the base image backend', async () => {
    const facts = await factsOf('lambda-container');
    expect(facts.services.map((s) => [s.path, s.current, s.kind, s.frameworks])).toEqual([
      ['notifier', 'node', 'function', ['AWS Lambda']],
      ['thumbnailer', 'python', 'function', ['AWS Lambda']],
    ]);
  });

  it('only the last stage of a Dockerfile decides: a Lambda image used to build is no function', () => {
    const [parsed] = parseManifests(
      'dockerfile',
      'web/Dockerfile',
      'FROM public.ecr.aws/lambda/python:3.12 AS deps\nRUN pip install -t /out flask\nFROM nginx:1.27\nCOPY --from=deps /out /srv\n',
    );
    expect(parsed!.manifest?.functions).toBeUndefined();
  });

  it('a function.json with no trigger deploys nothing; one that is no JSON is one warning naming it', () => {
    expect(
      parseManifests('function-app', 'app/F/function.json', '{"bindings":[{"type":"blob","direction":"in"}]}'),
    ).toEqual([{ warnings: [] }]);
    const [bad] = parseManifests('function-app', 'app/F/function.json', '{"bindings": [');
    expect(bad!.warnings).toEqual([{ file: 'app/F/function.json', message: expect.stringMatching(/JSON/) }]);
  });

  it('a SAM template of any name is read by its content; other YAML and JSON, and documentation, deploy nothing', async () => {
    const scanned = await scan(path.join(FIXTURES, 'sam-any-name'));
    const kinds = Object.fromEntries(
      scanned.files.map((f) => [f.path, f.role === 'manifest' ? f.manifestKind : f.role]),
    );
    expect(kinds).toMatchObject({
      'ops/shop-functions.yml': 'template-candidate',
      'ops/alarms.yaml': 'template-candidate',
      'web/i18n.json': 'template-candidate',
      // not read at all: documentation
      'docs/example-functions.yaml': 'other',
    });
    const facts = detect(scanned);
    expect(
      facts.manifests
        .filter((m) => m.functions)
        .map((m) => [m.file, m.functions!.map((f) => [f.dir, f.backend, f.line])]),
    ).toEqual([
      [
        'ops/shop-functions.yml',
        [
          ['src/api', 'node', 22],
          ['workers', 'python', 38],
        ],
      ],
    ]);
    expect(facts.warnings).toEqual([]);
  });

  it('a YAML or JSON file too big to be a template is left unread without a warning', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bf-template-'));
    try {
      writeFileSync(path.join(dir, 'data.json'), JSON.stringify({ rows: 'x'.repeat(600 * 1024) }));
      const scanned = await scan(dir);
      expect(scanned.warnings).toEqual([]);
      expect(scanned.files.find((f) => f.path === 'data.json')?.text).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the usual ways a stack writes a path, and says which it cannot follow', () => {
    const stack = (construct: string) =>
      stackFunctions('app/stack.py', `from aws_cdk import aws_lambda as _lambda\n\n${construct}\n`, undefined, [
        { module: 'aws_cdk' },
      ]);
    const one = (construct: string) => {
      const [fn] = stack(construct);
      return fn && { path: fn.path, computed: fn.computed, backend: fn.backend, otherRuntime: fn.otherRuntime };
    };
    expect(
      one(
        'fn = _lambda.Function(self, "A", runtime=_lambda.Runtime.PYTHON_3_12, code=_lambda.Code.from_asset(path="lambda/a"))',
      ),
    ).toEqual({
      path: { value: 'lambda/a', from: 'app', names: 'folder' },
      computed: undefined,
      backend: 'python',
      otherRuntime: undefined,
    });
    expect(
      one(
        '_lambda.Function(self, "B", code=_lambda.Code.from_asset(os.path.join(os.path.dirname(__file__), "..", "fn/")), runtime=_lambda.Runtime.GO_1_X)',
      ),
    ).toMatchObject({
      path: { value: '../fn', from: 'file' },
      otherRuntime: 'GO_1_X',
    });
    expect(
      one('_lambda.Function(self, "C", code=_lambda.Code.from_asset(os.path.join("./", "handler")))'),
    ).toMatchObject({
      path: { value: 'handler', from: 'app' },
    });
    expect(one('_lambda.Function(self, "D", code=_lambda.Code.from_asset(lambda_dir))')).toMatchObject({
      computed: 'lambda_dir',
    });
    // inline code has no folder: no path, nothing computed, so no warning either
    expect(one('_lambda.Function(self, "E", code=_lambda.InlineCode("def handler(e, c): pass"))')).toMatchObject({
      path: undefined,
      computed: undefined,
    });
    expect(
      stackManifests(stack('_lambda.Function(self, "E", code=_lambda.InlineCode("x"))'), ['app/stack.py']),
    ).toEqual({ manifests: [], warnings: [] });
    const [node] = stackFunctions(
      'lib/stack.ts',
      "import { join } from 'path';\nimport { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';\nnew NodejsFunction(this, 'F', { entry: join(__dirname, '/lambdas', 'get.ts') });\n",
      undefined,
      [{ module: 'aws-cdk-lib' }],
    );
    expect(node).toMatchObject({ backend: 'node', path: { value: 'lambdas/get.ts', from: 'file', names: 'file' } });
  });

  it('follows paths computed in the stack file: constants, helpers called with literals, template literals', () => {
    const node = (body: string) =>
      stackFunctions(
        'infra/lib/stack.ts',
        `import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';\n${body}`,
        undefined,
        [{ module: 'aws-cdk-lib' }],
      ).map((fn) => fn.path ?? fn.computed);
    // a constant joined from another, from the stack's folder
    expect(
      node(
        "const ROOT = path.join(__dirname, '..', '..');\nconst HANDLERS = path.join(ROOT, 'backend', 'src');\nnew NodejsFunction(this, 'A', {\n  entry: path.join(HANDLERS, 'a.ts'),\n});\n",
      ),
    ).toEqual([{ value: '../../backend/src/a.ts', from: 'file', names: 'file' }]);
    // a helper's parameter, its calls anywhere in the file (before or after it, by `this.`)
    expect(
      node(
        "class S {\n  constructor() {\n    this.make('A', 'lambda/a/main.ts');\n    this.make('B', 'lambda/b/main.js');\n  }\n  make(id: string, entry: string) {\n    new NodejsFunction(this, id, { entry: entry });\n  }\n}\n",
      ),
    ).toEqual([
      { value: 'lambda/a/main.ts', from: 'app', names: 'file' },
      { value: 'lambda/b/main.js', from: 'app', names: 'file' },
    ]);
    // a template literal: one name per interpolation, with a whole segment of its own
    expect(
      node('function f(scope, name) {\n  new NodejsFunction(scope, name, { entry: `src/${name}/index.mjs` });\n}\n'),
    ).toEqual([{ value: 'src/*/index.mjs', from: 'app', names: 'file', pattern: true }]);
    expect(node('new NodejsFunction(this, id, { entry: `${dir}/${name}` });\n')).toEqual(['`${dir}/${name}`']);
    // a helper called with something computed, or a property: not followed
    expect(node("function f(entry) {\n  new NodejsFunction(this, 'X', { entry });\n}\nf(process.env.E);\n")).toEqual([
      undefined,
    ]);
    expect(
      node("function f(entry) {\n  new NodejsFunction(this, 'X', { entry: entry });\n}\nf(process.env.E);\n"),
    ).toEqual(['entry']);
    expect(node("new NodejsFunction(this, 'X', { entry: props.entry });\n")).toEqual(['props.entry']);
    // Python: a method's keyword argument, `self` not passed
    const [py] = stackFunctions(
      'app/stack.py',
      'from aws_cdk import aws_lambda as _lambda\n\nclass S:\n    def __init__(self):\n        self.make_fn("A", code_dir="lambda/a")\n\n    def make_fn(self, name: str, code_dir: str) -> _lambda.Function:\n        return _lambda.Function(self, name, code=_lambda.Code.from_asset(code_dir))\n',
      undefined,
      [{ module: 'aws_cdk' }],
    );
    expect(py?.path).toEqual({ value: 'lambda/a', from: 'app', names: 'folder' });
  });

  it('a pattern deploys every folder the tree holds that matches; an entry bundled with its project is that project', () => {
    const found = stackFunctions(
      'infra/lib/stack.ts',
      "import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';\nnew NodejsFunction(this, 'J', { entry: `jobs/${n}/index.mjs` });\nnew NodejsFunction(this, 'W', { entry: path.join(__dirname, '../../backend/src/ws/connect.ts') });\n",
      undefined,
      [{ module: 'aws-cdk-lib' }],
    );
    const paths = [
      'infra/cdk.json',
      'infra/package.json',
      'infra/jobs/report/index.mjs',
      'infra/jobs/cleanup/index.mjs',
      'infra/jobs/cleanup/util.mjs',
      'infra/jobs/README.md',
      'backend/package.json',
      'backend/src/ws/connect.ts',
    ];
    expect(stackManifests(found, paths).manifests[0]!.functions!.map((f) => f.dir)).toEqual([
      'infra/jobs/cleanup',
      'infra/jobs/report',
      'backend',
    ]);
    // nothing matches: a warning that says so
    expect(stackManifests(found.slice(0, 1), ['infra/cdk.json']).warnings[0]!.message).toMatch(
      /deploys jobs\/\*\/index\.mjs, which matches nothing the scan sees/,
    );
  });

  it('a made-up platform is one record: its construct is read from a stack and resolved from its app file', () => {
    const edge: ServerRecord = {
      id: 'edge',
      name: 'Acme Edge',
      role: 'function',
      node: { constructs: [{ call: 'EdgeFunction', option: 'entry', entry: 'file', backend: 'node' }] },
      deploys: { appFile: 'edge.json', stackImports: { node: ['@acme/edge'], python: [] } },
    };
    const { stacks } = deriveServerKnowledge([edge]).functionDeployments;
    const text =
      "import { EdgeFunction } from '@acme/edge';\n\nnew EdgeFunction(this, 'Hello', {\n  entry: 'handlers/hello.ts',\n});\n";
    const found = stackFunctions('deploy/stack.ts', text, undefined, [{ module: '@acme/edge' }], stacks);
    expect(found).toMatchObject([
      { construct: 'EdgeFunction', line: 3, backend: 'node', path: { value: 'handlers/hello.ts', from: 'app' } },
    ]);
    // not read where the stack module is not imported
    expect(stackFunctions('deploy/stack.ts', text, undefined, [], stacks)).toEqual([]);
    const { manifests, warnings } = stackManifests(found, ['edge.json', 'deploy/stack.ts', 'handlers/hello.ts']);
    expect(warnings).toEqual([]);
    expect(manifests[0]!.functions).toMatchObject([
      { dir: 'handlers', backend: 'node', platform: 'Acme Edge', line: 3 },
    ]);
    // a path the tree does not hold is no service, with a warning
    expect(stackManifests(found, ['edge.json', 'deploy/stack.ts']).warnings[0]!.message).toMatch(
      /which the scan does not see/,
    );
  });
});

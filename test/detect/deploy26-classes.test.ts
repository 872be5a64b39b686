import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { stackFunctions } from '../../src/detect/function-stacks.js';
import { importedFunctions } from '../../src/detect/manifests/serverless-functions.js';
import { buildsOf, containerCommand, imageName } from '../../src/detect/image-runs.js';
import { segments } from '../../src/detect/command-words.js';
import { parseKubernetes } from '../../src/detect/manifests/deploy.js';
import { parseRunDoc } from '../../src/detect/manifests/run-docs.js';
import { scan } from '../../src/scan/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const factsOf = async (name: string) => detect(await scan(path.join(FIXTURES, name)));

describe('Serverless Framework configs written as code (issue 25)', () => {
  it('counts the functions a config takes from other modules, and not those it defines with a handler', () => {
    const text = [
      'const config = {',
      '  functions: { health, ...admin, report: reportFn, inline: { handler: "src/a.main" } },',
      '};',
    ].join('\n');
    expect(importedFunctions(text).map((f) => f.name)).toEqual(['health', '...admin', 'report: reportFn']);
    expect(importedFunctions('module.exports = { functions: handlers.all };').map((f) => f.name)).toEqual([
      'handlers.all',
    ]);
    expect(importedFunctions('const c = { resources: {}, functions: undefined };')).toEqual([]);
  });

  it('a serverless.ts or serverless.js whose functions are imported is a function service at its folder', async () => {
    const facts = await factsOf('serverless-code-configs');
    expect(facts.services.map((s) => [s.path, s.current, s.kind])).toEqual([
      ['api', 'node', 'function'],
      ['jobs', 'python', 'function'],
    ]);
    expect(facts.services.find((s) => s.path === 'jobs')?.evidence).toContainEqual(
      expect.objectContaining({
        file: 'jobs/serverless.js',
        line: 8,
        detail: 'functions functions, from another module',
      }),
    );
    // a config that deploys a table and no function starts nothing
    expect(facts.services.map((s) => s.path)).not.toContain('tables');
  });
});

describe('functions of infrastructure programs beyond CDK (issue 25)', () => {
  const imports = (...modules: string[]) => modules.map((module) => ({ module }));

  it('a Pulumi construct is named by a string, its code a FileArchive, its runtime a constant or a string', () => {
    const text = [
      "import * as aws from '@pulumi/aws';",
      "const a = new aws.lambda.Function('a', {",
      '  runtime: aws.lambda.Runtime.NodeJS20dX,',
      "  code: new pulumi.asset.FileArchive('../fn/a'),",
      '});',
      "const b = new aws.lambda.Function(`b-${stack}`, { runtime: 'go1.x', code: new pulumi.asset.FileArchive('./b') });",
    ].join('\n');
    const found = stackFunctions('infra/index.ts', text, undefined, imports('@pulumi/aws'));
    expect(found.map((f) => [f.line, f.platform, f.backend ?? f.otherRuntime, f.path?.value])).toEqual([
      [2, 'Pulumi', 'node', '../fn/a'],
      [6, 'Pulumi', 'go1.x', './b'],
    ]);
  });

  it('a CallbackFunction deploys the program itself; a call with no entry deploys the default handler beside it', () => {
    const callback = stackFunctions(
      'events/index.ts',
      "import * as aws from '@pulumi/aws';\nnew aws.lambda.CallbackFunction('f', {\n  callback: async () => 1,\n});",
      undefined,
      imports('@pulumi/aws'),
    );
    expect(callback.map((f) => [f.backend, f.path])).toEqual([['node', { value: '.', from: 'app', names: 'folder' }]]);
    const amplify = stackFunctions(
      'amplify/functions/a/resource.ts',
      "import { defineFunction } from '@aws-amplify/backend';\nexport const a = defineFunction({\n  name: 'a',\n});",
      undefined,
      imports('@aws-amplify/backend'),
    );
    expect(amplify.map((f) => f.path)).toEqual([{ value: './handler.ts', from: 'file', names: 'file' }]);
  });

  it('Python Pulumi programs, and no construct in a file that imports no platform module', () => {
    const py = [
      'import pulumi_aws as aws',
      'fn = aws.lambda_.Function("report",',
      '    runtime="python3.12",',
      '    code=pulumi.AssetArchive({".": pulumi.FileArchive("./report")}))',
    ].join('\n');
    expect(
      stackFunctions('reports/__main__.py', py, undefined, imports('pulumi_aws')).map((f) => [
        f.backend,
        f.path?.value,
      ]),
    ).toEqual([['python', './report']]);
    expect(stackFunctions('reports/__main__.py', py, undefined, imports('pulumi'))).toEqual([]);
  });

  it('each program function is a function service at its code folder; programs and inline code are none', async () => {
    const facts = await factsOf('iac-program-functions');
    expect(facts.services.map((s) => [s.path, s.current, s.kind])).toEqual([
      ['amplify/functions/send-email', 'node', 'function'],
      ['events', 'node', 'function'],
      ['reports/report', 'python', 'function'],
      ['services/search', 'node', 'function'],
      ['services/thumbnails', 'node', 'function'],
    ]);
    expect(facts.services.find((s) => s.path === 'services/thumbnails')?.evidence[0]).toMatchObject({
      file: 'infra/index.ts',
      line: 8,
    });
    expect(facts.warnings).toEqual([]);
  });
});

describe('images built from a folder and run by name (issue 25)', () => {
  it('reads docker build and docker run lines: tags, context, Dockerfile, image and command', () => {
    expect(containerCommand('docker build -f apps/api/Dockerfile . -t api', '.')).toEqual({
      build: [{ image: 'api', tag: 'latest', context: '.', dockerfile: 'apps/api/Dockerfile' }],
    });
    expect(
      containerCommand('docker buildx build --platform linux/amd64 -t reg.io/shop/w:1.2 --tag w ./worker/', 'ops'),
    ).toEqual({
      build: [
        { image: 'reg.io/shop/w', tag: '1.2', context: 'ops/worker', dockerfile: 'ops/worker/Dockerfile' },
        { image: 'w', tag: 'latest', context: 'ops/worker', dockerfile: 'ops/worker/Dockerfile' },
      ],
    });
    expect(
      containerCommand(
        'docker run --rm -e A=1 --name jobs -v $(pwd):/data shop-jobs:latest sh -c "rq worker high"',
        '.',
      ),
    ).toEqual({ run: { image: 'shop-jobs', tag: 'latest', command: 'sh -c "rq worker high"' } });
    expect(containerCommand('docker run --entrypoint celery shop/w -A tasks worker', '.')).toEqual({
      run: { image: 'shop/w', tag: 'latest', command: '-A tasks worker', entrypoint: 'celery' },
    });
    expect(containerCommand('docker compose up --build', '.')).toBeUndefined();
    expect(segments('docker build -t w . && docker run w sh -c "cd /app && rq worker"')).toEqual([
      'docker build -t w .',
      'docker run w sh -c "cd /app && rq worker"',
    ]);
    expect(containerCommand('docker build -t $IMAGE .', '.')).toEqual({ build: [] });
    expect(imageName('docker.io/library/redis:7')).toBe('redis');
    // one repository tagging its app and its worker: a run takes the build of its own tag, else any of its name
    const build = (tag: string) => ({
      image: 'shop',
      tag,
      context: tag,
      dockerfile: `${tag}/Dockerfile`,
      at: { file: 'Makefile', detail: tag },
    });
    const run = (tag: string) => ({ image: 'shop', tag, at: { file: 'k8s.yaml', detail: 'run' } });
    const builds = [build('app'), build('worker')];
    expect(buildsOf(run('worker'), builds).map((b) => b.context)).toEqual(['worker']);
    expect(buildsOf(run('1.4'), builds).map((b) => b.context)).toEqual(['app', 'worker']);
    expect(imageName('localhost:5000/shop/api@sha256:abc123')).toBe('localhost:5000/shop/api');
  });

  it('a README command continued over several lines is one command, at its first line', () => {
    const readme = [
      '# Jobs',
      '',
      '```sh',
      'docker run --rm \\',
      '  -e A=1 \\',
      '  shop-jobs rq worker',
      'rq info',
      '```',
    ].join('\n');
    expect(parseRunDoc('README.md', readme).manifest?.processes?.map((p) => [p.line, p.command])).toEqual([
      [4, 'docker run --rm -e A=1 shop-jobs rq worker'],
      [7, 'rq info'],
    ]);
  });

  it('a workload command replaces the entrypoint and drops the CMD; args alone replace the CMD; init containers are left out', () => {
    const text = [
      'kind: Deployment',
      'spec:',
      '  template:',
      '    spec:',
      '      initContainers:',
      '        - name: wait',
      '          image: busybox',
      '          command: [sh, -c, "sleep 5"]',
      '      containers:',
      '        - name: w',
      '          image: shop/w:1',
      '          command: [sh, -c]',
      '          args: ["celery -A tasks worker"]',
      '        - name: a',
      '          image: shop/a:1',
      '          args: [--port, "80"]',
    ].join('\n');
    const containers = parseKubernetes('k8s/app.yaml', text).manifest?.containers;
    expect(containers).toEqual([
      {
        file: 'k8s/app.yaml',
        line: 11,
        detail: 'Deployment container w runs image shop/w:1',
        image: 'shop/w:1',
        entrypoint: 'sh -c "celery -A tasks worker"',
        command: '',
      },
      {
        file: 'k8s/app.yaml',
        line: 15,
        detail: 'Deployment container a runs image shop/a:1',
        image: 'shop/a:1',
        command: '--port 80',
      },
    ]);
  });

  it('each run of a built image is traced into the build folder: a Kubernetes workload, a README docker run, a compose service', async () => {
    const facts = await factsOf('image-built-and-run');
    expect(facts.services.map((s) => [s.path, s.current, s.kind])).toEqual([
      ['api', 'node', 'http'],
      ['api', 'node', 'worker'],
      ['jobs', 'python', 'worker'],
      ['worker', 'python', 'worker'],
    ]);
    const entries = (path: string) => facts.services.filter((s) => s.path === path).flatMap((s) => s.entry ?? []);
    expect(entries('worker')[0]).toMatchObject({ file: 'deploy/k8s/worker.yaml', line: 21 });
    expect(entries('worker')[0]?.detail).toContain('built from worker by Makefile target images');
    expect(entries('jobs')[0]).toMatchObject({ file: 'README.md', line: 11 });
  });
});

describe('Terraform functions whose zip is not in the tree (issue 25)', () => {
  it("places the code at the one folder near the configuration holding the handler's module, else says why not", async () => {
    const facts = await factsOf('terraform-unbuilt-zips');
    expect(facts.services.map((s) => [s.path, s.current, s.kind])).toEqual([
      ['functions/ingest', 'python', 'function'],
      ['notify', 'node', 'function'],
    ]);
    expect(facts.services[0]!.entry?.[0]?.detail).toBe(
      "aws_lambda_function.ingest deploys functions/ingest (python3.12), the one folder near it holding the handler's module functions/ingest/main.py",
    );
    expect(facts.warnings.map((w) => w.message)).toEqual([
      'line 39: aws_lambda_function "report" (AWS Lambda) deploys code from a computed path ("report.zip"); its folder is not known; 2 folders near it hold its handler\'s module (jobs/daily/job.py, jobs/weekly/job.py), so it is no service here (declare it in the config\'s services)',
    ]);
  });
});

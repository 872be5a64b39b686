import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { listedFunctions } from '../../src/detect/manifests/function-lists.js';
import { manifestKindOf } from '../../src/knowledge/manifest-files.js';
import { scan } from '../../src/scan/index.js';
import { stackFunctions } from '../../src/detect/function-stacks.js';
import { extractPythonImports } from '../../src/detect/imports/python.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const factsOf = async (name: string) => detect(await scan(path.join(FIXTURES, name)));

describe('function platforms whose project file lists the functions (issue 25, fn28)', () => {
  it('cloudbaserc.json: each function from <functionRoot>/<name>, the runtime on it or under its config', () => {
    const text = JSON.stringify({
      functionRoot: './src/func',
      functions: [
        { name: 'migrate', runtime: 'Nodejs10.15', handler: 'index.main' },
        { name: 'report', config: { runtime: 'Python3.9' } },
        { name: 'legacy', runtime: 'Go1' },
        { timeout: 5 },
      ],
    });
    expect(listedFunctions('web/cloudbaserc.json', text).map((f) => [f.dir, f.backend, f.otherRuntime])).toEqual([
      ['web/src/func/migrate', 'node', undefined],
      ['web/src/func/report', 'python', undefined],
      ['web/src/func/legacy', undefined, 'Go1'],
    ]);
    // no functionRoot: the CLI's default folder
    expect(listedFunctions('cloudbaserc.json', '{"functions":[{"name":"app"}]}')).toEqual([
      expect.objectContaining({ dir: 'functions/app', platform: 'Tencent CloudBase' }),
    ]);
  });

  it("DigitalOcean's project.yml: packages/<package>/<function>; another tool's project.yml lists none", () => {
    const text =
      'packages:\n  - name: images\n    functions:\n      - name: resize\n        runtime: "python:default"\n';
    expect(listedFunctions('backend/functions/project.yml', text)).toEqual([
      expect.objectContaining({
        file: 'backend/functions/project.yml',
        line: 4,
        dir: 'backend/functions/packages/images/resize',
        backend: 'python',
        platform: 'DigitalOcean Functions',
      }),
    ]);
    expect(listedFunctions('project.yml', 'name: App\npackages:\n  - name: Alamofire\ntargets: {}\n')).toEqual([]);
    expect(listedFunctions('project.yml', 'packages: [\n')).toEqual([]);
  });

  it("Serverless Devs' s.yaml: edition 1 codeUri and edition 3 code; a custom runtime leaves the backend to the code", () => {
    const v1 =
      'edition: 1.0.0\nservices:\n  framework:\n    component: fc\n    props:\n      function:\n        codeUri: ./code\n        runtime: python3.9\n';
    expect(listedFunctions('s.yaml', v1).map((f) => [f.dir, f.backend])).toEqual([['code', 'python']]);
    const v3 =
      'edition: 3.0.0\nresources:\n  server:\n    component: fc3\n    props:\n      code: ./code\n      runtime: custom.debian10\n  zipped:\n    component: fc3\n    props:\n      code: ./dist/fn.zip\n      runtime: nodejs18\n';
    const [custom, ...rest] = listedFunctions('s.yaml', v3);
    expect(custom).toMatchObject({ dir: 'code', platform: 'Alibaba Function Compute' });
    expect(custom).not.toHaveProperty('backend');
    expect(custom).not.toHaveProperty('otherRuntime');
    expect(rest).toEqual([]);
    // the files are read as platform files, whatever folder they sit in
    for (const file of ['s.yaml', 'cloudbaserc.json', 'functions/project.yml'])
      expect(manifestKindOf(file)).toBe('platform');
  });

  it('each listed function folder is a function service; unlisted, archived and other runtimes are none', async () => {
    const facts = await factsOf('function-lists');
    expect(facts.services.map((s) => [s.path, s.current, s.kind])).toEqual([
      ['cloudbase/cloudfunctions/comments', 'node', 'function'],
      ['cloudbase/cloudfunctions/report', 'python', 'function'],
      ['do-functions/packages/api/hello', 'node', 'function'],
      ['do-functions/packages/api/thumbs', 'python', 'function'],
      ['fc/api', 'node', 'function'],
      ['fc/web', 'python', 'function'],
    ]);
    expect(facts.services.find((s) => s.path === 'fc/web')?.evidence).toContainEqual(
      expect.objectContaining({
        file: 'fc/s.yaml',
        detail: 'Alibaba Function Compute function fc/web (custom.debian10) from fc/web',
      }),
    );
    const paths = facts.services.map((s) => s.path);
    for (const none of ['cloudbase/cloudfunctions/draft', 'do-functions/packages/api/legacy', 'ios', 'fc'])
      expect(paths).not.toContain(none);
  });
});

describe('a gcloud deploy in a Makefile recipe (issue 25, fn28)', () => {
  it("deploys the Makefile's folder when it names no source: the folder is a function, not the local server it also starts", async () => {
    const facts = await factsOf('gcloud-makefile');
    expect(facts.services.map((s) => [s.path, s.current, s.kind])).toEqual([['.', 'python', 'function']]);
    expect(facts.services[0]?.evidence).toContainEqual(
      expect.objectContaining({
        file: 'Makefile',
        line: 10,
        detail: 'deploys the Google Cloud Functions concat (python311)',
      }),
    );
    expect(facts.services.map((s) => s.path)).not.toContain('ops');
  });
});

describe('Vercel handlers exported in more ways (issue 25, fn28)', () => {
  it("module.exports of a handler taking `request` under api/, or a package's handler re-exported there, is a function", async () => {
    const facts = await factsOf('vercel-request-handler');
    expect(facts.services.map((s) => [s.path, s.current, s.kind])).toEqual([
      ['.', 'node', 'function'],
      ['min', 'node', 'function'],
    ]);
    expect(facts.services[0]?.evidence).toContainEqual(
      expect.objectContaining({ file: 'api/index.js', line: 6, detail: 'exports a Vercel function handler' }),
    );
    expect(facts.services[1]?.evidence).toContainEqual(
      expect.objectContaining({
        file: 'min/api/index.js',
        line: 1,
        detail: "re-exports a package's Vercel function handler",
      }),
    );
    // the project's own code re-exported (a relative path) holds no handler by itself
    expect(facts.services.map((s) => s.path)).not.toContain('lib');
  });
});

describe('managed model endpoints are function platforms (issue 25, fn28)', () => {
  const constructs = (file: string, text: string) =>
    stackFunctions(file, text, undefined, extractPythonImports(text, file)).map((f) => [
      f.construct,
      f.path?.value,
      f.backend,
    ]);

  it('an Azure ML online deployment file of any name deploys its code folder; an endpoint file or a registered asset none', () => {
    const deployment =
      'name: blue\nendpoint_name: e\ncode_configuration:\n  code: ../scoring\n  scoring_script: score.py\n';
    expect(listedFunctions('ml/deploy/blue.yml', deployment)).toEqual([
      expect.objectContaining({ dir: 'ml/scoring', backend: 'python', platform: 'Azure ML online endpoints' }),
    ]);
    // the early format listed deployments in the endpoint's file, the code under `local_path`
    const early =
      'name: e\ndeployments:\n  - name: blue\n    code_configuration:\n      code:\n        local_path: ./onlinescoring/\n      scoring_script: score.py\n';
    expect(listedFunctions('endpoint.yml', early).map((f) => f.dir)).toEqual(['onlinescoring']);
    expect(listedFunctions('endpoint.yml', 'name: e\nauth_mode: key\n')).toEqual([]);
    expect(
      listedFunctions('d.yml', 'code_configuration:\n  code: azureml:scoring:2\n  scoring_script: score.py\n'),
    ).toEqual([]);
    // a file that names code but no scoring script is something else
    expect(listedFunctions('d.yml', 'code_configuration:\n  code: ./src\n')).toEqual([]);
  });

  it("the SDKs' keyword arguments name the code folder, the first keyword included; an estimator (training) is none", () => {
    const azure = [
      'from azure.ai.ml.entities import CodeConfiguration, ManagedOnlineDeployment',
      'd = ManagedOnlineDeployment(name="g", code_configuration=CodeConfiguration(code="./src", scoring_script="score.py"))',
      '',
    ].join('\n');
    expect(constructs('deploy.py', azure)).toEqual([['CodeConfiguration', './src', 'python']]);
    const sagemaker = [
      'from sagemaker.pytorch import PyTorch, PyTorchModel',
      'm = PyTorchModel(',
      '    source_dir="code",',
      '    entry_point="inference.py",',
      ')',
      'e = PyTorch(entry_point="train.py", source_dir=".")',
      '',
    ].join('\n');
    expect(constructs('deploy.py', sagemaker)).toEqual([['PyTorchModel', 'code', 'python']]);
    // not imported from the platform's SDK: a Keras `Model(...)` is no endpoint
    expect(constructs('net.py', 'from tensorflow import keras\nm = keras.Model(inputs=x, outputs=y)\n')).toEqual([]);
  });

  it('each deployed code folder is a Python function service; the training job and an undeployed script are none', async () => {
    const facts = await factsOf('ml-endpoints');
    expect(facts.services.map((s) => [s.path, s.current, s.kind])).toEqual([
      ['azure-cli/onlinescoring', 'python', 'function'],
      ['azure-sdk/src', 'python', 'function'],
      ['sagemaker/code', 'python', 'function'],
    ]);
    const paths = facts.services.map((s) => s.path);
    for (const none of ['training', 'drafts', 'azure-cli', 'sagemaker', '.']) expect(paths).not.toContain(none);
  });
});

describe('Yandex Cloud Functions deployed with the yc CLI (issue 25, fn28)', () => {
  it('a folder, or the folder the script zips, is a function; an archive built elsewhere is none', async () => {
    const facts = await factsOf('yandex-functions');
    expect(facts.services.map((s) => [s.path, s.current, s.kind])).toEqual([
      ['bot', 'python', 'function'],
      ['notify', 'node', 'function'],
    ]);
    expect(facts.services[0]?.evidence).toContainEqual(
      expect.objectContaining({
        file: 'deploy.sh',
        line: 8,
        detail: 'deploys the Yandex Cloud Functions quiz-bot (python312)',
      }),
    );
    expect(facts.services.map((s) => s.path)).not.toContain('report');
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { devEnvironment } from '../../src/detect/demo-images.js';
import { parseAppFile } from '../../src/detect/manifests/app-files.js';
import {
  parseCloudFormation,
  parseDockerfile,
  parseKubernetes,
  parseTemplateCandidate,
  parseWorkflow,
} from '../../src/detect/manifests/deploy.js';
import { listedFunctions } from '../../src/detect/manifests/function-lists.js';
import { manifestKindOf } from '../../src/knowledge/manifest-files.js';
import { SERVER_KNOWLEDGE } from '../../src/knowledge/servers/index.js';
import { scan } from '../../src/scan/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const factsOf = async (name: string) => detect(await scan(path.join(FIXTURES, name)));
const servicesOf = (facts: Awaited<ReturnType<typeof factsOf>>) =>
  facts.services.map((s) => `${s.path} ${s.current} ${s.kind}`).sort();

describe('Nuclio function folders (issue 25, l32)', () => {
  const spec = (head: string) =>
    `${head}metadata:\n  name: resize\nspec:\n  runtime: "python:3.9"\n  handler: main:handler\n`;

  it('a function.yaml whose spec names a runtime and a handler deploys its own folder', () => {
    const fns = listedFunctions(
      'functions/resize/function.yaml',
      spec('apiVersion: "nuclio.io/v1"\nkind: "NuclioFunction"\n'),
    );
    expect(fns.map((f) => [f.dir, f.backend, f.platform])).toEqual([['functions/resize', 'python', 'Nuclio']]);
    // the documented form without apiVersion, and the GPU variant's file name
    expect(listedFunctions('gpu/function-gpu.yaml', spec('')).map((f) => f.dir)).toEqual(['gpu']);
  });

  it('controls: another tool under the same file name, or a spec with no handler, deploys no Nuclio function', () => {
    const kubeless = spec('apiVersion: kubeless.io/v1beta1\nkind: Function\n');
    expect(listedFunctions('hello/function.yaml', kubeless).filter((f) => f.platform === 'Nuclio')).toEqual([]);
    const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  runtime: python\n';
    expect(listedFunctions('k8s/function.yaml', configMap)).toEqual([]);
    expect(listedFunctions('x/function.yaml', 'spec:\n  runtime: python:3.9\n')).toEqual([]);
  });

  it('fixture: three function folders, Python and Node.js by runtime; the ConfigMap is nothing', async () => {
    expect(servicesOf(await factsOf('nuclio-function-folders'))).toEqual([
      'functions/notes node function',
      'functions/sentiment python function',
      'functions/thumbnail python function',
    ]);
  });
});

describe('Claudia.js (issue 25, l32)', () => {
  it("claudia.json's lambda is a Node.js function of its folder; a file with no lambda name is none", () => {
    const written = '{ "lambda": { "role": "r-executor", "name": "report", "region": "eu-west-1" } }';
    expect(listedFunctions('jobs/claudia.json', written).map((f) => [f.dir, f.backend, f.platform])).toEqual([
      ['jobs', 'node', 'Claudia.js'],
    ]);
    expect(listedFunctions('claudia.json', '{ "api": { "id": "x" } }')).toEqual([]);
  });

  it('fixture: the API builder, the bot builder and a plain handler are functions; the web client is not', async () => {
    const facts = await factsOf('claudia-api-lambdas');
    expect(servicesOf(facts)).toEqual(['api node function', 'nightly-report node function', 'slack-bot node function']);
    expect(facts.services.some((s) => s.path === 'web')).toBe(false);
  });
});

describe('Wasp apps (issue 25, l32)', () => {
  it('main.wasp with an app declaration is a Node.js project depending on wasp, started by wasp start', () => {
    expect(manifestKindOf('todo/main.wasp')).toBe('app-file');
    expect(manifestKindOf('crm/main.wasp.ts')).toBe('app-file');
    const m = parseAppFile('todo/main.wasp', 'app todo {\n  wasp: { version: "^0.13.0" },\n}\n').manifest;
    expect(m?.ecosystem).toBe('node');
    expect(m?.dependencies.map((d) => `${d.name}:${d.line}`)).toEqual(['wasp:1']);
    expect(m?.scripts).toEqual({ start: 'wasp start' });
    expect(parseAppFile('crm/main.wasp.ts', "const app = new App('crm', {})\n").manifest?.dir).toBe('crm');
  });

  it('control: a main.wasp holding only declarations to paste (no app) declares nothing', () => {
    expect(parseAppFile('docs/main.wasp', 'route R { path: "/", to: P }\n').manifest).toBeUndefined();
  });

  it('fixture: both apps are http services, the one without a package.json too; docs/ is nothing', async () => {
    expect(servicesOf(await factsOf('wasp-apps'))).toEqual(['crm node http', 'todo node http']);
  });
});

describe('data-app serve commands (issue 25, l32)', () => {
  it("a server's serve subcommand is its start, not a static file server's", () => {
    const k = SERVER_KNOWLEDGE;
    expect(k.staticServeCommand.test('panel serve app.py --address 0.0.0.0 --port 80')).toBe(false);
    // the static server itself is still one
    expect(k.staticServeCommand.test('npx serve -s build')).toBe(true);
    expect(k.staticServeCommand.test('serve -s dist -l 3000')).toBe(true);
  });

  it('fixture: Panel in a Dockerfile, Solara in a Procfile and Voila in a compose image are services; a README run is a local UI', async () => {
    const facts = await factsOf('panel-and-voila-serve');
    expect(servicesOf(facts)).toEqual(['dashboard python http', 'explorer python http', 'notebooks python http']);
    expect(facts.notServices.find((n) => n.path === 'sketches')?.reason).toBe('cli');
  });
});

describe('compose files under other names (issue 25, l32)', () => {
  const compose = 'services:\n  consumer:\n    build: pulsar/\n    entrypoint: ["python3", "consumer.py"]\n';

  it('a YAML of Compose keys whose services build or run containers is read as compose, whatever its name or folder', () => {
    for (const parse of [parseTemplateCandidate, parseKubernetes, parseCloudFormation]) {
      const m = parse('deploy/consumer-config.yaml', compose).manifest;
      expect(m?.kind).toBe('compose');
      // an entrypoint with no command is what the container runs
      expect(m?.buildContexts?.map((b) => [b.path, b.command])).toEqual([['deploy/pulsar', 'python3 consumer.py']]);
    }
  });

  it('controls: a CI file of sidecar images, a Helm values file, a Kubernetes object are not compose files', () => {
    const ci = 'services:\n  - name: postgres:16\ntest:\n  script:\n    - pytest\n';
    const values = 'replicaCount: 2\nservices:\n  api:\n    image:\n      repository: acme/api\n';
    const k8s = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports:\n    - port: 80\n';
    for (const text of [ci, values, k8s])
      expect(parseTemplateCandidate('x.yaml', text).manifest?.kind, text).not.toBe('compose');
  });

  it('fixture: the consumer built from pulsar/ and stack.yml services are found', async () => {
    expect(servicesOf(await factsOf('compose-other-names'))).toEqual([
      'api python http',
      'indexer python worker',
      'pulsar python worker',
    ]);
  });
});

describe('supervisord programs with django-rq (issue 25, l32)', () => {
  it("django-rq's management command starts a worker", () => {
    const worker = SERVER_KNOWLEDGE.workerCommands.find((w) => w.pattern.test('python3 manage.py rqworker default'));
    expect(worker?.backend).toBe('python');
  });

  it('fixture: the image supervisord runs is the web app and its rqworker', async () => {
    const facts = await factsOf('supervisord-django-rq');
    expect(servicesOf(facts)).toEqual(['shop python http', 'shop python worker']);
    expect(facts.services.find((s) => s.kind === 'worker')?.frameworks).toEqual(['django-rq']);
  });
});

describe('scheduled CI runs of a long-polling bot (issue 25, l32)', () => {
  const workflow = (on: string, step: string) =>
    `on:\n${on}\njobs:\n  run:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${step}`;

  it("a scheduled workflow's run steps are kept with the folder each runs in", () => {
    const text = workflow(
      '  schedule:\n    - cron: "0 */6 * * *"',
      '      - run: python listen.py\n        working-directory: bot\n      - run: cd tools && python check.py\n',
    );
    expect(
      parseWorkflow('.github/workflows/bot.yml', text).manifest?.scheduledRuns?.map((r) => [r.dir, r.command]),
    ).toEqual([
      ['bot', 'python listen.py'],
      ['tools', 'python check.py'],
    ]);
  });

  it('control: a workflow run on push keeps no run', () => {
    const text = workflow('  push:\n    branches: [main]', '      - run: python listen.py\n');
    expect(parseWorkflow('.github/workflows/ci.yml', text).manifest?.scheduledRuns).toBeUndefined();
  });

  it('fixture: the polling bot is a worker; the scheduled scrape is nothing', async () => {
    const facts = await factsOf('scheduled-polling-bot');
    expect(servicesOf(facts)).toEqual(['listener python worker']);
    expect(facts.notServices.some((n) => n.path === 'scraper')).toBe(false);
  });
});

describe('controls: MCP over stdio, a framework dev box, a Pants workspace (issue 25, l32)', () => {
  it('an image that clones a repository and runs a reloading server is a development box', () => {
    const box = parseDockerfile(
      'dev/Dockerfile',
      'FROM python:3.12\nRUN git clone --depth 1 https://github.com/org/fw.git .\nCMD ["uvicorn", "hello:app", "--reload"]\n',
    ).manifest;
    expect(devEnvironment(box)).toContain('clones https://github.com/org/fw.git');
    // a clone with a production command, or a reloading server with no clone, is no dev box
    const shipped = parseDockerfile(
      'Dockerfile',
      'FROM python:3.12\nRUN git clone https://github.com/org/fw.git .\nCMD ["uvicorn", "app:app"]\n',
    ).manifest;
    expect(devEnvironment(shipped)).toBeUndefined();
    const reload = parseDockerfile(
      'Dockerfile',
      'FROM python:3.12\nCOPY . .\nCMD ["uvicorn", "app:app", "--reload"]\n',
    );
    expect(devEnvironment(reload.manifest)).toBeUndefined();
  });

  it('fixture: only the Pants target folder serves', async () => {
    const facts = await factsOf('stdio-devenv-pants-controls');
    expect(servicesOf(facts)).toEqual(['monorepo/services/orders python http']);
    expect(facts.notServices.find((n) => n.path === 'framework-dev')?.reason).toBe('playground');
    expect(facts.notServices.find((n) => n.path === 'notes-mcp')?.reason).toBe('cli');
    expect(facts.services.some((s) => s.path === 'monorepo')).toBe(false);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { cliSourceDeploys } from '../../src/detect/manifests/cli-deploys.js';
import { parseCompose, parseDockerfile, parseTemplateCandidate } from '../../src/detect/manifests/deploy.js';
import { heredocTemplateFunctions } from '../../src/detect/manifests/heredoc-templates.js';
import { scan } from '../../src/scan/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const factsOf = async (name: string) => detect(await scan(path.join(FIXTURES, name)));
const servicesOf = (facts: Awaited<ReturnType<typeof factsOf>>) =>
  facts.services.map((s) => `${s.path} ${s.current} ${s.kind}`).sort();

describe('function and deploy platforms (issue 25, fn30)', () => {
  it('Encore.ts: the encore.app folder is one http service, its exported endpoints the entry; service folders and a Go app are not', async () => {
    const facts = await factsOf('encore-apps');
    expect(servicesOf(facts)).toEqual(['backend node http']);
    const backend = facts.services[0]!;
    expect(backend.frameworks).toEqual(['Encore.ts']);
    expect(backend.entry.map((e) => e.file).sort()).toEqual(['backend/orders/orders.ts', 'backend/users/users.ts']);
    expect(backend.entry[0]!.detail).toMatch(/Encore endpoint/);
    // the service folders of the app, the Go app and the frontend make no service of their own
    for (const dir of ['backend/users', 'backend/orders', 'tools/status', 'web'])
      expect(facts.services.some((s) => s.path === dir)).toBe(false);
  });

  it('a Lambda Web Adapter copied into /opt/extensions makes the image a function; only in the last stage', () => {
    const adapter =
      'COPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.8.4 /lambda-adapter /opt/extensions/lambda-adapter';
    const lambda = parseDockerfile('web/Dockerfile', `FROM node:20-slim\n${adapter}\nCMD ["node", "server.js"]\n`);
    expect(lambda.manifest?.functions).toEqual([
      expect.objectContaining({ file: 'web/Dockerfile', line: 2, platform: 'AWS Lambda' }),
    ]);
    expect(lambda.manifest?.functions?.[0]?.backend).toBeUndefined();
    // a builder stage's adapter is not in the image that ships
    const staged = parseDockerfile(
      'r/Dockerfile',
      `FROM node:20 AS build\n${adapter}\nFROM node:20-slim\nCMD ["node", "r.js"]\n`,
    );
    expect(staged.manifest?.functions).toBeUndefined();
    // another image's files copied into the folder, or the adapter copied elsewhere, are no extension
    const elsewhere = parseDockerfile(
      'x/Dockerfile',
      'FROM node:20\nCOPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.8.4 /lambda-adapter /usr/local/bin/\nCOPY --from=builder /app/dist /opt/extensions/x\n',
    );
    expect(elsewhere.manifest?.functions).toBeUndefined();
  });

  it('fixture: adapter images are functions (SAM image function at its DockerContext), plain and builder-stage ones http', async () => {
    const facts = await factsOf('lambda-web-adapter');
    expect(servicesOf(facts)).toEqual([
      'admin node http',
      'api python function',
      'reports node http',
      'web node function',
    ]);
    // the template's folder is infrastructure: its image function is built from ./api
    expect(facts.services.some((s) => s.path === '.')).toBe(false);
  });

  it("Kamal's roles: a host list is the web role as built, a role's cmd replaces the CMD; builder names the Dockerfile; accessories are not read", () => {
    const roles = parseCompose(
      'config/deploy.yml',
      [
        'service: shop',
        'image: acme/shop',
        'servers:',
        '  web:',
        '    - 10.0.0.1',
        '  jobs:',
        '    hosts: [10.0.0.2]',
        '    cmd: celery -A shop worker',
        'builder:',
        '  dockerfile: Dockerfile.prod',
        'accessories:',
        '  db:',
        '    image: postgres:16',
        '',
      ].join('\n'),
    ).manifest;
    expect(roles?.kind).toBe('compose');
    expect(roles?.buildContexts?.map((c) => [c.path, c.dockerfile, c.command, c.detail])).toEqual([
      ['.', 'Dockerfile.prod', undefined, 'Kamal service web builds .'],
      ['.', 'Dockerfile.prod', 'celery -A shop worker', 'Kamal service jobs builds .'],
    ]);
    expect(roles?.containers).toBeUndefined();
    // `servers:` as a list of hosts: the one web role, built from the root's Dockerfile (a deploy folder's config is one level down)
    const hosts = parseCompose('deploy/config/deploy.yml', 'service: app\nservers:\n  - 10.0.0.1\n').manifest;
    expect(hosts?.buildContexts?.map((c) => [c.path, c.dockerfile])).toEqual([['deploy', 'deploy/Dockerfile']]);
    // another tool's config/deploy.yml (no `service`) is no Kamal file
    expect(parseCompose('config/deploy.yml', 'production:\n  branch: main\n').manifest).toBeUndefined();
  });

  it('fixture: a Kamal role running Celery is a worker beside the web role', async () => {
    const facts = await factsOf('kamal-roles');
    expect(servicesOf(facts)).toEqual(['. python http', '. python worker']);
    const worker = facts.services.find((s) => s.kind === 'worker')!;
    expect(worker.entry.map((e) => e.detail).join(' ')).toMatch(/Kamal service workers/);
  });

  it('gcloud run (jobs) deploy --source: the folder built and run, a job as a worker; an image deploy or a comment builds nothing', () => {
    const script = [
      'gcloud run deploy api \\',
      '  --source=./services/api --region europe-west1',
      'gcloud beta run jobs deploy nightly --source jobs/nightly --tasks 2',
      'gcloud run deploy web --image gcr.io/acme/web:1.2 --source web',
      '# gcloud run jobs deploy old --source old',
      'gcloud run deploy docs --source $DOCS_DIR',
    ].join('\n');
    expect(cliSourceDeploys('ops/deploy.sh', script, 'ops', { from: 'root', bare: false })).toEqual([
      expect.objectContaining({ line: 1, context: 'services/api', dockerfile: 'services/api/Dockerfile' }),
      expect.objectContaining({
        line: 3,
        context: 'jobs/nightly',
        dockerfile: 'jobs/nightly/Dockerfile',
        job: 'Cloud Run job',
      }),
    ]);
    // a Makefile's recipe deploys its own folder when it names none
    expect(
      cliSourceDeploys('svc/Makefile', 'deploy:\n\tgcloud run deploy svc --region x\n', 'svc', {
        from: 'folder',
        bare: true,
      }),
    ).toEqual([expect.objectContaining({ context: 'svc', detail: 'deploys the Cloud Run service svc from svc' })]);
  });

  it('fixture: Cloud Run services and jobs deployed from source by a script, a workflow and a Makefile', async () => {
    const facts = await factsOf('cloud-run-source');
    expect(servicesOf(facts)).toEqual(['api node http', 'digest python worker', 'reindex node worker']);
    // the commented deploy of tools/export starts nothing
    expect(facts.services.some((s) => s.path === 'tools/export')).toBe(false);
  });

  it("CDK apps in subfolders: asset paths from cdk.json's folder, else from the package that runs `cdk deploy --app`", async () => {
    const facts = await factsOf('cdk-stack-subfolders');
    expect(servicesOf(facts)).toEqual([
      'orders/lambda/create-order node function',
      'reports/functions/nightly python function',
      'thumbs/handlers python function',
    ]);
    // the CDK apps themselves deploy, they do not serve
    for (const app of ['orders', 'reports', 'thumbs']) expect(facts.services.some((s) => s.path === app)).toBe(false);
    expect(facts.warnings.filter((w) => /cdk\.json/.test(w.message))).toEqual([]);
  });

  it('a template written by a here-document: its functions from the written path; not after a cd, not another file', () => {
    const template = (uri: string, runtime: string) =>
      [
        'Resources:',
        '  Fn:',
        '    Type: AWS::Serverless::Function',
        '    Properties:',
        `      Runtime: ${runtime}`,
        `      CodeUri: ${uri}`,
      ].join('\n');
    const script = [
      '#!/bin/sh',
      "cat <<'EOF' > infra/template.yml",
      template('../src/api/', 'python3.12'),
      'EOF',
      'tee params.json <<EOF',
      '{"a": 1}',
      'EOF',
      'cat > t2.yaml <<-EOF',
      template('$CODE_DIR', 'nodejs20.x'),
      '\tEOF',
      'cd deploy',
      'cat > template.yaml <<EOF',
      template('fn/', 'nodejs20.x'),
      'EOF',
    ].join('\n');
    expect(heredocTemplateFunctions('scripts/deploy.sh', script)).toEqual([
      expect.objectContaining({ file: 'scripts/deploy.sh', line: 5, dir: 'src/api', backend: 'python' }),
    ]);
  });

  it('fixture: a deploy script writing its SAM template deploys the Python and Node functions, not the Go one', async () => {
    const facts = await factsOf('sam-heredoc');
    expect(servicesOf(facts)).toEqual(['notify node function', 'webhook python function']);
    expect(facts.services.some((s) => s.path === 'legacy' || s.path === '.' || s.path === 'scripts')).toBe(false);
  });

  it("Cloud Run YAML of any name: a service's and a job's containers, the job's as a worker; another YAML is not", () => {
    const job = [
      'apiVersion: run.googleapis.com/v1',
      'kind: Job',
      'metadata:',
      '  name: cleanup',
      'spec:',
      '  template:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers:',
      '            - image: gcr.io/acme/api:1.4',
      '              command: [python]',
      '              args: [jobs/cleanup.py]',
    ].join('\n');
    expect(parseTemplateCandidate('ops/cleanup.yaml', job).manifest?.containers).toEqual([
      expect.objectContaining({
        image: 'gcr.io/acme/api:1.4',
        command: 'python jobs/cleanup.py',
        job: 'Cloud Run job',
      }),
    ]);
    const service =
      'apiVersion: serving.knative.dev/v1\nkind: Service\nspec:\n  template:\n    spec:\n      containers:\n        - image: gcr.io/acme/api\n';
    expect(parseTemplateCandidate('service.yaml', service).manifest?.containers).toEqual([
      expect.objectContaining({ image: 'gcr.io/acme/api' }),
    ]);
    expect(parseTemplateCandidate('service.yaml', service).manifest?.containers?.[0]?.job).toBeUndefined();
    // a Knative Serving route or another document of the API group is no service
    expect(
      parseTemplateCandidate('route.yaml', 'apiVersion: serving.knative.dev/v1\nkind: Route\n').manifest,
    ).toBeUndefined();
  });

  it('fixture: Cloud Run service and job YAML run the images the repository builds; the sample image nothing', async () => {
    const facts = await factsOf('cloud-run-yaml');
    // the orders image has no CMD: only its service YAML says it runs the consumer
    expect(servicesOf(facts)).toEqual(['api python http', 'api python worker', 'orders python worker']);
    expect(facts.services.find((s) => s.kind === 'worker' && s.path === 'api')?.frameworks).toEqual(['Cloud Run job']);
    expect(facts.services.some((s) => s.path === 'status')).toBe(false);
  });
});

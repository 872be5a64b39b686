import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { parseCompose } from '../../src/detect/manifests/deploy.js';
import { manifestKindOf } from '../../src/knowledge/manifest-files.js';
import { scan } from '../../src/scan/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

const contextsOf = (file: string, text: string) =>
  (parseCompose(file, text).manifest?.buildContexts ?? []).map(
    ({ path: dir, dockerfile, command, entrypoint, job }) => ({
      dir,
      dockerfile,
      command,
      entrypoint,
      job,
    }),
  );

describe('AWS Copilot manifests read as the containers they build and run (issue 25)', () => {
  it("a service's manifest is read like a compose file, by its path under copilot/", () => {
    expect(manifestKindOf('copilot/api/manifest.yml')).toBe('compose');
    expect(manifestKindOf('infra/copilot/worker/manifest.yaml')).toBe('compose');
    // a manifest elsewhere is not Copilot's
    expect(manifestKindOf('app/manifest.yml')).not.toBe('compose');
  });

  it('image.build as a path is the Dockerfile from the workspace root, its folder the context', () => {
    const text = 'name: api\ntype: Load Balanced Web Service\nimage:\n  build: api/Dockerfile\n  port: 80\n';
    expect(contextsOf('copilot/api/manifest.yml', text)).toEqual([
      { dir: 'api', dockerfile: 'api/Dockerfile', command: undefined, entrypoint: undefined, job: undefined },
    ]);
    // a workspace below the repository root (`infra/` holds `copilot/`) resolves from there
    expect(contextsOf('infra/copilot/api/manifest.yml', text)[0]).toMatchObject({
      dir: 'infra/api',
      dockerfile: 'infra/api/Dockerfile',
    });
  });

  it("image.build as a table: the Dockerfile and the context from the root; a command or an entrypoint of the container's own", () => {
    const text = [
      'name: worker',
      'type: Backend Service',
      'image:',
      '  build:',
      '    dockerfile: ./backend/worker.Dockerfile',
      '    context: .',
      'command: ["celery", "-A", "app", "worker", "-Q", "fast,slow"]',
    ].join('\n');
    expect(contextsOf('copilot/worker/manifest.yml', text)).toEqual([
      {
        dir: '.',
        dockerfile: 'backend/worker.Dockerfile',
        command: 'celery -A app worker -Q fast,slow',
        entrypoint: undefined,
        job: undefined,
      },
    ]);
    const entry =
      'name: beat\ntype: Backend Service\nimage:\n  build: Dockerfile\nentrypoint: "celery -A config beat"\n';
    expect(contextsOf('copilot/beat/manifest.yml', entry)[0]).toMatchObject({
      dir: '.',
      command: 'celery -A config beat',
      entrypoint: true,
    });
  });

  it("the manifest's type names the worker a Worker Service or a Scheduled Job is; a web service's type names none", () => {
    const of = (type: string) =>
      contextsOf('copilot/x/manifest.yml', `name: x\ntype: ${type}\nimage:\n  build: x/Dockerfile\n`)[0]?.job;
    expect(of('Worker Service')).toBe('Copilot Worker Service');
    expect(of('Scheduled Job')).toBe('Copilot Scheduled Job');
    expect(of('Load Balanced Web Service')).toBeUndefined();
    expect(of('Backend Service')).toBeUndefined();
  });

  it('an image by location is a container run by name; an environment, a path leaving the tree or a variable builds nothing', () => {
    const located = parseCompose(
      'copilot/cache/manifest.yml',
      'name: cache\ntype: Backend Service\nimage:\n  location: redis:7-alpine\ncommand: redis-server --save ""\n',
    ).manifest;
    expect(located?.containers).toEqual([
      expect.objectContaining({ image: 'redis:7-alpine', command: 'redis-server --save ""' }),
    ]);
    expect(located?.buildContexts).toBeUndefined();
    // an environment's manifest sits a folder deeper; one of a workload's shape names no image either way
    expect(manifestKindOf('copilot/environments/test/manifest.yml')).not.toBe('compose');
    expect(parseCompose('copilot/test/manifest.yml', 'name: test\ntype: Environment\n')).toEqual({ warnings: [] });
    for (const build of ['../../outside/Dockerfile', '${DOCKERFILE}'])
      expect(
        contextsOf('copilot/x/manifest.yml', `name: x\ntype: Backend Service\nimage:\n  build: ${build}\n`),
      ).toEqual([]);
  });

  it('a count of copies above one, or a count that autoscales, scales out; one copy does not', () => {
    const scale = (count: string) =>
      (
        parseCompose(
          'copilot/api/manifest.yml',
          `name: api\ntype: Backend Service\nimage:\n  build: Dockerfile\n${count}`,
        ).manifest?.scaleOut ?? []
      ).map((e) => [e.line, e.detail]);
    expect(scale('count: 3\n')).toEqual([[5, 'count 3']]);
    expect(scale('count:\n  range: 1-10\n  cpu_percentage: 70\n')).toEqual([[5, 'autoscaling (count.range)']]);
    expect(scale('count: 1\n')).toEqual([]);
  });

  it('a Dockerfile named in camel case after its service is read as one', () => {
    for (const file of ['CeleryDockerFile', 'mailer/MailerDockerfile', 'ApiDockerfile'])
      expect(manifestKindOf(file), file).toBe('dockerfile');
    expect(manifestKindOf('docs/WhyDockerfile.md')).not.toBe('dockerfile');
  });

  it('end to end: the web service, the worker an entrypoint starts from its image, a scheduled job and a worker service; not a stock image, a missing folder or a Go service', async () => {
    const facts = detect(await scan(path.join(FIXTURES, 'copilot-services')));
    expect(facts.services.map((s) => [s.path, s.current, s.kind, s.frameworks])).toEqual([
      ['api', 'python', 'http', ['FastAPI']],
      ['api', 'python', 'worker', ['Celery']],
      ['jobs', 'node', 'worker', ['Copilot Scheduled Job']],
      ['mailer', 'python', 'worker', ['Copilot Worker Service', 'long-running loop']],
    ]);
    const tasks = facts.services.find((s) => s.path === 'api' && s.kind === 'worker')!;
    expect(tasks.entry).toContainEqual(
      expect.objectContaining({
        file: 'copilot/tasks/manifest.yml',
        detail: expect.stringContaining('celery -A shop.tasks worker'),
      }),
    );
    expect(facts.services.find((s) => s.path === 'jobs')!.entry).toContainEqual(
      expect.objectContaining({ file: 'copilot/digest/manifest.yml' }),
    );
    // the Go gateway and the cache image are no Node.js or Python service; the retired service's folder is not in the tree
    expect(facts.services.map((s) => s.path)).not.toContain('gateway');
    expect(facts.services.map((s) => s.path)).not.toContain('legacy');
  });
});

describe('images named by skaffold and run by ECS task definitions (issue 25)', () => {
  it("skaffold's artifacts are builds of their images: context from the file's folder, Dockerfile from the context", () => {
    const text = [
      'apiVersion: skaffold/v4beta6',
      'kind: Config',
      'build:',
      '  artifacts:',
      '    - image: shop/api',
      '      context: api',
      '    - image: shop/pricing',
      '      docker:',
      '        dockerfile: pricing/Dockerfile',
      '    - image: shop/bad',
      '      context: ../../outside',
    ].join('\n');
    const m = parseCompose('deploy/skaffold.yaml', text).manifest!;
    expect(manifestKindOf('deploy/skaffold.yaml')).toBe('compose');
    expect(m.imageBuilds?.map((b) => [b.image, b.context, b.dockerfile])).toEqual([
      ['shop/api', 'deploy/api', 'deploy/api/Dockerfile'],
      ['shop/pricing', 'deploy', 'deploy/pricing/Dockerfile'],
    ]);
    // it starts nothing itself
    expect(m.buildContexts).toBeUndefined();
    // a skaffold file of no build section says nothing
    expect(parseCompose('skaffold.yaml', 'apiVersion: skaffold/v4beta6\nkind: Config\nmanifests: {}\n')).toEqual({
      warnings: [],
    });
  });

  it("an ECS task definition's containers are images run by name, with their command or entryPoint", () => {
    const text = JSON.stringify({
      family: 'reports',
      containerDefinitions: [
        { name: 'web', image: 'shop/reports:latest' },
        { name: 'worker', image: 'shop/reports:latest', command: ['celery', '-A', 'reports.tasks', 'worker'] },
        { name: 'boot', image: 'shop/reports:latest', entryPoint: ['sh', '-c'], command: ['python boot.py'] },
      ],
    });
    expect(manifestKindOf('.aws/task-definition.json')).toBe('compose');
    expect(manifestKindOf('deploy/ecs/worker-taskdef.json')).toBe('compose');
    const m = parseCompose('.aws/task-definition.json', text).manifest!;
    expect(m.containers?.map((c) => [c.image, c.entrypoint, c.command])).toEqual([
      ['shop/reports:latest', undefined, undefined],
      ['shop/reports:latest', undefined, 'celery -A reports.tasks worker'],
      ['shop/reports:latest', 'sh -c', '"python boot.py"'],
    ]);
    // a JSON file of another shape under that name says nothing
    expect(parseCompose('.aws/config.json', '{"region": "eu-west-1"}')).toEqual({ warnings: [] });
  });

  it("a Nomad job file's docker tasks are images run by name, command and args one line; a batch job's are workers", () => {
    const hcl = [
      'job "shop" {',
      '  type = "batch"',
      '  group "g" {',
      '    task "nightly" {',
      '      driver = "docker"',
      '      config {',
      '        image   = "shop/reports:latest"',
      '        command = "python"',
      '        args    = ["reports/nightly.py", "--all",]',
      '      }',
      '    }',
      '    task "edge" {',
      '      config {',
      '        image = "ghcr.io/acme/edge:${var.version}"',
      '      }',
      '    }',
      '  }',
      '}',
    ].join('\n');
    expect(manifestKindOf('deploy/shop.nomad')).toBe('compose');
    expect(manifestKindOf('nomad/jobs/shop.hcl')).toBe('compose');
    const m = parseCompose('deploy/shop.nomad.hcl', hcl).manifest!;
    expect(m.containers?.map((c) => [c.image, c.command, c.job])).toEqual([
      ['shop/reports:latest', 'python reports/nightly.py --all', 'Nomad batch job'],
      ['ghcr.io/acme/edge:${var.version}', undefined, 'Nomad batch job'],
    ]);
    // a file HCL cannot read is one warning naming it
    expect(parseCompose('shop.nomad', 'job "x" {\n  group "g" {\n').warnings).toEqual([
      expect.objectContaining({ file: 'shop.nomad', message: expect.stringContaining('HCL') }),
    ]);
  });

  it('end to end: command overrides on images skaffold, a workflow and a Nomad job run; a stock image and a Go service are none', async () => {
    const facts = detect(await scan(path.join(FIXTURES, 'image-descriptors')));
    expect(facts.services.map((s) => [s.path, s.current, s.kind, s.frameworks])).toEqual([
      ['api', 'node', 'http', ['Express']],
      ['api', 'node', 'worker', ['Redis queue consumer']],
      ['pricing', 'python', 'worker', ['Kubernetes job']],
      ['reports', 'python', 'http', ['FastAPI']],
      ['reports', 'python', 'worker', ['Celery', 'Nomad batch job']],
    ]);
    const celery = facts.services.find((s) => s.path === 'reports' && s.kind === 'worker')!;
    expect(celery.entry).toContainEqual(
      expect.objectContaining({
        file: '.aws/task-definition.json',
        detail: expect.stringContaining('built from reports'),
      }),
    );
    const mailer = facts.services.find((s) => s.path === 'api' && s.kind === 'worker')!;
    expect(mailer.entry.map((e) => e.detail).join('\n')).toContain('Skaffold builds api as shop/api');
    expect(facts.services.map((s) => s.path)).not.toContain('edge');
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { scan } from '../../src/scan/index.js';
import { extractCodeFacts } from '../../src/detect/code-facts.js';
import { runnerJobs, sideBySideJobs } from '../../src/detect/command-words.js';
import { listedProcesses, processListOf } from '../../src/detect/manifests/process-lists.js';
import { parseProcfile } from '../../src/detect/manifests/deploy.js';
import { dockerInstructions, imageLayout, stageImage } from '../../src/detect/manifests/image-layout.js';
import { appModuleOf } from '../../src/detect/app-modules.js';
import { SERVER_KNOWLEDGE } from '../../src/knowledge/servers/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

const detected = async (fixture: string) => detect(await scan(path.join(FIXTURES, fixture)));
const served = (facts: Awaited<ReturnType<typeof detected>>) =>
  facts.services.map((s) => [s.path, s.kind, s.frameworks.join(', ')]);
const entries = (facts: Awaited<ReturnType<typeof detected>>, dir: string, kind: string) =>
  facts.services.find((s) => s.path === dir && s.kind === kind)!.entry.map((e) => `${e.file}: ${e.detail}`);

describe('processes a process manager or a job runner starts side by side (issue 25, wrk30)', () => {
  it('reads a pm2 ecosystem file and concurrently jobs as a web process and a worker each', async () => {
    const facts = await detected('process-lists-and-job-runners');
    expect(served(facts)).toEqual([
      ['clip-jobs', 'http', 'Fastify'],
      ['clip-jobs', 'worker', 'Kafka consumer'],
      ['feed-relay', 'http', 'Express'],
      ['feed-relay', 'worker', 'RabbitMQ consumer'],
      ['mailer', 'http', 'Express'],
      ['mailer', 'worker', 'BullMQ'],
      ['scraper', 'http', 'Flask'],
      ['scraper', 'worker', 'RQ'],
    ]);
    expect(entries(facts, 'mailer', 'worker')).toEqual([
      'mailer/ecosystem.config.js: mail-sender: node ./src/sender.js',
    ]);
    expect(entries(facts, 'scraper', 'worker')).toEqual(['scraper/ecosystem.json: scraper-queue: rq worker pages']);
    expect(entries(facts, 'clip-jobs', 'worker')).toEqual(['clip-jobs/Dockerfile: CMD node transcoder.js']);
    expect(entries(facts, 'feed-relay', 'worker')).toHaveLength(1);
    // the library's watchers (`concurrently "tsc -w" "vite"`) start no service
    expect(facts.services.some((s) => s.path === 'ui-kit')).toBe(false);
  });

  it('lists a process list entry by its interpreter, script, working folder and arguments, and skips computed ones', () => {
    const pm2 = processListOf('deploy/ecosystem.config.cjs')!;
    expect(pm2.id).toBe('pm2');
    expect(processListOf('src/ecosystem.ts')).toBeUndefined();
    const config = [
      'const path = require("path");',
      'module.exports = {',
      '  apps: [',
      "    { name: 'api', script: 'dist/main.js', cwd: './services/api', env: { PORT: 3000 } },",
      "    { name: 'etl', script: 'etl.py', args: ['--queue', 'nightly'] },",
      "    { name: 'py', script: 'consume.py', interpreter: '/usr/bin/python3' },",
      "    { name: 'ace', script: 'node ace worker:start' },",
      "    { name: 'computed', script: path.join(__dirname, 'x.js') },",
      '  ],',
      '};',
    ].join('\n');
    expect(listedProcesses(pm2, 'ecosystem.config.js', config)).toEqual([
      { name: 'api', command: 'node services/api/dist/main.js' },
      { name: 'etl', command: 'python etl.py --queue nightly' },
      { name: 'py', command: '/usr/bin/python3 consume.py' },
      { name: 'ace', command: 'node ace worker:start' },
    ]);
    expect(listedProcesses(pm2, 'pm2.json', '{"apps": [{"name": "w", "script": "worker.js"}]}')).toEqual([
      { name: 'w', command: 'node worker.js' },
    ]);
    expect(listedProcesses(pm2, 'pm2.json', 'not json')).toEqual([]);
  });

  it('a JSON process list that does not parse is one warning naming the file, and nothing else', () => {
    const parsed = parseProcfile(
      'deploy/pm2.json',
      '{\n  "apps": [\n    {"name": "w", "script": "worker.js"},\n  ]\n}',
    );
    expect(parsed.manifest).toBeUndefined();
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]!.file).toBe('deploy/pm2.json');
    expect(parsed.warnings[0]!.message).toMatch(/^invalid JSON/);
    expect(parseProcfile('deploy/pm2.json', '{"apps": [{"name": "w", "script": "worker.js"}]}').warnings).toEqual([]);
  });

  it("reads a job runner's jobs past its options, its script shorthands and run-p's script names", () => {
    expect(runnerJobs('concurrently -k -n api,jobs "node server.js" "npm:worker"')).toEqual([
      'node server.js',
      'npm run worker',
    ]);
    expect(runnerJobs('["./node_modules/.bin/concurrently", "node a.js", "python b.py"]')).toEqual([
      'node a.js',
      'python b.py',
    ]);
    expect(runnerJobs('npx concurrently "yarn:start:*" "node b.js"')).toEqual(['node b.js']);
    expect(runnerJobs('run-p serve consume')).toEqual(['npm run serve', 'npm run consume']);
    expect(runnerJobs('node server.js')).toBeUndefined();
    expect(sideBySideJobs('node web.js & concurrently "node a.js" "node b.js"')).toEqual([
      'node web.js',
      'node a.js',
      'node b.js',
    ]);
  });
});

describe('compose build targets, gRPC servers kept up by a loop, Huey consumers from a README (issue 25, wrk30)', () => {
  it('runs the named stage of a multi-stage image, serves gRPC after server.start(), and reads a Huey import path', async () => {
    const facts = await detected('staged-images-and-grpc-loops');
    expect(served(facts)).toEqual([
      ['greeter', 'http', 'gRPC'],
      ['inventory', 'http', 'gRPC'],
      ['orders', 'http', 'Express'],
      ['orders', 'worker', 'BullMQ'],
      ['reports', 'worker', 'Huey'],
    ]);
    expect(entries(facts, 'orders', 'worker')).toEqual([
      'orders/compose.yaml: compose service fulfil builds orders with orders/Dockerfile runs node src/fulfil.js (from orders/src/fulfil.js)',
    ]);
    // the api service's stage is not the last one's command
    expect(entries(facts, 'orders', 'http')).toContain(
      'orders/compose.yaml: compose service api builds orders with orders/Dockerfile runs node src/server.js (from orders/src/server.js)',
    );
    expect(entries(facts, 'greeter', 'http')).toEqual(['greeter/server.py: starts a gRPC server']);
    expect(entries(facts, 'reports', 'worker')).toEqual([
      'reports/README.md: README.md runs huey_consumer reports.tasks.huey --workers 4 (from reports/reports/tasks.py)',
    ]);
    // a gRPC client that starts a thread serves nothing; inventory's sleep loop is the server's, not a worker's
    expect(facts.services.some((s) => s.path === 'greeter-client')).toBe(false);
    expect(facts.services.some((s) => s.path === 'inventory' && s.kind === 'worker')).toBe(false);
  });

  it("keeps each stage's working folder and command, inherited from the stage it is built on", () => {
    const layout = imageLayout(
      dockerInstructions(
        [
          'FROM python:3.12 AS base',
          'WORKDIR /srv',
          'CMD ["gunicorn", "app:app"]',
          'FROM base AS worker',
          'CMD ["celery", "-A", "app", "worker"]',
          'FROM base AS web',
          'FROM node:20 AS assets',
        ].join('\n'),
      ),
    );
    expect(stageImage(layout, 'worker')).toMatchObject({
      image: { workdir: '/srv' },
      commands: { cmd: '["celery", "-A", "app", "worker"]' },
    });
    expect(stageImage(layout, 'web')!.commands).toEqual({ cmd: '["gunicorn", "app:app"]' });
    expect(stageImage(layout, 'web')!.image.stages.map((s) => s.name)).toEqual(['base', 'worker', 'web']);
    expect(stageImage(layout, 'assets')!.commands).toEqual({});
    expect(stageImage(layout, 'missing')).toBeUndefined();
  });

  it('reads server.start() as a gRPC start only where the file or its project has gRPC', () => {
    const starts = (text: string, imports: string[]) =>
      extractCodeFacts(
        'main.py',
        text,
        undefined,
        imports.map((module) => ({ module })),
      )
        .filter((f) => f.pattern === 'py-grpc-server-start')
        .map((f) => [f.line, f.ifDepends ?? null]);
    expect(starts('import grpc\nserver = grpc.server(pool)\nserver.start()\n', ['grpc'])).toEqual([[3, null]]);
    // made by a factory of the project: counts where the project depends on grpcio
    expect(starts('from svc import create_server\nserver = create_server()\nserver.start()\n', ['svc'])).toEqual([
      [3, ['grpc', 'grpcio']],
    ]);
    expect(starts('import grpc\nimport threading\npinger.start()\n', ['grpc', 'threading'])).toEqual([]);
  });

  it('names a Huey consumer module by the import path less the instance', () => {
    const module = (command: string) => appModuleOf(command.split(' '), SERVER_KNOWLEDGE)?.module;
    expect(module('huey_consumer.py main.huey -w 4')).toBe('main');
    expect(module('huey_consumer app.worker.huey')).toBe('app.worker');
    expect(module('celery -A proj.tasks worker')).toBe('proj.tasks');
  });
});

describe('images a workflow pushes that run a plain script (issue 25, wrk30)', () => {
  it('makes a batch-job worker of a pushed image, and nothing of one only built in CI or run by hand', async () => {
    const facts = await detected('pushed-batch-images');
    expect(served(facts)).toEqual([
      ['crm-sync', 'worker', 'batch job'],
      ['exporter', 'worker', 'batch job'],
    ]);
    expect(facts.services.find((s) => s.path === 'exporter')!.evidence.map((e) => e.detail)).toEqual([
      'batch job: an image a workflow pushes runs exporter/export.py, a script that serves nothing',
    ]);
    const pushed = facts.manifests.flatMap((m) => (m.imageBuilds ?? []).map((b) => [b.dockerfile, b.pushed ?? false]));
    expect(pushed).toEqual([
      ['exporter/Dockerfile', true],
      ['crm-sync/Dockerfile', true],
      ['seed-check/Dockerfile', false],
    ]);
    for (const dir of ['seed-check', 'report-cli']) expect(facts.services.some((s) => s.path === dir)).toBe(false);
  });
});

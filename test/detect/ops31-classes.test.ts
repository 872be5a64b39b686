import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { scan } from '../../src/scan/index.js';
import { parseCompilerConfig } from '../../src/detect/manifests/compiler-config.js';
import { compiledSources } from '../../src/detect/compiled-sources.js';
import { manifestKindOf } from '../../src/knowledge/manifest-files.js';
import type { Manifest } from '../../src/model/facts.js';
import { pythonModuleFiles } from '../../src/paths.js';
import { buildsOf, containerCommand } from '../../src/detect/image-runs.js';
import { cliImageDeploys } from '../../src/detect/manifests/cli-deploys.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

const detected = async (fixture: string) => detect(await scan(path.join(FIXTURES, fixture)));
const served = (facts: Awaited<ReturnType<typeof detected>>) =>
  facts.services.map((s) => [s.path, s.kind, s.frameworks.join(', ')]);
const entries = (facts: Awaited<ReturnType<typeof detected>>, dir: string, kind: string) =>
  facts.services.find((s) => s.path === dir && s.kind === kind)!.entry.map((e) => `${e.file}: ${e.detail}`);

const configs = (files: Record<string, string>): Manifest[] =>
  Object.entries(files).flatMap(([file, text]) => parseCompilerConfig(file, text).manifest ?? []);

describe('a compiler output a deployment runs is the source it was compiled from (issue 25, ops31)', () => {
  it('traces `node dist/...` through the image and the tsconfig to the source, whose code gives the kind', async () => {
    const facts = await detected('compiled-output-runs');
    expect(served(facts)).toEqual([
      ['ledger', 'worker', 'Kafka consumer'],
      ['mailer', 'http', 'Fastify'],
      ['mailer', 'worker', 'BullMQ'],
      ['reports', 'http', 'Express'],
    ]);
    expect(entries(facts, 'mailer', 'worker')).toEqual([
      'docker-compose.yml: compose service mailer-sender builds mailer with mailer/Dockerfile runs node dist/jobs/sender.js (from mailer/src/jobs/sender.ts)',
    ]);
    // no rootDir: the compiler mirrors the common folder of its inputs (tests excluded), src/
    expect(entries(facts, 'ledger', 'worker')).toContain(
      'docker-compose.yml: compose service ledger builds ledger with ledger/Dockerfile runs node lib/consumer.js (from ledger/src/consumer.ts)',
    );
    // control: build/main.js has no source in the tree (src/main.ts is absent): the folder's entry, as before
    expect(entries(facts, 'reports', 'http')).toContain(
      'docker-compose.yml: compose service reports builds reports with reports/Dockerfile runs node build/main.js (from reports)',
    );
  });

  it('reads tsconfig files as compiler configs: JSON with comments, paths from the config that sets them', () => {
    expect(manifestKindOf('api/tsconfig.build.json')).toBe('compiler-config');
    expect(manifestKindOf('tsconfig.json')).toBe('compiler-config');
    expect(manifestKindOf('api/config.json')).toBe('template-candidate');
    const parsed = parseCompilerConfig(
      'apps/api/tsconfig.json',
      '{\n  // base\n  "extends": ["../../tsconfig.base", "@tsconfig/node20/tsconfig.json"],\n  "compilerOptions": { "outDir": "./build", },\n  "include": ["src/**/*.ts"],\n  "exclude": ["**/*.spec.ts", "scripts"]\n}',
    );
    expect(parsed.manifest?.compiles).toEqual({
      compiler: 'typescript',
      outDir: 'apps/api/build',
      extends: ['tsconfig.base.json'],
      include: ['apps/api/src'],
      exclude: ['apps/api/scripts'],
    });
    // a config setting nothing of where output goes gives nothing; one that does not parse is no warning
    expect(parseCompilerConfig('tsconfig.json', '{"compilerOptions": {"strict": true}}')).toEqual({ warnings: [] });
    expect(parseCompilerConfig('tsconfig.json', '{ not json')).toEqual({ warnings: [] });
  });

  it('maps outputs by extension, inherits outDir and rootDir through extends, and names nothing it cannot find', () => {
    const manifests = configs({
      'tsconfig.base.json': '{"compilerOptions": {"rootDir": "src"}}',
      'svc/tsconfig.json': '{"extends": "../tsconfig.base.json", "compilerOptions": {"outDir": "out"}}',
      'esm/tsconfig.json': '{"compilerOptions": {"outDir": "dist", "rootDir": "lib"}}',
    });
    const paths = ['src/worker.ts', 'svc/src/worker.ts', 'esm/lib/run.mts', 'esm/lib/plain.js'];
    const sourceOf = compiledSources(manifests, paths);
    // the base's rootDir is the base's own folder's `src`, not the extending config's
    expect(sourceOf('svc/out/worker.js')).toBe('src/worker.ts');
    expect(sourceOf('esm/dist/run.mjs')).toBe('esm/lib/run.mts');
    expect(sourceOf('esm/dist/plain.js')).toBe('esm/lib/plain.js');
    expect(sourceOf('esm/dist/missing.js')).toBeUndefined();
    expect(sourceOf('esm/other/run.mjs')).toBeUndefined();
  });
});

describe('`python -m package.module` runs the module file, from the folder or the src layout (issue 25, ops31)', () => {
  it('traces each run to its module file, whose code gives the kind and the folder', async () => {
    const facts = await detected('python-module-runs');
    expect(served(facts)).toEqual([
      ['feeds', 'http', 'FastAPI'],
      ['feeds', 'worker', 'Kafka consumer'],
      ['notifier', 'http', 'Flask'],
      ['notifier', 'worker', 'RabbitMQ consumer'],
      ['tally', 'worker', 'RQ'],
    ]);
    // a package run with -m runs its __main__.py, under the installed project's src/
    expect(entries(facts, 'feeds', 'worker')).toEqual([
      'docker-compose.yml: compose service feeds-ingest builds feeds with feeds/Dockerfile runs python -m feeds.ingest (from feeds/src/feeds/ingest/__main__.py)',
    ]);
    expect(entries(facts, 'tally', 'worker')).toEqual(['tally/Procfile: worker: python -m tally.run_worker']);
    // control: a module of no file of the tree (`-m http.server`, `-m pip check`) starts nothing of the project
    expect(facts.services.flatMap((s) => s.entry).some((e) => /http\.server|pip check/.test(e.detail))).toBe(false);
  });

  it("looks a module up as its file, a run package's __main__, its __init__, then the same under src/", () => {
    expect(pythonModuleFiles('shop.jobs', true)).toEqual([
      'shop/jobs.py',
      'shop/jobs/__main__.py',
      'shop/jobs/__init__.py',
      'src/shop/jobs.py',
      'src/shop/jobs/__main__.py',
      'src/shop/jobs/__init__.py',
    ]);
  });
});

describe('an image built and deployed under other substitutions is one image by its stable parts (issue 25, ops31)', () => {
  it('traces a Cloud Run deploy by image name to the folder the image is built from: a job a worker, a service http', async () => {
    const facts = await detected('cloud-run-images');
    expect(served(facts)).toEqual([
      ['api', 'http', 'Flask'],
      ['reports', 'worker', 'Cloud Run job'],
    ]);
    expect(
      entries(facts, 'reports', 'worker').some((e) =>
        e.startsWith('scripts/deploy.sh: deploys the Cloud Run job shop-reports'),
      ),
    ).toBe(true);
    expect(
      entries(facts, 'api', 'http').some((e) =>
        e.startsWith('scripts/deploy.sh: deploys the Cloud Run service shop-api'),
      ),
    ).toBe(true);
  });

  it('reads `gcloud run (jobs) deploy --image`, and matches names part by part, a substituted part any part', () => {
    const text = [
      'gcloud run deploy api --image=gcr.io/$PROJECT_ID/api:$SHORT_SHA --region us-east1',
      '# gcloud run deploy old --image gcr.io/p/old',
      'gcloud run jobs deploy nightly \\',
      '  --image "${REGION}-docker.pkg.dev/${PROJECT}/jobs/nightly:${TAG:-latest}"',
      'gcloud run deploy web --source ./web',
    ].join('\n');
    expect(cliImageDeploys('deploy.sh', text).map((c) => [c.image, c.job, c.line])).toEqual([
      ['gcr.io/$PROJECT_ID/api:$SHORT_SHA', undefined, 1],
      ['${REGION}-docker.pkg.dev/${PROJECT}/jobs/nightly:${TAG:-latest}', 'Cloud Run job', 3],
    ]);
    const build = containerCommand('docker build -t gcr.io/${{env.PROJECT}}/api:${{github.sha}} ./api', '.');
    const builds =
      build && 'build' in build ? build.build.map((b) => ({ ...b, at: { file: 'ci.yml', detail: 'ci' } })) : [];
    expect(builds.map((b) => [b.image, b.tag])).toEqual([['gcr.io/*/api', '*']]);
    const run = (image: string) => ({ image, tag: 'latest', at: { file: 'x', detail: 'x' } });
    expect(buildsOf(run('gcr.io/acme/api'), builds)).toHaveLength(1);
    expect(buildsOf(run('gcr.io/*/api'), builds)).toHaveLength(1);
    // control: another stable part, another depth, a name that is all substitution
    expect(buildsOf(run('gcr.io/acme/web'), builds)).toHaveLength(0);
    expect(buildsOf(run('eu.gcr.io/acme/x/api'), builds)).toHaveLength(0);
    expect(containerCommand('docker build -t gcr.io/acme/$IMAGE ./api', '.')).toEqual({ build: [] });
  });
});

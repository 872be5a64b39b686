import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { detect } from '../../src/detect/index.js';
import { containerCommand, pushedDockerfiles } from '../../src/detect/image-runs.js';
import { changesBetween, pointServices } from '../../src/history/events.js';
import { serviceName } from '../../src/model/facts.js';
import { renderText } from '../../src/report/text.js';
import { scan } from '../../src/scan/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';
import { gitRepo } from '../delta/git-repo.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

const detected = async (fixture: string) => detect(await scan(path.join(FIXTURES, fixture)));
const served = (facts: Awaited<ReturnType<typeof detected>>) =>
  facts.services.map((s) => [s.path, s.kind, s.frameworks.join(', ')]);

describe('a server run by the README beside Vercel handler files (issue 25, ops32)', () => {
  it('keeps a README run of the app a Modal handler imports one function, and a server no handler loads a second service', async () => {
    const facts = await detected('modal-wrapped-app');
    expect(served(facts)).toEqual([
      ['ingest', 'function', 'FastAPI'],
      ['ingest', 'http', 'FastAPI'],
      ['translate', 'function', 'FastAPI'],
    ]);
    const status = facts.services.find((s) => s.path === 'ingest' && s.kind === 'http')!;
    expect(status.entry.map((e) => e.file)).toEqual(['ingest/README.md']);
  });

  it('reports the handlers as a function and the server the README runs as http, at one path', async () => {
    const facts = await detected('vercel-server-beside-handlers');
    expect(served(facts).filter(([p]) => p === 'shop')).toEqual([
      ['shop', 'function', 'Express'],
      ['shop', 'http', 'Express'],
    ]);
    const server = facts.services.find((s) => s.path === 'shop' && s.kind === 'http')!;
    expect(server.entry.map((e) => `${e.file}:${e.line}`)).toEqual(['shop/README.md:11']);
    expect(server.evidence.map((e) => e.file)).toEqual(['shop/config/server.js']);
  });

  it('keeps a Vercel app whose function wraps the app one function, though its README runs the server (control)', async () => {
    const facts = await detected('vercel-server-beside-handlers');
    expect(served(facts).filter(([p]) => p === 'notes')).toEqual([['notes', 'function', 'Express, Vercel Functions']]);
  });

  it('keeps a Cloud Function whose Makefile runs its own file as a local server one function (control)', async () => {
    const facts = await detected('gcloud-makefile');
    expect(facts.services.map((s) => [s.path, s.kind])).toEqual([['.', 'function']]);
  });
});

describe('images a script or Makefile pushes (issue 25, ops32)', () => {
  it('reports the plain script a pushed image runs as a batch-job worker at the folder it builds', async () => {
    const facts = await detected('script-pushed-images');
    expect(served(facts)).toEqual([
      ['mailer', 'worker', 'batch job'],
      ['rates', 'worker', 'batch job'],
    ]);
    const details = facts.services.flatMap((s) => s.evidence.map((e) => e.detail));
    expect(details).toEqual([
      'batch job: an image mailer/release.sh pushes runs mailer/worker/send-digest.js, a script that serves nothing',
      'batch job: an image rates/Makefile pushes runs rates/nightly/main.py, a script that serves nothing',
    ]);
  });

  it('leaves an image a script only builds and runs on the developer machine alone (control)', async () => {
    const facts = await detected('script-pushed-images');
    expect(facts.services.some((s) => s.path === 'tools')).toBe(false);
  });

  it('reads gcloud builds submit --tag as a build of the source folder that pushes', () => {
    expect(
      containerCommand('gcloud beta builds submit --region=us-central1 --tag gcr.io/acme/api:1 ./api', '.'),
    ).toEqual({
      build: [{ image: 'gcr.io/acme/api', tag: '1', context: 'api', dockerfile: 'api/Dockerfile', pushed: true }],
    });
    // a build from a config file names no image
    expect(containerCommand('gcloud builds submit --config cloudbuild.yaml .', '.')).toEqual({ build: [] });
  });

  it('pairs a push with a build by a variable only within one file', () => {
    const script = (file: string, lines: string[]) => ({
      kind: 'shell-script' as const,
      file,
      dir: path.posix.dirname(file),
      dependencies: [],
      commandLines: Object.fromEntries(lines.map((l, i) => [`line ${i + 1}`, l])),
    });
    const build = script('job/build.sh', ['docker build -t "$IMAGE" .']);
    const push = script('job/push.sh', ['docker push "$IMAGE"']);
    expect(pushedDockerfiles([build, push])).toEqual([]);
    const both = script('job/release.sh', ['docker build -t "$IMAGE" .', 'docker push "$IMAGE"']);
    expect(pushedDockerfiles([both])).toEqual([{ dockerfile: 'job/Dockerfile', by: 'job/release.sh' }]);
  });

  it('follows a variable-named build through its tag to the push, from a script in a subfolder run at the root', () => {
    const release = {
      kind: 'shell-script' as const,
      file: 'deployment/component.sh',
      dir: 'deployment',
      dependencies: [],
      commandLines: {
        'line 2': 'docker build -t ${JOB_NAME}:latest -f Dockerfile . --platform linux/amd64',
        'line 3': 'docker tag ${JOB_NAME}:latest ${IMAGE_URL}:${IMAGE_TAG}',
        'line 4': 'docker push ${IMAGE_URL}:${IMAGE_TAG}',
      },
    };
    const dockerfile = { kind: 'dockerfile' as const, file: 'Dockerfile', dir: '.', dependencies: [] };
    expect(pushedDockerfiles([release, dockerfile]).map((p) => p.dockerfile)).toEqual(['Dockerfile']);
  });

  it('counts a Cloud Build push whose image name is all variables: the build pushes whatever its name', () => {
    const build = {
      kind: 'shell-script' as const,
      file: 'scraper/build.sh',
      dir: 'scraper',
      dependencies: [],
      commandLines: { 'line 1': 'gcloud builds submit --tag "${REGION}-docker.pkg.dev/${PROJECT}/${REPO}/${IMAGE}"' },
    };
    expect(pushedDockerfiles([build])).toEqual([{ dockerfile: 'scraper/Dockerfile', by: 'scraper/build.sh' }]);
  });
});

describe('deploys in Terraform provisioners (issue 25, ops32)', () => {
  it('reports the folders local-exec commands deploy, at the command lines', async () => {
    const facts = await detected('terraform-provisioner-deploys');
    expect(served(facts)).toEqual([
      ['exporter', 'worker', 'Cloud Run job'],
      ['reports', 'worker', 'Cloud Run job'],
      ['thumbs', 'function', 'Google Cloud Functions'],
    ]);
    const thumbs = facts.services.find((s) => s.path === 'thumbs')!;
    expect(thumbs.entry.map((e) => `${e.file}:${e.line} ${e.detail}`)).toEqual([
      'infra/main.tf:14 deploys the Google Cloud Functions thumbs (python312)',
    ]);
    const reports = facts.services.find((s) => s.path === 'reports')!;
    expect(reports.entry.map((e) => `${e.file}:${e.line}`)).toContain('infra/main.tf:22');
  });

  it('traces a Cloud Run job resource to the folder a script builds its image from', async () => {
    const facts = await detected('terraform-provisioner-deploys');
    const exporter = facts.services.find((s) => s.path === 'exporter')!;
    expect(exporter.entry.map((e) => `${e.file}:${e.line}`)).toContain('infra/jobs.tf:13');
  });

  it('reports no folder for a source the module cannot tell (control)', async () => {
    const facts = await detected('terraform-provisioner-deploys');
    expect(facts.services.some((s) => s.path === 'legacy')).toBe(false);
  });
});

// A Vercel function's handler files; a later commit writes down how the stock server beside them is run.
const SHOP = {
  'package.json': '{"name":"shop","private":true,"dependencies":{"express":"^4.19.2"}}\n',
  'api/hours.js': "module.exports = (req, res) => {\n  res.status(200).json({ open: '8-20' });\n};\n",
  'config/server.js':
    "const express = require('express');\nconst app = express();\napp.get('/stock', (req, res) => res.json([]));\napp.listen(5000);\n",
};
const RUN = { 'README.md': '# Shop\n\n## Run the backend\n\n```\nnode config/server.js\n```\n' };

let repo: ReturnType<typeof gitRepo>;
afterEach(() => repo?.cleanup());

const settings = resolveSettings(undefined, {}, { failOn: 'review', params: DEFAULT_PARAMS });

describe('two kinds of service at one path (issue 25, ops32)', () => {
  it('the function keeps the folder name and the server is `. (http)`: the delta sees one service appear', async () => {
    repo = gitRepo();
    repo.write(SHOP);
    const base = repo.commit('function');
    repo.write(RUN);
    repo.commit('server');
    const report = await analyze({ root: repo.dir, settings, baseRef: base });
    expect(report.services.map((s) => [s.path, s.kind])).toEqual([
      ['.', 'function'],
      ['.', 'http'],
    ]);
    expect(report.services.map((s) => serviceName(s, report.services))).toEqual(['.', '. (http)']);
    const [fn, server] = report.services;
    expect(report.delta!.changes.filter((c) => c.id.startsWith('service.'))).toEqual([
      { id: 'service.. (http)', from: null, to: server!.verdict, files: ['README.md'] },
    ]);
    // the text names each apart where a line speaks of one service alone
    expect(serviceName(fn!, report.services)).toBe('.');
    const text = renderText(report, { color: false });
    expect(text).toMatch(/Node\.js function/);
    // and so does its list of services: the second kind at the folder is `<folder> (http)`
    const listed = text.split('\n').filter((l) => /fit \d+, node/.test(l));
    expect(listed.map((l) => l.trim().split('  ')[0])).toEqual([
      expect.stringMatching(/^\S+ \S+$/),
      expect.stringMatching(/^\S+ \S+ \(http\)$/),
    ]);
  });

  it('history follows both by name: the server appearing is its own event, the function is unchanged', async () => {
    repo = gitRepo();
    repo.write(SHOP);
    repo.commit('function');
    const older = await analyze({ root: repo.dir, settings });
    repo.write(RUN);
    repo.commit('server');
    const newer = await analyze({ root: repo.dir, settings });
    expect(Object.keys(pointServices(newer))).toEqual(['.', '. (http)']);
    expect(Object.keys(pointServices(older))).toEqual(['.']);
    const changes = await changesBetween(older, newer, async () => [], new Set());
    expect(changes.map((c) => [c.service, c.kind])).toEqual([['. (http)', 'appeared']]);
  });

  it('a name without the report beside it tells only a worker apart, as before', () => {
    expect(serviceName({ path: 'api', kind: 'http' })).toBe('api');
    expect(serviceName({ path: 'api', kind: 'worker' })).toBe('api (worker)');
    const both = [
      { path: 'api', kind: 'function' },
      { path: 'api', kind: 'http' },
      { path: 'api', kind: 'worker' },
    ];
    expect(both.map((s) => serviceName(s, both))).toEqual(['api', 'api (http)', 'api (worker)']);
  });
});

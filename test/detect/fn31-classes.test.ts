import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { cliFunctionDeploys } from '../../src/detect/manifests/cli-deploys.js';
import { vercelBuilds } from '../../src/detect/manifests/vercel-builds.js';
import { Lines } from '../../src/detect/manifests/util.js';
import { parseRunDoc } from '../../src/detect/manifests/run-docs.js';
import { manifestKindOf } from '../../src/knowledge/manifest-files.js';
import { imageBuildsAndRuns } from '../../src/detect/image-runs.js';
import { parseDockerfile, parseShellScript, parseWorkflow } from '../../src/detect/manifests/deploy.js';
import { folderAfter } from '../../src/detect/shell-folders.js';
import { scan } from '../../src/scan/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const factsOf = async (name: string) => detect(await scan(path.join(FIXTURES, name)));
const servicesOf = (facts: Awaited<ReturnType<typeof factsOf>>) =>
  facts.services.map((s) => `${s.path} ${s.current} ${s.kind}`).sort();
const deployedDirs = (fns: readonly { dir?: string }[] | undefined) => (fns ?? []).map((f) => f.dir);

describe('functions deployed from the folder a script runs in (issue 25, fn31)', () => {
  const bare = 'gcloud functions deploy hello --entry-point hello --runtime python311 --trigger-http';

  it('a script beside its code deploys its own folder when it names no source', () => {
    const parsed = parseShellScript('functions/hello/deploy.sh', `#!/bin/sh\n${bare}\n`);
    expect(deployedDirs(parsed.manifest?.functions)).toEqual(['functions/hello']);
    expect(parsed.manifest?.functions?.[0]?.backend).toBe('python');
    // control: a script at the root deploys the root, as before
    expect(deployedDirs(parseShellScript('deploy.sh', `${bare}\n`).manifest?.functions)).toEqual(['.']);
  });

  it('a literal cd leads the deploy: on its line, on the lines after it, back with cd ..; a subshell keeps its own', () => {
    const text = [
      'cd "$(dirname "$0")"',
      `(cd fn/a && ${bare})`,
      bare,
      'cd fn/b',
      bare,
      'cd ../..',
      'pushd fn/c',
      bare,
    ].join('\n');
    expect(deployedDirs(parseShellScript('deploy.sh', text).manifest?.functions)).toEqual([
      'fn/a',
      '.',
      'fn/b',
      'fn/c',
    ]);
    // from a script in a subfolder the cd is read from that folder
    expect(deployedDirs(parseShellScript('infra/deploy.sh', `cd ../fn/a\n${bare}\n`).manifest?.functions)).toEqual([
      'fn/a',
    ]);
  });

  it('controls: a folder from a variable, an absolute path or cd - is not known; CI names no folder without a cd', () => {
    for (const cd of ['cd "$FN_DIR"', 'cd /srv/fn', 'cd -', 'cd ~/fn'])
      expect(parseShellScript('deploy.sh', `${cd}\n${bare}\n`).manifest?.functions).toBeUndefined();
    expect(
      parseWorkflow('.github/workflows/deploy.yml', `jobs:\n  d:\n    steps:\n      - run: ${bare}\n`).manifest
        ?.functions,
    ).toBeUndefined();
    // a named source is read as before, a cd before it notwithstanding
    expect(
      deployedDirs(cliFunctionDeploys('deploy.sh', `cd x\n${bare} --source fn/d\n`, '.', { from: 'root', bare: true })),
    ).toEqual(['fn/d']);
  });

  it("a Makefile's recipe lines each run in the Makefile's folder: a cd holds only on its own line", () => {
    const makefile = `deploy:\n\tcd fn/a && ${bare}\n\tcd fn/b\n\t${bare}\n`;
    expect(deployedDirs(parseRunDoc('Makefile', makefile).manifest?.functions)).toEqual(['fn/a', '.']);
  });

  it('fixture: per-folder and cd-led deploys are functions; a folder from a variable and a seeding tool are none', async () => {
    const facts = await factsOf('gcloud-function-scripts');
    expect(servicesOf(facts)).toEqual([
      'functions/notify node function',
      'functions/resize python function',
      'jobs/digest python function',
    ]);
    // the scripts folder holds no code: a deploy from it is a folder of scripts, with its reason
    expect(facts.notServices.find((n) => n.path === 'scripts')?.reason).toBe('scripts');
    expect(facts.services.some((s) => s.path === 'tools/seed' || s.path === '.')).toBe(false);
  });
});

describe('compose files of any name around the word compose (issue 25, fn31)', () => {
  it('names with words before compose are compose files; CI workflows and other YAML keep their kind', () => {
    for (const file of [
      'deploy/kafka-compose.yml',
      'local.docker-compose.yml',
      'infra/docker_compose.yaml',
      'podman-compose.yml',
      'compose-consumer.yml',
      'docker-compose.kafka.yml',
      'compose.dev.yaml',
      'tests/integration/test-compose.yml',
    ])
      expect(manifestKindOf(file), file).toBe('compose');
    // a CI workflow named so stays a workflow, and a word merely ending in compose is no compose file
    expect(manifestKindOf('.github/workflows/ci-compose.yml')).toBe('workflow');
    expect(manifestKindOf('config/decompose.yml')).not.toBe('compose');
  });

  it("fixture: a prefixed compose file runs its consumer (a worker); a tests folder's compose file runs no service", async () => {
    const facts = await factsOf('compose-prefixed-names');
    expect(servicesOf(facts)).toEqual(['api python http', 'consumer python worker']);
    expect(facts.services.some((s) => s.path.startsWith('tests'))).toBe(false);
  });
});

describe('images built by a written docker build and run by tag in Kubernetes (issue 25, fn31)', () => {
  it('folderAfter: cd parts of a command from a folder; a variable, ~ or cd - is not known', () => {
    expect(folderAfter('cd clients', '.', '.')).toBe('clients');
    expect(folderAfter('cd a && cd ../b', '.', '.')).toBe('b');
    expect(folderAfter('cd "$(dirname "$0")"', '.', 'scripts')).toBe('scripts');
    expect(folderAfter('cd $APP_DIR', '.', '.')).toBeUndefined();
    expect(folderAfter('echo cd x', '.', '.')).toBe('.');
  });

  it("a script's cd lines lead its builds; from a subfolder the root reading is taken where only it names a Dockerfile", () => {
    const manifests = [
      parseDockerfile('clients/Dockerfile', 'FROM python:3.12\nCOPY . .\n').manifest!,
      parseDockerfile('api/Dockerfile', 'FROM node:20\nCOPY . .\n').manifest!,
      parseShellScript(
        'scripts/build.sh',
        'cd clients\ndocker build -t clients:1 .\ncd ..\ndocker build -t api:1 -f api/Dockerfile api\n',
      ).manifest!,
    ];
    const built = imageBuildsAndRuns(manifests).builds.map((b) => `${b.image}:${b.tag} ${b.context}`);
    expect(built).toEqual(['clients:1 clients', 'api:1 api']);
    // control: a script beside its Dockerfile builds its own folder, as before
    const own = imageBuildsAndRuns([
      parseDockerfile('svc/Dockerfile', 'FROM node:20\n').manifest!,
      parseShellScript('svc/deploy.sh', 'docker build -t svc:latest .\n').manifest!,
    ]).builds.map((b) => b.context);
    expect(own).toEqual(['svc']);
  });

  it("fixture: the manifest's command decides the kind of the folder the tag was built from; an image not built here is none", async () => {
    const facts = await factsOf('k8s-tagged-images');
    expect(servicesOf(facts)).toEqual(['api node http', 'clients python worker']);
    expect(facts.services.some((s) => s.path === 'reports')).toBe(false);
  });
});

describe('Vercel functions configured by their source paths (issue 25, fn31)', () => {
  const read = (text: string) => vercelBuilds('vercel.json', text, new Lines(text)).map((f) => `${f.dir} ${f.backend}`);

  it('a functions key under api/ names the folder of its source, the backend from its extension', () => {
    expect(read('{"functions": {"api/wsgi.py": {"runtime": "python3.12"}}}')).toEqual(['api python']);
    expect(read('{"functions": {"api/*.js": {"maxDuration": 30}}}')).toEqual(['api node']);
    // a build and a key naming the same folder are one function
    expect(
      read('{"builds": [{"src": "api/index.py", "use": "@vercel/python"}], "functions": {"api/index.py": {}}}'),
    ).toEqual(['api python']);
  });

  it('controls: keys outside api/ (Vercel matches none), Next.js route trees, other runtimes and unparsable files', () => {
    expect(read('{"functions": {"server/*.js": {"maxDuration": 30}}}')).toEqual([]);
    expect(read('{"functions": {"app/api/**/*": {"maxDuration": 10}, "src/pages/api/*.ts": {}}}')).toEqual([]);
    expect(read('{"functions": {"api/*.php": {"runtime": "vercel-php@0.6.0"}}}')).toEqual([]);
    expect(read('{"functions": {"api/a.js": {}')).toEqual([]);
  });

  it('fixture: the configured Python file is a function; the Next.js app beside it stays http', async () => {
    const facts = await factsOf('vercel-function-paths');
    expect(servicesOf(facts)).toEqual(['. python function', 'web node http']);
  });
});

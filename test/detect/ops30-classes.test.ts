import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { parseCompose } from '../../src/detect/manifests/deploy.js';
import { starlarkCalls } from '../../src/detect/manifests/starlark-calls.js';
import { renderTemplate } from '../../src/detect/helm-charts.js';
import { CHART_FORMATS } from '../../src/knowledge/helm-charts.js';
import { manifestKindOf } from '../../src/knowledge/manifest-files.js';
import { scan } from '../../src/scan/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

const buildsOf = (file: string, text: string) =>
  (parseCompose(file, text).manifest?.imageBuilds ?? []).map(({ image, context, dockerfile }) => ({
    image,
    context,
    dockerfile,
  }));

describe('Starlark calls read as tables, nothing evaluated (issue 25)', () => {
  it('positional arguments by the parameter names given, keyword arguments by name, literals only', () => {
    const text = [
      'docker_build("shop/api", "api", dockerfile="api/Dockerfile.dev")',
      "docker_build(ref='shop/web', context='web', only=['src', 'package.json'])",
      "docker_build('shop/' + name, ctx)  # computed: left out",
      'local_resource("seed", cmd="python seed.py")',
    ].join('\n');
    expect(starlarkCalls(text, { docker_build: ['ref', 'context'] })).toEqual({
      docker_build: [
        { ref: 'shop/api', context: 'api', dockerfile: 'api/Dockerfile.dev' },
        { ref: 'shop/web', context: 'web', only: ['src', 'package.json'] },
        {},
      ],
    });
  });

  it('a call written over several lines, with commas and parentheses inside strings and comments', () => {
    const text = [
      'docker_build(',
      "    'shop/api',  # the API (and its worker, see k8s/)",
      "    context='.',",
      "    dockerfile='api/Dockerfile',",
      "    live_update=[sync('api', '/srv'), run('npm ci', trigger=['package.json'])],",
      ')',
    ].join('\n');
    expect(starlarkCalls(text, { docker_build: ['ref', 'context'] }).docker_build).toEqual([
      { ref: 'shop/api', context: '.', dockerfile: 'api/Dockerfile' },
    ]);
  });
});

describe("Tiltfile image builds: the images a Tilt environment's Kubernetes or compose files run by name (issue 25)", () => {
  it('a Tiltfile is read as a container descriptor, wherever it lies', () => {
    expect(manifestKindOf('Tiltfile')).toBe('compose');
    expect(manifestKindOf('dev/Tiltfile')).toBe('compose');
    expect(manifestKindOf('Tiltfile.bak')).not.toBe('compose');
  });

  it("docker_build names a build of its context: the Dockerfile from the Tiltfile's folder, else the context's own", () => {
    const text = [
      "docker_build('shop/api', 'api')",
      "docker_build('shop/worker', '.', dockerfile='worker/Dockerfile')",
      "docker_build('shop/' + svc, svc)",
    ].join('\n');
    expect(buildsOf('Tiltfile', text)).toEqual([
      { image: 'shop/api', context: 'api', dockerfile: 'api/Dockerfile' },
      { image: 'shop/worker', context: '.', dockerfile: 'worker/Dockerfile' },
    ]);
    // a Tiltfile in a subfolder resolves from there; a context leaving the repository is no build
    expect(buildsOf('dev/Tiltfile', "docker_build('shop/api', '../api')\ndocker_build('x', '../../..')")).toEqual([
      { image: 'shop/api', context: 'api', dockerfile: 'api/Dockerfile' },
    ]);
  });

  it('a Tiltfile that builds nothing (only third-party charts and compose services) gives no manifest', () => {
    const text =
      "load('ext://helm_remote', 'helm_remote')\nhelm_remote('redis', repo_url='https://charts.bitnami.com/bitnami')\ndocker_compose('docker-compose.yml')\n";
    expect(parseCompose('Tiltfile', text).manifest).toBeUndefined();
  });

  it('end to end: a worker and a job that Kubernetes runs on Tilt-built images are services; the nginx frontend is none', async () => {
    const facts = detect(await scan(path.join(FIXTURES, 'tilt-builds')));
    expect(facts.services.map((s) => [s.path, s.current, s.kind, s.frameworks])).toEqual([
      ['api', 'node', 'http', ['Express']],
      ['api', 'node', 'worker', ['BullMQ']],
      ['reports', 'python', 'worker', ['Kubernetes job']],
    ]);
    const worker = facts.services.find((s) => s.path === 'api' && s.kind === 'worker')!;
    expect(worker.entry.map((e) => e.detail).join('\n')).toContain('Tilt builds api as bookings/api');
    const job = facts.services.find((s) => s.path === 'reports')!;
    expect(job.frameworks).toEqual(['Kubernetes job']);
    expect(facts.services.map((s) => s.path)).not.toContain('admin');
    expect(facts.services.map((s) => s.path)).not.toContain('tools');
  });
});

describe('Bazel and Pants targets run by commands people write down (issue 25)', () => {
  it('`bazel run` in a README, a Makefile or a script starts the binary; `bazel build` in CI starts none', async () => {
    const facts = detect(await scan(path.join(FIXTURES, 'bazel-run-docs')));
    expect(facts.services.map((s) => [s.path, s.current, s.kind, s.frameworks])).toEqual([
      ['services/api', 'python', 'http', ['FastAPI']],
      ['services/ingest', 'python', 'worker', ['Kafka consumer']],
      ['services/web', 'node', 'http', ['Express']],
    ]);
    const entries = (dir: string) =>
      facts.services
        .filter((s) => s.path === dir)
        .flatMap((s) => s.entry.map((e) => e.file))
        .sort();
    expect(entries('services/api')).toContain('README.md');
    expect(entries('services/ingest')).toContain('Makefile');
    expect(entries('services/web')).toContain('scripts/dev.sh');
    // only CI builds the admin; the report tool runs but starts no server
    expect(facts.services.map((s) => s.path)).not.toContain('services/admin');
    expect(facts.services.map((s) => s.path)).not.toContain('tools/report');
  });
});

describe("Helm charts: templates rendered with the chart's values, read as Kubernetes workloads (issue 25)", () => {
  const helm = CHART_FORMATS.find((f) => f.id === 'helm')!;
  const render = (template: string, values: Record<string, unknown>) => renderTemplate(template, values, helm);

  it('a value read in an action is put in; a list or table as JSON; anything else is a variable', () => {
    const values = { image: { repository: 'ghcr.io/acme/api', tag: '' }, command: ['celery', '-A', 'tasks', 'worker'] };
    expect(
      render('image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"', values),
    ).toBe('image: "ghcr.io/acme/api:$X"');
    expect(render('command: {{ .Values.command | toJson }}', values)).toBe('command: ["celery","-A","tasks","worker"]');
    expect(render('name: {{ include "x.fullname" . }}-{{ .Release.Name }}', values)).toBe('name: $X-$X');
    expect(render('tag: {{ .Values.missing | default "1.2" }}', values)).toBe('tag: 1.2');
  });

  it("a value written alone under its key becomes that key's; lines keep their numbers", () => {
    const template = ['command:', '  {{- toYaml .Values.cmd | nindent 2 }}', 'next: 1'].join('\n');
    expect(render(template, { cmd: ['node', 'worker.js'] }).split('\n')).toEqual([
      'command: ["node","worker.js"]',
      '',
      'next: 1',
    ]);
  });

  it('if/else on a value chooses a branch, with makes it the scope, a range body and a define are left out', () => {
    const template = [
      '{{- if .Values.worker.enabled }}',
      'worker: on',
      '{{- else }}',
      'worker: off',
      '{{- end }}',
      '{{- if not .Values.beat.enabled }}',
      'beat: off',
      '{{- end }}',
      '{{- with .Values.worker.args }}',
      'args: {{ toJson . }}',
      '{{- end }}',
      '{{- range .Values.extra }}',
      '- {{ . }}',
      '{{- end }}',
      '{{- if .Release.IsUpgrade }}',
      'upgrade: unknown, taken',
      '{{- end }}',
    ].join('\n');
    const values = { worker: { enabled: true, args: ['-Q', 'mail'] }, beat: { enabled: false }, extra: ['a'] };
    expect(
      render(template, values)
        .split('\n')
        .filter((l) => l !== ''),
    ).toEqual(['worker: on', 'beat: off', 'args: ["-Q","mail"]', 'upgrade: unknown, taken']);
    expect(
      render(template, { worker: { enabled: false } })
        .split('\n')
        .filter((l) => l !== ''),
    ).toEqual(['worker: off', 'beat: off', 'upgrade: unknown, taken']);
  });

  it("end to end: a worker the chart's values start on the image a Makefile builds; a disabled job and a stock image are none", async () => {
    const facts = detect(await scan(path.join(FIXTURES, 'helm-chart-workers')));
    expect(facts.services.map((s) => [s.path, s.current, s.kind, s.frameworks])).toEqual([
      ['app', 'python', 'http', ['FastAPI']],
      ['app', 'python', 'worker', ['Celery']],
    ]);
    const worker = facts.services.find((s) => s.kind === 'worker')!;
    expect(worker.entry).toContainEqual(
      expect.objectContaining({
        file: 'chart/templates/worker.yaml',
        detail: expect.stringContaining('Helm chart chart (values.yaml)'),
      }),
    );
    expect(facts.services.map((s) => s.path)).not.toContain('reports');
  });
});

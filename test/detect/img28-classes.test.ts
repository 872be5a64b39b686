import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { deploymentChains } from '../../src/detect/deploy-chain.js';
import { parseHostUnit, writtenUnits } from '../../src/detect/manifests/host-units.js';
import { parseSupervisorConf, parseTemplateCandidate, parseWorkflow } from '../../src/detect/manifests/deploy.js';
import { buildsOf, containerCommand } from '../../src/detect/image-runs.js';
import { SERVER_KNOWLEDGE } from '../../src/knowledge/servers/index.js';
import { manifestKindOf } from '../../src/knowledge/manifest-files.js';
import type { Manifest } from '../../src/model/facts.js';
import { scan } from '../../src/scan/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

const runsOf = (file: string, text: string) =>
  (parseHostUnit(file, text).manifest?.hostRuns ?? []).map((r) => [r.line, r.command]);

describe('systemd units and supervisor programs read as host runs (issue 25)', () => {
  it('a unit file is a host-unit manifest by its name, with or without a template suffix', () => {
    for (const file of ['deploy/api.service', 'roles/api/templates/api.service.j2', 'api@.service.in'])
      expect(manifestKindOf(file), file).toBe('host-unit');
    expect(manifestKindOf('puppet/modules/supervisor/templates/celery.tpl')).toBe('host-unit');
    // a plain supervisor config keeps its own kind; a unit's drop-in and a socket unit are no programs
    expect(manifestKindOf('deploy/supervisord.conf')).toBe('supervisor-conf');
    expect(manifestKindOf('deploy/api.socket')).not.toBe('host-unit');
  });

  it("a unit's ExecStart runs in its WorkingDirectory: continuations joined, prefixes and a venv's bin folder off", () => {
    const unit = [
      '[Unit]',
      'Description=api',
      '[Service]',
      'WorkingDirectory=-/srv/shop/api',
      'ExecStartPre=/srv/shop/venv/bin/python manage.py migrate',
      'ExecStart=-/srv/shop/venv/bin/gunicorn --workers 3 \\',
      '    --bind 127.0.0.1:8000 shop.app:app',
      '[Install]',
      'WantedBy=multi-user.target',
    ].join('\n');
    expect(runsOf('deploy/api.service', unit)).toEqual([
      [6, 'cd /srv/shop/api && gunicorn --workers 3 --bind 127.0.0.1:8000 shop.app:app'],
    ]);
    // no [Service] section, or no ExecStart: nothing runs
    expect(runsOf('deploy/x.service', '[Unit]\nDescription=x\nExecStart=/usr/bin/node a.js')).toEqual([]);
  });

  it('template placeholders become single words, so a path holding one is never a folder of the tree', () => {
    const tpl = [
      '[program:celery]',
      'command=/srv/www/<%= @appname %>/venv/bin/celery worker --app=app',
      'directory=/srv/www/<%= @appname %>',
      '[program:api]',
      'command={{ venv_dir }}/bin/uvicorn main:app --port ${PORT}',
      'directory=%(ENV_HOME)s/{app}',
    ].join('\n');
    expect(runsOf('puppet/modules/supervisor/templates/celery.tpl', tpl)).toEqual([
      [2, 'cd /srv/www/@appname@ && celery worker --app=app'],
      [5, 'cd @ENV_HOME@/@app@ && uvicorn main:app --port @PORT@'],
    ]);
  });

  it('a plain supervisor config gives its programs as host runs too, beside the lines an image follows', () => {
    const conf = '[supervisord]\nnodaemon=true\n[program:worker]\ncommand=rq worker\ndirectory=/app/jobs\n';
    const m = parseSupervisorConf('supervisord.conf', conf).manifest!;
    expect(m.commandLines).toEqual({ worker: 'cd /app/jobs && rq worker' });
    expect(m.hostRuns?.map((r) => [r.line, r.detail, r.command])).toEqual([
      [4, 'supervisor program in supervisord.conf [worker]', 'cd /app/jobs && rq worker'],
    ]);
  });

  it('a heredoc a script writes to where systemd or supervisor reads it is a unit; other heredocs are not', () => {
    const script = [
      'cat > /tmp/notes.txt <<EOF',
      '[Service]',
      'ExecStart=node ignored.js',
      'EOF',
      "sudo bash -c 'cat <<EOF > /etc/systemd/system/api.service",
      '[Service]',
      'WorkingDirectory=/opt/app',
      'ExecStart=/usr/bin/node server.js',
      "EOF'",
      'cat <<CONF | sudo tee /etc/supervisor/conf.d/worker.conf',
      '[program:worker]',
      'command=/opt/app/venv/bin/celery -A tasks worker',
      'CONF',
    ].join('\n');
    expect(writtenUnits('deploy.sh', script).map((r) => [r.line, r.detail, r.command])).toEqual([
      [8, 'deploy.sh writes /etc/systemd/system/api.service', 'cd /opt/app && node server.js'],
      [12, 'deploy.sh writes /etc/supervisor/conf.d/worker.conf [worker]', 'celery -A tasks worker'],
    ]);
  });
});

describe('units a deploy workflow writes (issue 25)', () => {
  it("a run step's heredoc to /etc/systemd/system is a unit of the workflow, its lines de-indented by YAML", () => {
    const workflow = [
      'jobs:',
      '  deploy:',
      '    steps:',
      '      - run: |',
      '          sudo tee /etc/systemd/system/shop-workers.service > /dev/null <<EOF',
      '          [Service]',
      '          WorkingDirectory=/home/deploy/shop',
      '          ExecStart=/home/deploy/shop/.venv/bin/python manage.py run_huey',
      '          EOF',
    ].join('\n');
    const m = parseWorkflow('.github/workflows/deploy.yml', workflow).manifest!;
    expect(m.hostRuns?.map((r) => [r.line, r.command])).toEqual([
      [8, 'cd /home/deploy/shop && python manage.py run_huey'],
    ]);
  });
});

describe('where a host run places the checkout (issue 25)', () => {
  const manifest = (file: string, ...commands: string[]): Manifest => ({
    kind: 'host-unit',
    file,
    dir: path.posix.dirname(file),
    dependencies: [],
    hostRuns: commands.map((command, i) => ({ file, line: i + 1, detail: `unit ${file}`, command })),
  });
  const chainsOf = (paths: string[], ...manifests: Manifest[]) =>
    deploymentChains(
      manifests,
      paths,
      { node: new Set(['web']), python: new Set(['.', 'api', 'worker']) },
      SERVER_KNOWLEDGE,
    ).entries.map((e) => [e.dir, e.backend, e.worker, e.code]);

  it('the shallowest folder of the command under which its code is a file of the tree', () => {
    const paths = ['main.py', 'api/main.py', 'api/requirements.txt', 'web/server.js', 'web/package.json'];
    // /home/u/app/api holds main.py: the checkout is /home/u/app, the code api/main.py (not the root's main.py)
    expect(chainsOf(paths, manifest('deploy/api.service', 'cd /home/u/app/api && uvicorn main:app'))).toEqual([
      ['api', 'python', false, 'api/main.py'],
    ]);
    // a script named by its absolute path, with no working directory
    expect(chainsOf(paths, manifest('deploy/web.service', 'node /opt/shop/web/server.js'))).toEqual([
      ['web', 'node', false, 'web/server.js'],
    ]);
    // the root's own module, the working directory being the checkout itself
    expect(chainsOf(paths, manifest('deploy/root.service', 'cd /opt/shop && gunicorn main:app'))).toEqual([
      ['.', 'python', false, 'main.py'],
    ]);
  });

  it('a command whose code is no file of the tree places nothing (the host runs something else)', () => {
    const paths = ['api/main.py', 'api/requirements.txt'];
    expect(
      chainsOf(
        paths,
        manifest('deploy/x.service', 'cd /opt/other && gunicorn server:app', 'prometheus-node-exporter', 'npm start'),
      ),
    ).toEqual([]);
  });

  it('a supervisor config an image runs is followed in the image, not again on a host', () => {
    const paths = ['worker/Dockerfile', 'worker/supervisord.conf', 'worker/tasks.py', 'worker/requirements.txt'];
    const dockerfile: Manifest = {
      kind: 'dockerfile',
      file: 'worker/Dockerfile',
      dir: 'worker',
      dependencies: [],
      image: { stages: [{ copies: [{ sources: ['.'], dest: '/app', line: 2 }] }], workdir: '/app' },
      scripts: { cmd: 'supervisord -c /app/supervisord.conf' },
    };
    const conf = parseSupervisorConf(
      'worker/supervisord.conf',
      '[program:w]\ncommand=celery -A tasks worker\n',
    ).manifest!;
    const entries = deploymentChains(
      [dockerfile, conf],
      paths,
      { node: new Set(), python: new Set(['worker']) },
      SERVER_KNOWLEDGE,
    ).entries;
    expect(entries.map((e) => [e.dir, e.worker, e.at.file])).toEqual([['worker', true, 'worker/Dockerfile']]);
  });

  it('end to end: the unit, the templated supervisor program and the written unit are services; a unit of no tree code is not', async () => {
    const facts = detect(await scan(path.join(FIXTURES, 'host-unit-services')));
    expect(facts.services.map((s) => [s.path, s.current, s.kind])).toEqual([
      ['api', 'python', 'http'],
      ['api', 'python', 'worker'],
      ['notifier', 'node', 'http'],
    ]);
    const worker = facts.services.find((s) => s.kind === 'worker')!;
    expect(worker.entry).toContainEqual(
      expect.objectContaining({
        file: 'ops/puppet/modules/supervisor/templates/celery.tpl',
        line: 2,
        detail: expect.stringContaining('celery --app=shop.tasks worker'),
      }),
    );
    expect(facts.services.find((s) => s.path === 'notifier')!.entry).toContainEqual(
      expect.objectContaining({ file: 'ops/scripts/provision.sh', line: 12 }),
    );
    expect(facts.notServices.map((n) => [n.path, n.reason])).toEqual([['legacy-admin', 'no-entry']]);
  });
});

describe('images built by CI and by scripts, run by name (issue 25)', () => {
  it('a build-push-action step builds its context under its tags, or the images of the metadata step it takes them from', () => {
    const workflow = [
      'env:',
      '  REGISTRY: registry.acme.io',
      '  OWNER: ${{ github.repository_owner }}',
      'jobs:',
      '  build:',
      '    steps:',
      '      - id: meta',
      '        uses: docker/metadata-action@v5',
      '        with:',
      '          images: |',
      '            ghcr.io/acme/api',
      '            name=docker.io/acme/api,enable=true',
      '      - uses: docker/build-push-action@v6',
      '        with:',
      '          context: ./api',
      '          tags: ${{ steps.meta.outputs.tags }}',
      '      - uses: docker/build-push-action@v6',
      '        with:',
      '          file: docker/worker.Dockerfile',
      '          tags: ${{ env.REGISTRY }}/worker:latest,${{ env.OWNER }}/worker:latest',
      '      - uses: docker/build-push-action@v6',
      '        with:',
      '          context: ${{ matrix.service }}',
      '          tags: acme/${{ matrix.service }}',
      '      - run: |',
      '          docker build -t acme/cron:${{ github.sha }} \\',
      '            ./cron',
    ].join('\n');
    const m = parseWorkflow('.github/workflows/ci.yml', workflow).manifest!;
    expect(m.imageBuilds?.map((b) => [b.line, b.image, b.context, b.dockerfile])).toEqual([
      [13, 'ghcr.io/acme/api:${{meta}}', 'api', 'api/Dockerfile'],
      [13, 'docker.io/acme/api:${{meta}}', 'api', 'api/Dockerfile'],
      // the context defaults to the checkout; a name made by an expression the workflow does not set is kept for the reader to drop
      [17, 'registry.acme.io/worker:latest', '.', 'docker/worker.Dockerfile'],
      [17, '${{env.OWNER}}/worker:latest', '.', 'docker/worker.Dockerfile'],
    ]);
    // a run step's lines, continuations joined, for the image reader
    expect(Object.values(m.commandLines ?? {})).toEqual(['docker build -t acme/cron:${{github.sha}} ./cron']);
  });

  it('a tag set by a variable is any tag, a name set by one is no name; `docker tag` names a build again', () => {
    expect(containerCommand('docker build -t ghcr.io/o/worker:$TAG ./cronjob', '.')).toEqual({
      build: [{ image: 'ghcr.io/o/worker', tag: '*', context: 'cronjob', dockerfile: 'cronjob/Dockerfile' }],
    });
    expect(containerCommand('docker build -t $REGISTRY/worker:1 ./cronjob', '.')).toEqual({ build: [] });
    expect(containerCommand('docker tag reports:${{github.sha}} reg.io/reports:2', '.')).toEqual({
      alias: { from: { image: 'reports', tag: '*' }, to: { image: 'reg.io/reports', tag: '2' } },
    });
    const build = {
      image: 'ghcr.io/o/worker',
      tag: '*',
      context: 'w',
      dockerfile: 'w/Dockerfile',
      at: { file: 'a', detail: 'a' },
    };
    const run = (tag: string) => ({ image: 'ghcr.io/o/worker', tag, at: { file: 'k', detail: 'k' } });
    expect(buildsOf(run('0.1'), [build]).map((b) => b.context)).toEqual(['w']);
    expect(buildsOf({ ...run('0.1'), image: 'o/worker' }, [build])).toEqual([]);
  });

  it('a Kubernetes workload kept beside its code is read as one; a Job or CronJob container is marked as run to completion', () => {
    const cron = [
      'apiVersion: batch/v1',
      'kind: CronJob',
      'spec:',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers:',
      '            - name: report',
      '              image: reg.io/reports:2',
    ].join('\n');
    const m = parseTemplateCandidate('reports/cronjob.yaml', cron).manifest!;
    expect(m.kind).toBe('kubernetes');
    expect(m.containers?.map((c) => [c.image, c.job])).toEqual([['reg.io/reports:2', 'Kubernetes job']]);
    // any other YAML stays a template candidate (nothing in it here)
    expect(parseTemplateCandidate('config/app.yaml', 'kind: Config\nname: x\n').manifest).toBeUndefined();
  });

  it('end to end: CI builds, Kubernetes runs: the worker a command override starts, a CronJob of a script; not a migration job or an unrun image', async () => {
    const facts = detect(await scan(path.join(FIXTURES, 'ci-built-images')));
    expect(facts.services.map((s) => [s.path, s.current, s.kind, s.frameworks])).toEqual([
      ['billing', 'python', 'http', ['FastAPI']],
      ['billing', 'python', 'worker', ['Celery']],
      ['reports', 'node', 'worker', ['Kubernetes job']],
    ]);
    const worker = facts.services.find((s) => s.path === 'billing' && s.kind === 'worker')!;
    expect(worker.entry).toContainEqual(
      expect.objectContaining({
        file: 'deploy/billing.yaml',
        detail: expect.stringContaining('docker/build-push-action'),
      }),
    );
    const reports = facts.services.find((s) => s.path === 'reports')!;
    expect(reports.entry.map((e) => e.detail).join('\n')).toContain('docker tag reports');
    // the migration Job runs a one-off script of billing: no worker of it; the load generator's image is built, never run
    expect(facts.services.map((s) => s.path)).not.toContain('tools/loadgen');
  });
});

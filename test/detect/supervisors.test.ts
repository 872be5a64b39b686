import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/detect/manifests/index.js';
import { packageScriptRun } from '../../src/detect/package-script-runs.js';
import { detect } from '../../src/detect/index.js';
import { scanTree } from '../support/scan-tree.js';

const found = (files: Record<string, string>) =>
  detect(scanTree(files), {}).services.map((s) => `${s.path}:${s.kind}:${s.frameworks.join('+')}`);

describe('process supervisors and package scripts a deployment runs', () => {
  it("supervisord's programs: each [program:x] command, in its directory; other sections are not programs", () => {
    const conf = [
      '[supervisord]',
      'nodaemon=true',
      '',
      '[program:web]',
      'command=gunicorn app:app',
      'directory=/srv',
      '',
      '[program:jobs]',
      'command = python manage.py run_huey -f',
      '',
      '[eventlistener:crash]',
      'command=crashmail -a',
      '',
    ].join('\n');
    expect(parseManifest('supervisor-conf', 'deploy/supervisord.conf', conf).manifest?.commandLines).toEqual({
      web: 'cd /srv && gunicorn app:app',
      jobs: 'python manage.py run_huey -f',
    });
  });

  it('a start script that runs supervisord -c starts the programs of that file, Huey run by Django included', () => {
    expect(
      found({
        'requirements.txt': 'django\nhuey\n',
        'manage.py':
          'import sys\nfrom django.core.management import execute_from_command_line\nexecute_from_command_line(sys.argv)\n',
        'supervisord-all.conf': '[program:jobs]\ncommand=python manage.py run_huey -f\n',
        'bootstrap.sh': '#!/bin/sh\npython manage.py migrate\nexec supervisord -c supervisord-all.conf\n',
        Dockerfile:
          'FROM python:3.12 AS app\nWORKDIR /etc/app\nCOPY . .\n\nFROM app AS app-plus\nCMD ["./bootstrap.sh"]\n',
      }),
    ).toEqual(['.:http:Django', '.:worker:Huey']);
  });

  it('a package manager running a script is read as that script; its own commands are not scripts', () => {
    const scripts = { start: 'node server.js', worker: 'node worker.js', install: 'node setup.js' };
    expect(packageScriptRun('npm run worker', scripts)).toEqual({ name: 'worker', command: 'node worker.js' });
    expect(packageScriptRun('npm start', scripts)).toEqual({ name: 'start', command: 'node server.js' });
    expect(packageScriptRun('yarn worker', scripts)).toEqual({ name: 'worker', command: 'node worker.js' });
    expect(packageScriptRun('pnpm run worker', scripts)).toEqual({ name: 'worker', command: 'node worker.js' });
    expect(packageScriptRun('yarn install', scripts)).toBeUndefined();
    expect(packageScriptRun('npm worker', scripts)).toBeUndefined();
    expect(packageScriptRun('npm run missing', scripts)).toBeUndefined();
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { parseManifests } from '../../src/detect/manifests/index.js';
import { writtenCommands } from '../../src/detect/written-runs.js';
import { numberedLessons } from '../../src/detect/collections.js';
import { SERVER_KNOWLEDGE } from '../../src/knowledge/servers/index.js';
import { scan } from '../../src/scan/index.js';
import { scanTree } from '../support/scan-tree.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

const processesOf = (file: string, text: string) =>
  parseManifests('run-doc', file, text)
    .flatMap((p) => p.manifest?.processes ?? [])
    .map((p) => [p.dir, p.command, p.line]);

describe('run commands written down for people (issue 25)', () => {
  it('a README and a Makefile start their folders by hand; a library README and prose start nothing', async () => {
    const facts = detect(await scan(path.join(FIXTURES, 'written-run-commands')));
    expect(facts.services.map((s) => [s.path, s.current, s.kind])).toEqual([
      ['api', 'python', 'http'],
      ['board', 'python', 'http'],
    ]);
    expect(facts.services[0]!.entry[0]).toEqual({
      file: 'README.md',
      line: 12,
      detail: 'README.md runs flask --app server run --port 5001 (from api/server.py)',
    });
    expect(facts.services[1]!.entry.map((e) => e.detail)).toContain(
      'Makefile target run runs flask --app board --debug run -p 5002 (from board/board.py)',
    );
    expect(facts.notServices.map((n) => [n.path, n.reason])).toEqual([
      ['lib', 'library'],
      ['wiki', 'no-entry'],
    ]);
  });

  it('reads code blocks and spans, not prose; follows cd lines and stops at a folder outside the tree', () => {
    const readme = [
      'Run app.py with python.', // prose
      '```sh',
      '$ git clone https://example.com/shop.git',
      '$ cd shop', // the clone's folder is the README's own
      '$ cd services/api',
      '(venv) $ uvicorn main:app',
      '# python worker.py',
      'cd ..',
      'python jobs.py',
      'cd /srv/app',
      'gunicorn app:app',
      '```',
      'Or `node server.js`.',
    ].join('\n');
    expect(processesOf('docs/README.md', readme)).toEqual([
      ['docs/services/api', 'uvicorn main:app', 6],
      ['docs/services', 'python jobs.py', 9],
      ['docs', 'node server.js', 13],
    ]);
    const rst = ['Run it::', '', '    cd api', '    python app.py', '', 'Then ``flask run``.'].join('\n');
    expect(processesOf('README.rst', rst)).toEqual([
      ['api', 'python app.py', 4],
      ['.', 'flask run', 6],
    ]);
  });

  it('follows make targets and variables through a recipe; a folder written by a variable in cd is not followed', () => {
    const makefile = [
      'PY ?= python3',
      'APP := server.py',
      'run:',
      '\t@$(PY) $(APP)',
      'serve: run',
      'start:',
      '\tmake run',
      'test:',
      '\tpytest',
    ].join('\n');
    const runs = processesOf('svc/Makefile', makefile);
    expect(runs).toContainEqual(['svc', 'python3 server.py', 4]);
    expect(runs.filter(([, command]) => command === 'python3 server.py')).toHaveLength(2); // run, and start through it
    expect(runs).toContainEqual(['svc', 'pytest', 9]);
  });

  it('names the app a server finds by itself, and a server module run by the runtime as the server', () => {
    const files = new Set(['api/app.py', 'api/tasks/__main__.py']);
    const k = SERVER_KNOWLEDGE;
    expect(writtenCommands('flask run', 'api', files, k)).toEqual(['flask --app app run', 'flask --app wsgi run']);
    expect(writtenCommands('FLASK_APP=web/server.py flask run', 'api', files, k)).toEqual([
      'flask --app web.server run',
    ]);
    expect(writtenCommands('flask --app main run', 'api', files, k)).toEqual(['flask --app main run']);
    expect(writtenCommands('python -m uvicorn main:app', 'api', files, k)).toEqual(['uvicorn main:app']);
    // a module of the tree is the folder's own code, run as it is
    expect(writtenCommands('python -m tasks', 'api', files, k)).toEqual(['python -m tasks']);
  });
});

describe('a collection of Django projects (issue 25)', () => {
  it('a step nothing runs is no service, nor is the root its shared requirements belong to; a step its README runs is', async () => {
    const facts = detect(await scan(path.join(FIXTURES, 'django-course-steps')));
    expect(facts.services.map((s) => [s.path, s.current, s.kind])).toEqual([['03-api', 'python', 'http']]);
    expect(facts.services[0]!.entry[0]).toMatchObject({
      file: '03-api/README.md',
      line: 7,
      detail: expect.stringMatching(
        /^README\.md runs python manage\.py runserver 0\.0\.0\.0:8000 \(from 03-api\/manage\.py\)$/,
      ),
    });
    expect(facts.notServices.map((n) => [n.path, n.reason, n.why])).toEqual([
      [
        '01-first-project',
        'playground',
        expect.stringMatching(/^one of 3 projects started by a command \(manage\.py\)/),
      ],
      ['02-views', 'playground', expect.stringMatching(/^one of 3 projects started by a command/)],
    ]);
  });
});

describe('a Django project below the manifest and image that run it (issue 25)', () => {
  const site = (dockerfile: string) => ({
    'requirements.txt': 'Django==5.0.6\ngunicorn==22.0.0\n',
    Dockerfile: dockerfile,
    'proj/manage.py':
      'import sys\nfrom django.core.management import execute_from_command_line\n\nexecute_from_command_line(sys.argv)\n',
    'proj/proj/wsgi.py': 'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
    'proj/shop/views.py': 'from django.http import JsonResponse\n',
  });

  it("the service is the folder of manage.py, by --chdir or by the image's working directory", () => {
    for (const dockerfile of [
      'FROM python:3.12\nWORKDIR /app\nCOPY . .\nCMD ["gunicorn", "--chdir", "proj", "proj.wsgi:application"]\n',
      'FROM python:3.12\nCOPY . /app\nWORKDIR /app/proj\nCMD gunicorn proj.wsgi:application\n',
      'FROM python:3.12\nWORKDIR /app\nCOPY . .\nCMD python proj/manage.py runserver 0.0.0.0:8000\n',
    ]) {
      const facts = detect(scanTree(site(dockerfile)));
      expect(
        facts.services.map((s) => [s.path, s.frameworks]),
        dockerfile,
      ).toEqual([['proj', ['Django']]]);
      expect(facts.notServices, dockerfile).toEqual([]);
    }
  });
});

describe('numbered lessons of a collection (issue 25)', () => {
  const step = (dir: string, run = false, startFiles: string[] = [`${dir}/app.py`]) => ({ dir, run, startFiles });

  it('two numbered folders side by side that nothing runs are lessons; one run step makes the series a project', () => {
    expect([
      ...numberedLessons([step('course/01-intro'), step('course/02-views'), step('course/notes')]).keys(),
    ]).toEqual(['course/01-intro', 'course/02-views']);
    expect(numberedLessons([step('svc/01-api'), step('svc/02-worker', true)]).size).toBe(0);
    // one numbered folder is a name, not a series
    expect(numberedLessons([step('apps/1_api'), step('apps/web')]).size).toBe(0);
  });

  it('a folder started mostly by numbered scripts is a lesson folder; one numbered script is not', () => {
    const files = (...names: string[]) => names.map((n) => `learn/${n}`);
    expect(numberedLessons([step('learn', false, files('1_use.py', '2_route.py', 'main.py'))]).get('learn')).toBe(
      'numbered lesson scripts (1_use.py, 2_route.py) that nothing runs',
    );
    expect(numberedLessons([step('learn', false, files('1_use.py', 'main.py', 'run.py'))]).size).toBe(0);
    expect(numberedLessons([step('learn', true, files('1_use.py', '2_route.py'))]).size).toBe(0);
  });
});

describe('a one-off script a README runs (issue 25)', () => {
  it('starts nothing: only a script whose own code starts serving, or a server command on the app, starts its folder', () => {
    const tree = (readme: string) => ({
      'api/requirements.txt': 'flask==3.0.3\n',
      'api/server.py': 'from flask import Flask\n\napp = Flask(__name__)\n',
      'api/create_tables.py': 'import sqlite3\n\nsqlite3.connect("app.db").execute("create table t (id int)")\n',
      'README.md': readme,
    });
    expect(detect(scanTree(tree('```\ncd api\npython create_tables.py\n```\n'))).services).toEqual([]);
    expect(
      detect(scanTree(tree('```\ncd api\npython create_tables.py\nflask --app server run\n```\n'))).services.map(
        (s) => s.path,
      ),
    ).toEqual(['api']);
  });
});

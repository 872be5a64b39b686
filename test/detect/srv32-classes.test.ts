import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCodeFacts } from '../../src/detect/code-facts.js';
import { detect } from '../../src/detect/index.js';
import { parseManifests } from '../../src/detect/manifests/index.js';
import { parseRunDoc } from '../../src/detect/manifests/run-docs.js';
import { packageScriptRun } from '../../src/detect/package-script-runs.js';
import { scan } from '../../src/scan/index.js';
import { scanTree } from '../support/scan-tree.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

const detected = async (fixture: string) => detect(await scan(path.join(FIXTURES, fixture)));
type Facts = Awaited<ReturnType<typeof detected>>;
const served = (facts: Facts) => facts.services.map((s) => [s.path, s.kind, s.frameworks.join(', ')]);
const notServed = (facts: Facts) => facts.notServices.map((n) => [n.path, n.reason]);
/** The fixture's files, as text, for a variant of it built in memory. */
const fixtureFiles = (fixture: string, files: readonly string[]) =>
  Object.fromEntries(files.map((f) => [f, readFileSync(path.join(FIXTURES, fixture, f), 'utf8')]));

/** The pattern ids of the start facts of a Python file importing `module`. */
const startsOf = (text: string, module: string) =>
  extractCodeFacts('svc/main.py', text, undefined, [{ module }])
    .filter((f) => f.kind === 'start')
    .map((f) => `${f.pattern}:${f.line}`);

describe('Flask-derived app classes (issue 25, srv32 class 1)', () => {
  it('serves Eve, Connexion, APIFlask and Flask-AppBuilder apps; a package of Eve hooks stays a library', async () => {
    const facts = await detected('flask-derived-apps');
    expect(served(facts)).toEqual([
      ['admin', 'http', 'Flask, Flask-AppBuilder'],
      ['bookmarks', 'http', 'APIFlask'],
      ['inventory', 'http', 'Eve'],
      ['petstore', 'http', 'Connexion'],
    ]);
    // its README and docstring run `app.run()`: examples of its users' apps, not its own server
    expect(notServed(facts)).toEqual([['eve-hooks', 'library']]);
  });

  it('reads `.run()` on an app object under any name, only where the file binds that name to a server class or factory', () => {
    expect(startsOf('store = Eve(settings="settings.py")\nstore.run(port=5000)\n', 'eve')).toEqual([
      'py-bound-app-run:2',
    ]);
    expect(
      startsOf('from connexion import FlaskApp\npets = FlaskApp(__name__)\npets.run(port=8080)\n', 'connexion'),
    ).toEqual(['py-bound-app-run:3']);
    expect(startsOf('site: Flask = flask.Flask(__name__)\nsite.run()\n', 'flask')).toEqual(['py-bound-app-run:2']);
    expect(startsOf('web = create_app()\nweb.run(debug=True)\n', 'portal')).toEqual(['py-bound-app-run:2']);
    // controls: a pipeline's run, a thread's, and a name bound to something else than the class
    expect(startsOf('job = Pipeline(steps)\njob.run()\n', 'flask')).toEqual([]);
    expect(startsOf('worker = threading.Thread(target=loop)\nworker.run()\n', 'flask')).toEqual([]);
    expect(startsOf('store = EveLike()\nstore.run()\n', 'eve')).toEqual([]);
    // `app.run()` keeps its own pattern, once
    expect(startsOf('app = Eve()\napp.run()\n', 'eve')).toEqual(['py-app-run:2']);
  });
});

describe('a Flask application factory started by a root script with no manifest (issue 25, srv32 class 2)', () => {
  it('makes the root an http service: run.py builds the app from the package factory and runs it', async () => {
    const facts = await detected('manifestless-flask-run');
    expect(served(facts)).toEqual([['.', 'http', 'Flask']]);
    expect(facts.services[0]!.current).toBe('python');
  });

  it('control: the same package with a wsgi.py that only builds the app is server code nothing starts', () => {
    const files = fixtureFiles('manifestless-flask-run', ['portal/__init__.py', 'portal/views.py']);
    const facts = detect(
      scanTree({ ...files, 'wsgi.py': 'from portal import create_app\n\napp = create_app()\n' }),
      {},
    );
    expect(served(facts)).toEqual([]);
    expect(notServed(facts)).toEqual([['.', 'no-entry']]);
  });
});

describe('a Node server entry in a code folder of the root package (issue 25, srv32 class 3)', () => {
  it('makes the root package, which holds the dependencies, the service; server/ is its code, no service', async () => {
    const facts = await detected('node-entry-subfolder');
    expect(served(facts)).toEqual([['.', 'http', 'Express']]);
    expect(facts.services[0]!.entry.map((e) => e.file)).toContain('server/index.js');
    expect(notServed(facts)).toEqual([]);
  });

  it('follows a start script into a config/ folder the same way', () => {
    const files = fixtureFiles('node-entry-subfolder', ['server/index.js', 'server/routes/entries.js']);
    const pkg = JSON.parse(readFileSync(path.join(FIXTURES, 'node-entry-subfolder/package.json'), 'utf8'));
    const facts = detect(
      scanTree({
        'package.json': JSON.stringify({ ...pkg, scripts: { start: 'node config/server.js' } }),
        'config/server.js': files['server/index.js']!.replace('./routes/entries', '../server/routes/entries'),
        'server/routes/entries.js': files['server/routes/entries.js']!,
      }),
      {},
    );
    expect(served(facts)).toEqual([['.', 'http', 'Express']]);
  });
});

describe('gRPC servers (issue 25, srv32 class 4)', () => {
  it('serves Python and Node gRPC servers a Dockerfile, compose file or start script runs; a walkthrough stays a lesson', async () => {
    const facts = await detected('grpc-servers');
    expect(served(facts)).toEqual([
      ['ledger', 'http', 'gRPC'],
      ['pricing', 'http', 'gRPC'],
      ['search', 'http', 'gRPC'],
    ]);
    expect(notServed(facts)).toEqual([['tutorials/route_guide', 'playground']]);
  });

  it("serves a test-named file an image's command runs, when it starts a server; a test suite an image runs is no service", () => {
    const ledger = readFileSync(path.join(FIXTURES, 'grpc-servers/ledger/server.py'), 'utf8');
    const image = (file: string) =>
      `FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "${file}"]\n`;
    const facts = detect(
      scanTree({
        'echo/requirements.txt': 'grpcio\n',
        'echo/Dockerfile': image('test_server.py'),
        'echo/test_server.py': ledger,
        'suite/requirements.txt': 'flask\n',
        'suite/Dockerfile': image('test_api.py'),
        'suite/test_api.py':
          'import unittest\n\nfrom flask import Flask\n\nclass T(unittest.TestCase):\n    def test_ok(self):\n        self.assertTrue(Flask(__name__))\n\nunittest.main()\n',
        'local/requirements.txt': 'grpcio\n',
        'local/test_server.py': ledger,
      }),
      {},
    );
    expect(served(facts)).toEqual([['echo', 'http', 'gRPC']]);
  });

  it('knows the asyncio server imported by its module (`from grpc import aio`), and no other `aio.server`', () => {
    const servers = (text: string, module: string) =>
      extractCodeFacts('svc/main.py', text, undefined, [{ module }])
        .filter((f) => f.kind === 'server')
        .map((f) => f.pattern);
    expect(servers('    srv = aio.server()\n', 'grpc')).toEqual(['py-grpc-aio-server']);
    expect(servers('    srv = grpc.aio.server()\n', 'grpc')).toEqual(['py-grpc-server']);
    expect(servers('    srv = aio.server()\n', 'aiohttp')).toEqual([]);
  });
});

describe('pixi manifests and tasks (issue 25, srv32 class 5)', () => {
  it("reads pixi.toml and a pyproject's [tool.pixi] tasks as start commands of the folder", async () => {
    const facts = await detected('pixi-tasks');
    expect(served(facts)).toEqual([
      ['dashboard', 'http', 'Streamlit'],
      ['forecast', 'http', 'FastAPI'],
      ['quotes', 'http', 'FastAPI'],
    ]);
    const dashboard = facts.services.find((s) => s.path === 'dashboard')!;
    expect(dashboard.entry.map((e) => e.detail)).toContain(
      'start: streamlit run app.py --server.port 8501 --server.address 0.0.0.0',
    );
  });

  it('a dev-only task follows the rules a Pipfile script of the same command does', () => {
    const server = readFileSync(path.join(FIXTURES, 'pixi-tasks/quotes/server.py'), 'utf8');
    const pixi = readFileSync(path.join(FIXTURES, 'pixi-tasks/quotes/pixi.toml'), 'utf8');
    const pipfile = '[packages]\nfastapi = "*"\nuvicorn = "*"\n\n[scripts]\ndev = "uvicorn server:app --reload"\n';
    const verdictOf = (manifest: Record<string, string>) =>
      served(detect(scanTree({ ...manifest, 'quotes/server.py': server }), {}));
    expect(verdictOf({ 'quotes/pixi.toml': pixi })).toEqual(verdictOf({ 'quotes/Pipfile': pipfile }));
  });

  it("keeps conda and PyPI packages, a feature's tasks under its name, and leaves out the workspace's own package", () => {
    const [parsed] = parseManifests(
      'pixi',
      'app/pixi.toml',
      [
        '[workspace]\nname = "app"',
        '[dependencies]\npython = "3.12.*"\nstreamlit = ">=1.36"',
        '[pypi-dependencies]\napp = { path = ".", editable = true }\nhttpx = { version = ">=0.27", extras = ["http2"] }',
        '[tasks]\nstart = { cmd = ["streamlit", "run", "app.py"] }\nall = { depends-on = ["start"] }',
        '[feature.test.dependencies]\npytest = "*"',
        '[feature.test.tasks]\ntest = "pytest -q"',
      ].join('\n\n'),
    );
    const m = parsed!.manifest!;
    expect(m.kind).toBe('pixi');
    expect(m.dependencies.map((d) => `${d.name}${d.dev ? ' (dev)' : ''}`)).toEqual([
      'streamlit',
      'httpx',
      'pytest (dev)',
    ]);
    expect(m.scripts).toEqual({ start: 'streamlit run app.py', 'test:test': 'pytest -q' });
    // a pyproject without [tool.pixi] is one manifest, as before
    expect(parseManifests('pyproject', 'pyproject.toml', '[project]\nname = "x"\n')).toHaveLength(1);
    expect(parseManifests('pixi', 'pixi.toml', '[tasks\n')[0]!.warnings[0]!.file).toBe('pixi.toml');
  });

  it('runs a pixi task by `pixi run <task>`; a word that names no task is a command pixi runs as written', () => {
    const tasks = { pixi: { start: 'streamlit run app.py' } };
    expect(packageScriptRun('pixi run start', undefined, tasks)).toEqual({
      name: 'start',
      command: 'streamlit run app.py',
    });
    expect(packageScriptRun('pixi run streamlit run app.py', undefined, tasks)).toBeUndefined();
    // its options before the name, and a feature's task run by its own name
    const prod = { pixi: { 'prod:serve': 'gunicorn app:app' } };
    expect(packageScriptRun('pixi run -e prod --locked serve', undefined, prod)).toEqual({
      name: 'serve',
      command: 'gunicorn app:app',
    });
    // npm reads package.json's scripts, never pixi's tasks
    expect(packageScriptRun('npm run start', {}, tasks)).toBeUndefined();
  });
});

describe("task runners' files: Taskfile.yml and vagga.yaml (issue 25, srv32 class 6)", () => {
  it("counts a task's command that runs the folder's own server; a library's test and lint tasks start nothing", async () => {
    const facts = await detected('task-runner-files');
    expect(served(facts)).toEqual([
      ['greeter', 'http', 'Flask'],
      ['tracker', 'http', 'Flask'],
    ]);
    expect(notServed(facts)).toEqual([['shapes', 'library']]);
  });

  it("reads vagga's tagged commands, as a shell line or a list of words, and a !Supervise command's children", () => {
    const vagga = [
      'containers:',
      '  py: {setup: [!Ubuntu jammy]}',
      'commands:',
      '  run: !Command { container: py, run: [python3, hello.py] }',
      '  web: !Supervise',
      '    children:',
      '      db: !Command { container: pg, run: "postgres -D /data" }',
      '      app: !Command',
      '        container: py',
      '        work-dir: api',
      '        run: |',
      '          gunicorn -b 0.0.0.0:8000 app:app',
    ].join('\n');
    expect(parseRunDoc('svc/vagga.yaml', vagga).manifest?.processes?.map((p) => [p.name, p.command, p.dir])).toEqual([
      ['run', 'python3 hello.py', 'svc'],
      ['web.db', 'postgres -D /data', 'svc'],
      ['web.app', 'gunicorn -b 0.0.0.0:8000 app:app', 'svc/api'],
    ]);
    const taskfile =
      "version: '3'\ntasks:\n  up: uvicorn main:app\n  serve:\n    dir: web\n    cmds:\n      - task: build\n      - cmd: flask run\n";
    expect(parseRunDoc('Taskfile.yml', taskfile).manifest?.processes?.map((p) => [p.name, p.command, p.dir])).toEqual([
      ['up', 'uvicorn main:app', '.'],
      ['serve', 'flask run', 'web'],
    ]);
    // a file that is no YAML is one warning naming it
    expect(parseRunDoc('Taskfile.yml', 'tasks: [\n').warnings.map((w) => w.file)).toEqual(['Taskfile.yml']);
  });
});

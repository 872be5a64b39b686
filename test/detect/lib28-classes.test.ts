import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';
import { demoImage } from '../../src/detect/demo-images.js';
import { cliFiles, toolCommand } from '../../src/detect/cli-commands.js';
import { parseManifest } from '../../src/detect/manifests/index.js';
import { missingScript } from '../../src/detect/package-script-runs.js';
import type { ImportRef, Manifest, ManifestKind } from '../../src/model/facts.js';

// Issue 25, precision on new repositories (lib28): a published library's demo image and a command-line
// tool's local UI are no services; a library whose demo a platform file deploys, a tool whose image runs its
// server command, and an app whose console script starts it stay services.

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures', name);
const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
const report = (name: string) => analyze({ root: fixture(name), settings, now: new Date('2026-12-07') });

describe("a published library's demo image", () => {
  it('takes a library whose Dockerfile or compose file runs only its example for a library, in both ecosystems', async () => {
    const r = await report('library-demo-images');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind}`)).toEqual([
      'status-widgets python http',
      'task-monitor python http',
    ]);
    const why = (p: string) => r.notServices.find((n) => n.path === p);
    expect(why('flask-upload')?.reason).toBe('library');
    expect(why('flask-upload')?.why).toContain(
      'a Python distribution with index metadata (long_description, flask-upload/setup.py) whose only server is its demo',
    );
    expect(why('flask-upload')?.why).toContain('run by flask-upload/Dockerfile and flask-upload/docker-compose.yml');
    // a folder whose name has the word (example_app/), not only one named examples/
    expect(why('mongo-forms')?.reason).toBe('library');
    expect(why('mongo-forms')?.why).toContain('(mongo-forms/example_app/app.py:15 in mongo-forms/example_app/)');
    expect(why('queue-board')?.reason).toBe('library');
    expect(why('queue-board')?.why).toContain('a published package (main/exports/files) whose only server is its demo');
    // the control: a platform file deploys the demo as the docs' live API
    const live = r.services.find((s) => s.path === 'status-widgets')!;
    expect(live.evidence?.entry.map((e) => e.file)).toContain('status-widgets/fly.toml');
    // and one whose image runs the package's own command, though its compose file runs its example
    const monitor = r.services.find((s) => s.path === 'task-monitor')!;
    expect(monitor.evidence?.entry.map((e) => e.detail)).toContain('CMD ["task-monitor", "--port", "5555"]');
  });

  const kinds: Record<string, ManifestKind> = {
    Dockerfile: 'dockerfile',
    'docker-compose.yml': 'compose',
    Procfile: 'procfile',
    'package.json': 'package.json',
  };
  const kindOf = (file: string) => kinds[file];
  const image = { file: 'Dockerfile', detail: 'CMD python example/app.py' };

  it('asks that every file it runs sits in a folder named for a demo, and that only images run it', () => {
    expect(demoImage({ dir: '.', runs: ['example/app.py'], entries: [image] }, kindOf)?.folder).toBe('example');
    expect(
      demoImage({ dir: 'lib', runs: ['lib/flask_sample/app.py'], entries: [{ ...image, file: 'Dockerfile' }] }, kindOf)
        ?.folder,
    ).toBe('lib/flask_sample');
    // its own module starts the server too: the library serves, not only its demo
    expect(demoImage({ dir: '.', runs: ['example/app.py', 'pkg/server.py'], entries: [image] }, kindOf)).toBe(
      undefined,
    );
    // a Procfile or a start script runs it: deployed as it is
    expect(
      demoImage({ dir: '.', runs: ['demo/app.py'], entries: [image, { file: 'Procfile', detail: 'web' }] }, kindOf),
    ).toBe(undefined);
    expect(
      demoImage({ dir: '.', runs: ['demo/app.py'], entries: [{ file: 'package.json', detail: 'start' }] }, kindOf),
    ).toBe(undefined);
    // nothing runs it: other rules decide (a library nothing starts)
    expect(demoImage({ dir: '.', runs: ['demo/app.py'], entries: [] }, kindOf)).toBe(undefined);
    // a word of the name, not a part of a word (`exemplary/`, `demonstrate/`)
    expect(demoImage({ dir: '.', runs: ['demonstrate/app.py'], entries: [image] }, kindOf)).toBe(undefined);
    expect(demoImage({ dir: '.', runs: ['app.py'], entries: [image] }, kindOf)).toBe(undefined);
  });

  it('reads the index metadata of setup.py, setup.cfg and pyproject.toml, and a readme alone is none', () => {
    const meta = (kind: 'setup-py' | 'setup-cfg' | 'pyproject', file: string, text: string) =>
      parseManifest(kind, file, text).manifest?.indexMetadata;
    expect(meta('setup-py', 'setup.py', 'from setuptools import setup\nsetup(\n    classifiers=["X"],\n)\n')).toBe(
      'classifiers',
    );
    expect(meta('setup-cfg', 'setup.cfg', '[metadata]\nname = a\nlong_description = file: README.md\n')).toBe(
      'long_description',
    );
    expect(meta('pyproject', 'pyproject.toml', '[project]\nname = "a"\n[project.urls]\nHome = "https://x"\n')).toBe(
      'urls',
    );
    expect(meta('pyproject', 'pyproject.toml', '[tool.poetry]\nname = "a"\nrepository = "https://x"\n')).toBe(
      'repository',
    );
    expect(meta('pyproject', 'pyproject.toml', '[project]\nname = "a"\nreadme = "README.md"\n')).toBe(undefined);
  });
});

describe("a command-line tool's local web UI", () => {
  it("takes a Python tool whose own command starts its server for the user's tool; keeps an image's and an app's", async () => {
    const r = await report('python-tool-uis');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind}`)).toEqual([
      'inventory-api python http',
      'report-hub python http',
    ]);
    const viewer = r.notServices.find((n) => n.path === 'trace-viewer')!;
    expect(viewer.reason).toBe('cli');
    expect(viewer.why).toBe(
      "a command-line tool (console script trace-viewer = trace_viewer.cli:app) whose own Typer command starts its server (trace-viewer/trace_viewer/cli.py:15) on its user's machine: no Dockerfile, compose file, Procfile or platform file runs it",
    );
  });

  const imports: ImportRef[] = [
    { module: 'typer', ecosystem: 'python', file: 'tool/cli.py', line: 1 },
    { module: 'uvicorn', ecosystem: 'python', file: 'tool/cli.py', line: 2 },
    { module: 'fastapi', ecosystem: 'python', file: 'tool/web.py', line: 1 },
    { module: 'commander', ecosystem: 'node', file: 'bin/cli.js', line: 1 },
  ];
  const pyproject: Manifest = {
    kind: 'pyproject',
    file: 'pyproject.toml',
    dir: '.',
    dependencies: [],
    scripts: { tool: 'tool.cli:app' },
  };
  const start = { file: 'tool/cli.py', line: 9, detail: 'runs an app server' };

  it('asks for console scripts, nothing that runs it but its user, and every start in a command module', () => {
    const cli = cliFiles(imports);
    expect([...cli]).toEqual([['tool/cli.py', 'Typer']]);
    expect(toolCommand({ manifests: [pyproject], starts: [start], run: false }, cli)?.script).toBe(
      'tool = tool.cli:app',
    );
    // an image, a Procfile or a start script runs it: deployed
    expect(toolCommand({ manifests: [pyproject], starts: [start], run: true }, cli)).toBe(undefined);
    // no console script: an app's own start, whatever library parses its options
    expect(toolCommand({ manifests: [{ ...pyproject, scripts: undefined }], starts: [start], run: false }, cli)).toBe(
      undefined,
    );
    // a start outside the command modules (the app's own module serves)
    expect(
      toolCommand(
        { manifests: [pyproject], starts: [start, { file: 'tool/web.py', line: 20, detail: 'runs' }], run: false },
        cli,
      ),
    ).toBe(undefined);
  });

  it('reads a module that only defines a setup function (a CLI command) as code, not a setup script', () => {
    const command = 'import typer\n\n\ndef setup(folder: str):\n    typer.echo(folder)\n';
    expect(parseManifest('setup-py', 'tool/commands/setup.py', command).manifest).toBe(undefined);
    const script = 'from setuptools import setup\n\ndef readme():\n    return ""\n\nsetup(name="a")\n';
    expect(parseManifest('setup-py', 'setup.py', script).manifest?.name).toBe('a');
  });
});

describe('a deployment command that fails', () => {
  it('takes an image running a script its package.json lacks for no entry; keeps one whose script exists', async () => {
    const r = await report('unfinished-lessons');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind}`)).toEqual(['lesson-05 node http']);
    expect(r.notServices.find((n) => n.path === 'lesson-03')).toMatchObject({
      reason: 'no-entry',
      why: 'lesson-03/Dockerfile runs `["npm", "run", "start:prod"]`, but lesson-03/package.json has no start:prod script',
    });
    expect(r.notServices.find((n) => n.path === 'lesson-04')).toMatchObject({
      reason: 'no-entry',
      why: 'lesson-04/Dockerfile runs `["npm", "start"]`, but lesson-04/package.json has no start script',
    });
  });

  it("names the missing script of npm's run, never npm's own command or another program's", () => {
    const scripts = { start: 'node server.js', build: 'tsc' };
    expect(missingScript('npm run start:prod', scripts)).toBe('start:prod');
    // yarn and pnpm run a package's binary when no script has the name (`yarn rw serve`)
    expect(missingScript('yarn rw serve', scripts)).toBe(undefined);
    expect(missingScript('npm start', {})).toBe('start');
    expect(missingScript('npm start', scripts)).toBe(undefined);
    expect(missingScript('npm install', scripts)).toBe(undefined);
    expect(missingScript('npm run migrate && npm start', scripts)).toBe(undefined);
  });
});

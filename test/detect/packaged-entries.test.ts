import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/detect/manifests/index.js';
import { parseRequirement } from '../../src/detect/manifests/python.js';
import { detect } from '../../src/detect/index.js';
import { binRunBy, consoleScripts, programOf } from '../../src/detect/packaged-entries.js';
import { shellForm } from '../../src/detect/command-words.js';
import { scanTree } from '../support/scan-tree.js';

const found = (files: Record<string, string>) => {
  const facts = detect(scanTree(files), {});
  return [
    ...facts.services.map((s) => `${s.path}:${s.kind}:${s.entry.map((e) => e.detail).join(', ')}`),
    ...facts.notServices.map((n) => `${n.path}:${n.reason}`),
  ];
};

describe("a package's own entries", () => {
  it('console scripts from pyproject, poetry, setup.py and setup.cfg, by the folder of their distribution', () => {
    const manifests = [
      parseManifest(
        'pyproject',
        'api/pyproject.toml',
        '[project]\nname="api"\n[project.scripts]\nacme-api = "api.server:main"\n',
      ),
      parseManifest(
        'pyproject',
        'bot/pyproject.toml',
        '[tool.poetry]\nname="bot"\n[tool.poetry.scripts]\nacme-bot = "bot:run"\n',
      ),
      parseManifest(
        'setup-py',
        'legacy/setup.py',
        'from setuptools import setup\nsetup(\n    name="legacy",\n    entry_points={"console_scripts": ["legacy-serve = legacy.app:main", "legacy-admin=legacy.admin:cli"]},\n)\n',
      ),
      parseManifest(
        'setup-cfg',
        'cfg/setup.cfg',
        '[metadata]\nname = cfg\n[options.entry_points]\nconsole_scripts =\n    cfg-serve = cfg.main:serve\n',
      ),
      // a Pipfile's scripts are commands, not console scripts
      parseManifest('pipfile', 'tools/Pipfile', '[scripts]\nserve = "python app.py"\n'),
    ].map((p) => p.manifest!);
    expect(Object.fromEntries(consoleScripts(manifests, (m) => m.dir))).toEqual({
      'acme-api': 'api',
      'acme-bot': 'bot',
      'legacy-serve': 'legacy',
      'legacy-admin': 'legacy',
      'cfg-serve': 'cfg',
    });
  });

  it('the program a command runs, in the shell or the exec form, past runners and variables', () => {
    expect(programOf('acme-api --port $PORT')).toBe('acme-api');
    expect(programOf('["acme-api", "--port", "80"]')).toBe('acme-api');
    expect(programOf('exec PORT=80 acme-api')).toBe('acme-api');
    expect(programOf('poetry run acme-api serve')).toBe('acme-api');
    expect(programOf('["uv", "run", "acme-api"]')).toBe('acme-api');
    expect(programOf('python -m acme')).toBe('python');
    expect(shellForm('["flask", "run", "--host=0.0.0.0"]')).toBe('flask run --host=0.0.0.0');
    expect(shellForm('["broken"')).toBe('["broken"');
    expect(shellForm('flask run')).toBe('flask run');
  });

  it('a console script run by a Dockerfile elsewhere starts its distribution; unrun, library first holds', () => {
    const tree = {
      'backend/pyproject.toml':
        '[build-system]\nbuild-backend = "hatchling.build"\n[project]\nname = "acme"\ndependencies = ["aiohttp"]\n[project.scripts]\nacme-serve = "acme.app:main"\n',
      'backend/acme/app.py': 'from aiohttp import web\n\ndef main():\n    web.run_app(web.Application())\n',
    };
    expect(found(tree)).toEqual(['backend:library']);
    expect(
      found({
        ...tree,
        Dockerfile: 'FROM python:3.12\nRUN pip install ./backend\nCMD ["acme-serve", "--port", "80"]\n',
      }),
    ).toEqual(['backend:http:runs an aiohttp.web app, CMD ["acme-serve", "--port", "80"]']);
  });

  it("a Dockerfile's exec form names its server's command as the shell form does", () => {
    const tree = { 'requirements.txt': 'flask\n', 'app.py': 'from flask import Flask\n' };
    expect(
      found({ ...tree, 'docker/Dockerfile': 'FROM python:3.12\nCMD ["flask", "run", "--host=0.0.0.0"]\n' }),
    ).toEqual(['.:http:CMD ["flask", "run", "--host=0.0.0.0"]']);
  });

  it("the bin file a package.json script runs, by the command's name or its path", () => {
    const pkg = parseManifest(
      'package.json',
      'status/package.json',
      JSON.stringify({ name: '@acme/status', private: true, bin: { status: './bin/status.js' } }),
    ).manifest!;
    expect(binRunBy(pkg, 'status --port 8080')).toBe('status/bin/status.js');
    expect(binRunBy(pkg, 'node bin/status.js')).toBe('status/bin/status.js');
    expect(binRunBy(pkg, 'node --enable-source-maps ./bin/status.js')).toBe('status/bin/status.js');
    expect(binRunBy(pkg, 'node server.js')).toBeUndefined();
    const single = parseManifest(
      'package.json',
      'package.json',
      JSON.stringify({ name: '@acme/cli', bin: 'cli.js' }),
    ).manifest!;
    expect(single.package?.bins).toEqual({ cli: 'cli.js' });
  });

  it('extras are kept on the dependency, lowercased, in every Python manifest', () => {
    expect(parseRequirement('fastapi[Standard, all]>=0.115')).toEqual({
      name: 'fastapi',
      version: '>=0.115',
      extras: ['standard', 'all'],
    });
    const extras = (kind: Parameters<typeof parseManifest>[0], file: string, text: string) =>
      parseManifest(kind, file, text).manifest!.dependencies.map(
        (d) => `${d.name}${d.extras ? `[${d.extras.join(',')}]` : ''}`,
      );
    expect(extras('requirements', 'requirements.txt', 'fastapi[standard]==0.115.0\nuvicorn\n')).toEqual([
      'fastapi[standard]',
      'uvicorn',
    ]);
    expect(extras('pyproject', 'pyproject.toml', '[project]\ndependencies = ["litestar[standard]>=2"]\n')).toEqual([
      'litestar[standard]',
    ]);
    expect(
      extras(
        'pyproject',
        'pyproject.toml',
        '[tool.poetry.dependencies]\nfastapi = {version = "^0.115", extras = ["standard"]}\n',
      ),
    ).toEqual(['fastapi[standard]']);
    expect(extras('pipfile', 'Pipfile', '[packages]\nfastapi = {extras = ["all"], version = "*"}\n')).toEqual([
      'fastapi[all]',
    ]);
  });
});

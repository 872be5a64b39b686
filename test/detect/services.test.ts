import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import type { ScannedFile, ScanResult } from '../../src/model/scan.js';
import { classify } from '../../src/scan/index.js';

/** A ScanResult from file texts, classified as scan would. */
function tree(files: Record<string, string>): ScanResult {
  const scanned: ScannedFile[] = Object.entries(files).flatMap(([path, text]) => {
    const c = classify(path, text.length);
    return c ? [{ path, size: text.length, ...c, ...(c.role === 'other' ? {} : { text }) }] : [];
  });
  return { files: scanned, warnings: [], stats: { files: scanned.length, bytesRead: 0 } };
}
const pkg = (deps: Record<string, string>, dev: Record<string, string> = {}) =>
  JSON.stringify({ dependencies: deps, devDependencies: dev });
const services = (files: Record<string, string>, declared?: { path: string; backend?: 'node' | 'python' }[]) =>
  detect(tree(files), { services: declared }).services.map(
    (s) => `${s.path}:${s.current}:${s.frameworks.join('+')}${s.declared ? ':declared' : ''}`,
  );

describe('services', () => {
  it('a workspace monorepo: two backends, a Next frontend without API routes, a tooling root', () => {
    expect(
      services({
        'package.json': pkg({}, { eslint: '^9' }),
        'apps/api/package.json': pkg({ express: '^4' }),
        'apps/rt/package.json': pkg({ fastify: '^5', ws: '^8' }),
        'apps/web/package.json': pkg({ next: '^15', react: '^19' }),
        'apps/web/app/page.tsx': 'export default 1;\n',
      }),
    ).toEqual(['apps/api:node:Express', 'apps/rt:node:Fastify']);
  });

  it('Next.js with API routes is a service', () => {
    expect(services({ 'package.json': pkg({ next: '^15' }), 'pages/api/hello.ts': 'export default 1;\n' })).toEqual([
      '.:node:Next.js',
    ]);
  });

  it('Python: two services by manifest; manage.py; a framework found only in imports', () => {
    expect(
      services({
        'a/requirements.txt': 'flask\n',
        'b/pyproject.toml': '[project]\nname="b"\ndependencies=["fastapi"]\n',
        'c/manage.py': 'import os\n',
        'c/requirements.txt': 'psycopg\n',
        'd/requirements.txt': 'requests\n',
        'd/app/server.py': 'from starlette.applications import Starlette\n',
        'libs/x/pyproject.toml': '[project]\nname="x"\ndependencies=["pydantic"]\n',
      }),
    ).toEqual(['a:python:Flask', 'b:python:FastAPI', 'c:python:Django', 'd:python:Starlette']);
  });

  it('a framework only in dev dependencies or extras is not a service; a Go repo has none', () => {
    expect(services({ 'package.json': pkg({}, { express: '^4' }) })).toEqual([]);
    expect(services({ 'go.mod': 'module x\n', 'main.go': 'package main\n' })).toEqual([]);
  });

  it('servers in examples, tests or docs are demos, not the repo’s services', () => {
    expect(
      services({
        'package.json': pkg({ lodash: '^4' }),
        'examples/chat/package.json': pkg({ express: '^4' }),
        'tests/e2e/app/requirements.txt': 'flask\n',
        'src/lib.ts': 'export const x = 1;\n',
      }),
    ).toEqual([]);
    expect(services({ 'examples/chat/package.json': pkg({ express: '^4' }) }, [{ path: 'examples/chat' }])).toEqual([
      'examples/chat:node:Express:declared',
    ]);
  });

  it('framework imports with no Python manifest above them make the root a Python service', () => {
    expect(services({ Dockerfile: 'FROM python:3.12\n', 'server/app.py': 'from fastapi import FastAPI\n' })).toEqual([
      '.:python:FastAPI',
    ]);
  });

  it('requirements kept in requirements/ speak for the folder above', () => {
    expect(services({ 'requirements/base.txt': 'Django==5.1\n' })).toEqual(['.:python:Django']);
  });

  it('declared services: added, overridden, or skipped with a warning', () => {
    expect(
      services({ 'tools/worker/requirements.txt': 'celery\n', 'package.json': pkg({ express: '^4' }) }, [
        { path: 'tools/worker' },
        { path: '.', backend: 'python' },
      ]),
    ).toEqual(['.:python::declared', 'tools/worker:python::declared']);
    const facts = detect(tree({ 'README.md': '# x\n' }), { services: [{ path: 'nothing' }] });
    expect(facts.services).toEqual([]);
    expect(facts.warnings[0]).toMatchObject({ file: 'nothing', message: expect.stringContaining('skipped') });
  });
});

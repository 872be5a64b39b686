import { describe, expect, it } from 'vitest';
import { startsNothing } from '../../src/detect/idle-entries.js';
import { decided } from '../support/decided.js';

// Issue 25: a Dockerfile, Procfile or script that runs an empty or printing file, or a library's
// image that runs its tests' app, made a service of a folder whose own code serves nothing.

describe('startsNothing', () => {
  it('a file of comments, or one that loads nothing and serves nothing', () => {
    expect(startsNothing('node', '// TODO\n/* later */\n', 0)).toBe(true);
    expect(startsNothing('python', '# todo\n\nprint("hi")\n', 0)).toBe(true);
    // a file that loads its folder's code may start it there
    expect(startsNothing('node', "require('./src/server');\n", 0)).toBe(false);
    expect(startsNothing('node', "import './server.js';\n", 0)).toBe(false);
    expect(startsNothing('python', 'from app.main import run\nrun()\n', 0)).toBe(false);
    expect(startsNothing('python', 'exec(open("serve.py").read())\n', 0)).toBe(false);
    // a line that serves counts whatever it loads (Bun.serve needs no import)
    expect(startsNothing('node', 'Bun.serve({ fetch: () => new Response("ok") });\n', 1)).toBe(false);
  });
});

describe('entries that start nothing', () => {
  it('an image, Procfile or package script running a file that starts nothing is no entry, with the reason', () => {
    expect(
      decided({
        'billing/package.json': '{ "name": "billing", "private": true, "dependencies": { "express": "^4.19.2" } }',
        'billing/app.js': '',
        'billing/Dockerfile': 'FROM node:20\nWORKDIR /app\nCOPY . .\nCMD ["node", "app.js"]\n',
        'report/requirements.txt': 'flask==3.0.3\n',
        'report/server.py': 'print("report")\n',
        'report/Procfile': 'web: python server.py\n',
        'jobs/package.json':
          '{ "name": "jobs", "private": true, "scripts": { "start": "node index.js" }, "dependencies": { "fastify": "^4.0.0" } }',
        'jobs/index.js': '/* scheduled jobs go here */\n',
      }),
    ).toEqual({
      services: [],
      notServices: [
        'billing no-entry: billing/Dockerfile runs billing/app.js, which starts nothing (empty, or no server, loop or handler in it)',
        'jobs no-entry: jobs/package.json runs jobs/index.js, which starts nothing (empty, or no server, loop or handler in it)',
        'report no-entry: report/Procfile runs report/server.py, which starts nothing (empty, or no server, loop or handler in it)',
      ],
    });
  });

  it('an entry file that loads the folder’s server starts it', () => {
    expect(
      decided({
        'api/package.json': '{ "name": "api", "private": true, "dependencies": { "express": "^4.19.2" } }',
        'api/index.js': "require('./src/server');\n",
        'api/src/server.js': "const app = require('express')();\napp.listen(3000);\n",
        'api/Dockerfile': 'FROM node:20\nWORKDIR /app\nCOPY . .\nCMD ["node", "index.js"]\n',
      }).services,
    ).toEqual(['api http']);
  });

  it("a library's image that runs its tests' app deploys no service of the library", () => {
    const facts = decided({
      'pyproject.toml':
        '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n[project]\nname = "pagekit"\nversion = "1.0"\ndependencies = ["fastapi"]\n',
      'src/pagekit/__init__.py': 'from fastapi import APIRouter\nrouter = APIRouter()\n',
      'tests/__init__.py': '',
      'tests/integration/__init__.py': '',
      'tests/integration/app.py':
        'from fastapi import FastAPI\nfrom pagekit import router\napp = FastAPI()\napp.include_router(router)\n',
      Dockerfile:
        'FROM python:3.12\nCOPY . .\nRUN pip install . uvicorn\nCMD ["uvicorn", "tests.integration.app:app"]\n',
    });
    expect(facts.services).toEqual([]);
    expect(facts.notServices).toEqual([
      ". library: a Python distribution (hatchling.build) that nothing starts: Dockerfile runs tests/integration/app.py, code among its tests, not the folder's own",
    ]);
  });
});

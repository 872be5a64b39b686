import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';
import { usersPlatforms } from '../../src/detect/hosted-platforms.js';
import { holdsOwnProject } from '../../src/scan/classify.js';
import { scan } from '../../src/scan/index.js';
import type { Dependency, Manifest } from '../../src/model/facts.js';

// Issue 25, what is not a service (trap30): json-server APIs nothing deploys, a package adapting its users'
// apps to function platforms, a distribution whose API starts its server from its user's session, an agent
// that instruments its users' apps and the test apps its compose file runs; and one that is: a project
// written inside its committed virtualenv. Each with the real service that looks like it as a control.

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures', name);
const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
const report = (name: string) => analyze({ root: fixture(name), settings, now: new Date('2026-12-07') });

describe('json-server APIs', () => {
  it('takes a json-server nothing deploys for a mock, and one a Procfile or an image runs for a service', async () => {
    const r = await report('json-server-apis');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind}`)).toEqual([
      'api-image node http',
      'public-api node http',
    ]);
    expect(r.services.every((s) => s.frameworks.includes('json-server'))).toBe(true);
    const not = (p: string) => r.notServices.find((n) => n.path === p);
    // its own server.js started by `npm start`, and a front end's `server` script: both stand-ins
    for (const p of ['catalog-data', 'storefront']) {
      expect(not(p)?.reason, p).toBe('mock');
      expect(not(p)?.why).toBe(
        'a json-server API: made-up data a front end is developed against; no Dockerfile, compose file, Procfile or platform file runs it',
      );
    }
    const image = r.services.find((s) => s.path === 'api-image')!;
    expect(image.evidence?.entry.map((e) => e.file)).toContain('api-image/Dockerfile');
  });
});

describe('a project written inside its committed virtualenv', () => {
  it('scans a virtualenv folder holding a project file and code of its own, without what it installed', async () => {
    const r = await report('committed-virtualenvs');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind}`)).toEqual(['.venv python http']);
    expect(r.services[0]!.frameworks).toContain('FastAPI');
    const files = (await scan(fixture('committed-virtualenvs'))).files.map((f) => f.path);
    expect(files).toContain('.venv/main.py');
    expect(files).toContain('.venv/src/trades.py');
    // what the environment installed stays out, in the project's virtualenv and in a plain one
    expect(files.filter((f) => /site-packages|Scripts\/|worker-env\//.test(f))).toEqual([]);
  });

  it('asks for a Python project file and Python code directly in the folder', () => {
    expect(holdsOwnProject(['pyvenv.cfg', 'main.py', 'requirements.txt'])).toBe(true);
    expect(holdsOwnProject(['pyvenv.cfg', 'app.py', 'pyproject.toml'])).toBe(true);
    // `pip freeze > requirements.txt` inside an environment is no project
    expect(holdsOwnProject(['pyvenv.cfg', 'requirements.txt'])).toBe(false);
    expect(holdsOwnProject(['pyvenv.cfg', 'main.py'])).toBe(false);
    expect(holdsOwnProject(['pyvenv.cfg', 'package.json', 'index.js'])).toBe(false);
  });
});

describe("published packages and what their users' apps run", () => {
  it('keeps adapters, a local tool, an agent and its test apps out, and the apps deployed beside them in', async () => {
    const r = await report('published-adapters');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind}`)).toEqual([
      'inventory python http',
      'orders-functions node function',
    ]);
    const not = (p: string) => r.notServices.find((n) => n.path === p);
    expect(not('serverless-bridge')?.reason).toBe('library');
    expect(not('serverless-bridge')?.why).toContain(
      "a published package (main/exports/files) whose function platforms are its users' (peer dependencies: @azure/functions, serverless-bridge/package.json:",
    );
    expect(not('serverless-bridge')?.why).toContain('firebase-functions');
    expect(not('data-studio')?.reason).toBe('library');
    expect(not('data-studio')?.why).toContain(
      'a Python distribution with index metadata (classifiers, data-studio/pyproject.toml) listing an app server, whose code starts it in no module-level line',
    );
    expect(not('trace-agent')?.reason).toBe('library');
    expect(not('trace-agent')?.why).toContain(
      'a Python distribution (poetry.core.masonry.api) that imports FastAPI, Flask without declaring them (trace-agent/trace_agent/plugins/',
    );
    expect(not('trace-agent/testapps/flask_app')?.reason).toBe('tests');
    expect(not('trace-agent/testapps/fastapi_app')?.reason).toBe('tests');
  });

  const dep = (name: string, extra: Partial<Dependency> = {}): Dependency => ({
    name,
    ecosystem: 'node',
    dev: false,
    file: 'package.json',
    ...extra,
  });
  const manifest = (dependencies: Dependency[]): Manifest[] =>
    [
      { file: 'package.json', dir: '.', kind: 'package.json', ecosystem: 'node', dependencies },
    ] as unknown as Manifest[];
  const platform = (_: string, name: string) => ['@azure/functions', 'firebase-functions'].includes(name);

  it("reads function platforms as the users' only when none is the package's own dependency", () => {
    const peer = dep('@azure/functions', { peer: true, dev: true });
    expect(usersPlatforms(manifest([peer, dep('@azure/functions', { dev: true })]), 'node', platform)).toEqual([peer]);
    // a runtime dependency on the platform: the package runs on it
    expect(usersPlatforms(manifest([peer, dep('firebase-functions')]), 'node', platform)).toBeUndefined();
    // no platform package at all, or only for its tests: nothing to say
    expect(usersPlatforms(manifest([dep('express', { peer: true })]), 'node', platform)).toBeUndefined();
    expect(usersPlatforms(manifest([dep('firebase-functions', { dev: true })]), 'node', platform)).toEqual([]);
  });
});

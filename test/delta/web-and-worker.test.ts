import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { changesBetween, pointServices } from '../../src/history/events.js';
import { serviceName } from '../../src/model/facts.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { validateReport } from '../../src/report/schema.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';
import { gitRepo } from './git-repo.js';

// A FastAPI app; a later commit runs its Celery tasks in a worker built from the same folder.
const API = {
  'api/requirements.txt': 'fastapi==0.115.6\nuvicorn==0.32.1\ncelery==5.4.0\n',
  'api/app/__init__.py': '',
  'api/app/main.py': 'from fastapi import FastAPI\nfrom .tasks import resize\n\napp = FastAPI()\n',
  'api/app/tasks.py':
    'from celery import Celery\n\ncelery = Celery("api")\n\n@celery.task\ndef resize(x):\n    return x\n',
  'docker-compose.yml': 'services:\n  api:\n    build: ./api\n    command: uvicorn app.main:app\n',
};
const WORKER = {
  'docker-compose.yml':
    'services:\n  api:\n    build: ./api\n    command: uvicorn app.main:app\n  worker:\n    build: ./api\n    command: celery -A app.tasks worker\n',
};

let repo: ReturnType<typeof gitRepo>;
afterEach(() => repo?.cleanup());

const settingsWith = (config: Parameters<typeof resolveSettings>[0] = {}) =>
  resolveSettings(config, {}, { failOn: 'review', params: DEFAULT_PARAMS });

describe('a web process and its worker in one folder', () => {
  it('are two services at one path, told apart in JSON, text, Markdown and the delta against a base with one', async () => {
    repo = gitRepo();
    repo.write(API);
    const base = repo.commit('api');
    repo.write(WORKER);
    repo.commit('worker');
    const report = await analyze({ root: repo.dir, settings: settingsWith(), baseRef: base });
    expect(report.services.map((s) => [s.path, s.kind, s.frameworks])).toEqual([
      ['api', 'http', ['FastAPI']],
      ['api', 'worker', ['Celery']],
    ]);
    const [web, worker] = report.services;
    expect(worker!.evidence.entry.map((e) => e.detail)).toEqual(['compose service worker builds api']);
    expect(web!.evidence.entry.map((e) => e.detail)).not.toContain('compose service worker builds api');
    // both run the folder's code: each has its own verdict on the same scores
    expect(worker!.scores).toEqual(web!.scores);
    expect(validateReport(JSON.parse(JSON.stringify(report)))).toEqual([]);
    // the base had the web process only: the worker is the one service that appeared
    expect(report.delta!.changes.filter((c) => c.id.startsWith('service.'))).toEqual([
      { id: 'service.api (worker)', from: null, to: worker!.verdict, files: [] },
    ]);
    expect(renderText(report, { color: false })).toMatch(/api {2}Python worker \[Celery\]/);
    expect(renderMarkdown(report)).toContain('Python worker');
  });

  it('a waiver for the folder covers both; each policy line names which one', async () => {
    repo = gitRepo();
    repo.write({ ...API, ...WORKER });
    repo.commit('both');
    const config = { waivers: [{ service: 'api', reason: 'moving later', expires: '2099-01-01' }] };
    const report = await analyze({ root: repo.dir, settings: settingsWith(config), now: new Date('2026-12-01') });
    expect(report.services.map((s) => s.waiver?.active)).toEqual([true, true]);
    // both fit: the waiver is not needed, said once per service, by name
    expect(report.services.map((s) => s.verdict)).toEqual(['fits', 'fits']);
    expect(report.policy.reasons.filter((r) => r.includes('is not needed'))).toEqual([
      'api: fits; the waiver until 2099-01-01 is not needed',
      'api (worker): fits; the waiver until 2099-01-01 is not needed',
    ]);
    expect(report.warnings.map((w) => w.message)).not.toContainEqual(expect.stringMatching(/matches no service/));
  });

  it('history follows them by name: a worker appearing beside its web process is its own event', async () => {
    repo = gitRepo();
    repo.write(API);
    repo.commit('api');
    const older = await analyze({ root: repo.dir, settings: settingsWith() });
    repo.write(WORKER);
    repo.commit('worker');
    const newer = await analyze({ root: repo.dir, settings: settingsWith() });
    expect(Object.keys(pointServices(newer))).toEqual(['api', 'api (worker)']);
    const changes = await changesBetween(older, newer, async () => [], new Set());
    expect(changes.map((c) => [c.service, c.kind])).toEqual([['api (worker)', 'appeared']]);
    expect(serviceName(newer.services[1]!)).toBe('api (worker)');
  });
});

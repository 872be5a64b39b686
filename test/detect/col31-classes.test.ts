import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';

// Issue 25, collections (col31): what a course's folders hold is a lesson unless the bench's rules say otherwise. A
// Django project follows the Django rule wherever it sits; each class with the near case that must stay as it is.

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures', name);
const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
const report = (name: string) => analyze({ root: fixture(name), settings, now: new Date('2026-12-07') });

describe('Django projects in a lesson folder', () => {
  it('takes a project a README runs for a service, beside it or from the collection, in a numbered lesson folder', async () => {
    const r = await report('django-lesson-folders');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind}`)).toEqual([
      'Lesson_1/bookshelf python http',
      'Lesson_4/journal python http',
    ]);
    const entry = (p: string) => r.services.find((s) => s.path === p)!.evidence?.entry.map((e) => e.file);
    expect(entry('Lesson_1/bookshelf')).toEqual(['Lesson_1/bookshelf/README.md']);
    expect(entry('Lesson_4/journal')).toEqual(['README.md']);
  });

  it('keeps a Django project nothing runs, and a Flask lesson its README runs, as lessons', async () => {
    const r = await report('django-lesson-folders');
    const not = (p: string) => r.notServices.find((n) => n.path === p);
    expect(not('Lesson_2/recipes')?.reason).toBe('playground');
    // the collection rule: a README's `python app.py` keeps no lesson a service, only a deployment file would
    expect(not('Lesson_3')?.reason).toBe('playground');
  });
});

describe('python-socketio served as an app', () => {
  it('takes the server its code creates, started by a README uvicorn command or a Procfile gunicorn, for an http service', async () => {
    const r = await report('socketio-asgi-apps');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind}`)).toEqual([
      'board python http',
      'live python http',
    ]);
    const live = r.services.find((s) => s.path === 'live')!;
    expect(live.frameworks).toContain('python-socketio');
    expect(live.evidence?.entry.map((e) => e.file)).toEqual(['live/README.md']);
    expect(live.evidence?.server.map((e) => e.detail)).toContain('creates a Socket.IO server (python-socketio)');
  });

  it('leaves a Socket.IO client of the same package out', async () => {
    const r = await report('socketio-asgi-apps');
    expect(r.services.map((s) => s.path)).not.toContain('ticker');
  });
});

describe('a folder of notes with one example program', () => {
  it('takes the one program of a folder of notes, with no manifest and no deployment file, for an example', async () => {
    const r = await report('notes-example-apps');
    const prometheus = r.notServices.find((n) => n.path === 'Monitoring/Prometheus');
    expect(prometheus?.reason).toBe('examples');
    expect(prometheus?.why).toBe(
      'the one program (Monitoring/Prometheus/dummy_app.py) of a folder of 4 notes, with no manifest of its own: no Dockerfile, compose file, Procfile or platform file runs it',
    );
  });

  it('keeps the notes program a Dockerfile runs, and a project with a manifest and docs, as services', async () => {
    const r = await report('notes-example-apps');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind}`)).toEqual([
      'Monitoring/Loki python http',
      'shop-api python http',
    ]);
  });
});

describe('notesExample', () => {
  it('asks for three notes of its own beside one source file in all', async () => {
    const { notesExample } = await import('../../src/detect/notes-folders.js');
    expect(notesExample(['00-a.md', '01-b.md', '02-c.md', 'app.js'])).toEqual({ file: 'app.js', notes: 3 });
    // a README, a changelog and a licence are the repository's documents, not notes
    expect(notesExample(['README.md', 'CHANGELOG.md', 'LICENSE.md', 'app.py'])).toBeUndefined();
    expect(notesExample(['00-a.md', '01-b.md', 'app.py'])).toBeUndefined();
    // a program split into modules is a project, not an example
    expect(notesExample(['00-a.md', '01-b.md', '02-c.md', 'app.py', 'lib/db.py'])).toBeUndefined();
    expect(notesExample(['00-a.md', '01-b.md', '02-c.md'])).toBeUndefined();
  });
});

describe('a course of step folders sharing one manifest', () => {
  it('takes a module whose exercise starts a server, nothing deploying it, for a lesson', async () => {
    const r = await report('course-modules-shared-manifest');
    for (const p of ['module_4', 'module_5']) {
      const lesson = r.notServices.find((n) => n.path === p);
      expect(lesson?.reason, p).toBe('playground');
      expect(lesson?.why).toBe(
        `in ${p}/, one of 6 step folders in the repository root (a course's modules or days): no Dockerfile, compose file, Procfile or platform file runs it`,
      );
    }
    // the root's shared requirements.txt runs nothing itself
    expect(r.services.map((s) => s.path)).not.toContain('.');
  });

  it('keeps the serving stages of a series one of which a Dockerfile runs', async () => {
    const r = await report('course-modules-shared-manifest');
    expect(r.services.map((s) => `${s.path} ${s.current} ${s.kind}`)).toEqual([
      'pipeline/stage_1 python http',
      'pipeline/stage_2 python http',
    ]);
  });
});

describe('stepFolders', () => {
  it('finds four or more siblings differing by a number after one stem, not versions or numbered workers', async () => {
    const { stepFolders } = await import('../../src/detect/collections.js');
    const steps = stepFolders(['00/ex00', '01', '02/src', '03', 'api/v1', 'api/v2', 'api/v3', 'api/v4']);
    expect([...steps.keys()].sort()).toEqual(['00', '01', '02', '03']);
    expect(steps.get('02')?.size).toBe(4);
    expect(stepFolders(['worker1', 'worker2', 'worker3', 'worker4']).size).toBe(0);
    expect(stepFolders(['chapter1', 'chapter2', 'chapter3']).size).toBe(0);
  });
});

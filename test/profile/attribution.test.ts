import { describe, expect, it } from 'vitest';
import { serviceLocator } from '../../src/profile/attribution.js';
import { buildProfile } from '../../src/profile/index.js';
import type { ServiceFacts } from '../../src/model/facts.js';
import { facts } from '../support/facts.js';

const service = (path: string): ServiceFacts => ({
  path,
  current: 'node',
  frameworks: ['Express'],
  manifests: [],
  evidence: [],
  entry: [],
});

describe('serviceLocator', () => {
  const locate = serviceLocator([service('.'), service('apps/api'), service('apps/api/worker'), service('apps/web')]);

  it('gives each file to the nearest enclosing service folder', () => {
    expect(locate('apps/api/src/x.ts')).toEqual([1]);
    expect(locate('apps/api/worker/main.ts')).toEqual([2]);
    expect(locate('apps/api/worker/deep/a/b.ts')).toEqual([2]);
    expect(locate('apps/web/index.ts')).toEqual([3]);
    expect(locate('scripts/build.ts')).toEqual([0]);
    expect(locate('README.md')).toEqual([0]);
  });

  it('does not confuse a folder with a sibling that shares its prefix', () => {
    expect(locate('apps/api-gateway/x.ts')).toEqual([0]);
  });

  it('leaves files outside every service to the repo', () => {
    const only = serviceLocator([service('services/a')]);
    expect(only('services/b/x.ts')).toEqual([]);
    expect(only('x.ts')).toEqual([]);
  });
});

describe('buildProfile: who owns what', () => {
  const f = facts()
    .manifest('package.json', 'node', ['express'])
    .code('src', 'TypeScript', 4, ['express'])
    .manifest('worker/requirements.txt', 'python', ['celery', 'pandas'])
    .code('worker', 'Python', 3, ['celery', 'pandas'])
    .manifest('tools/requirements.txt', 'python', ['torch'])
    .code('tools', 'Python', 2, ['torch'])
    .service('.', 'node', ['Express'])
    .service('worker', 'python', ['Celery']);
  const profile = buildProfile(f.facts);
  const [root, worker] = profile.services;
  const ids = (signals: { id: string }[]) => signals.map((s) => s.id).sort();

  it('a nested service takes its files and manifests away from the outer one', () => {
    expect(ids(worker!.signals)).toEqual(expect.arrayContaining(['data', 'queue']));
    expect(ids(root!.signals)).not.toContain('queue');
    expect(ids(root!.signals)).not.toContain('data');
  });

  it('folders without a service of their own belong to the enclosing one', () => {
    expect(ids(root!.signals)).toContain('ml');
    expect(ids(worker!.signals)).not.toContain('ml');
  });

  it('languages are counted per service folder', () => {
    expect(root!.languages).toEqual({ TypeScript: 8000, Python: 4000 });
    expect(worker!.languages).toEqual({ Python: 6000 });
    expect(profile.languages).toEqual(f.facts.languages);
  });

  it('the repo sees everything', () => {
    expect(ids(profile.signals)).toEqual(expect.arrayContaining(['data', 'ml', 'queue']));
  });

  it('a service keeps its path, backend and frameworks, in the facts order', () => {
    expect(profile.services.map((s) => [s.path, s.current, s.frameworks])).toEqual([
      ['.', 'node', ['Express']],
      ['worker', 'python', ['Celery']],
    ]);
  });

  it('files outside every service raise repo signals only', () => {
    const g = facts()
      .manifest('api/package.json', 'node', ['express'])
      .service('api', 'node', ['Express'])
      .manifest('research/requirements.txt', 'python', ['torch']);
    const p = buildProfile(g.facts);
    expect(ids(p.signals)).toContain('ml');
    expect(ids(p.services[0]!.signals)).not.toContain('ml');
  });
});

describe('buildProfile is pure', () => {
  it('does not change its input and gives the same answer twice', () => {
    const f = facts()
      .manifest('package.json', 'node', ['express', 'socket.io'])
      .code('src', 'TypeScript', 12, ['socket.io'])
      .code('nb', 'Jupyter Notebook', 2, ['pandas'])
      .service('.', 'node', ['Express']);
    const before = structuredClone(f.facts);
    const a = buildProfile(f.facts);
    expect(f.facts).toEqual(before);
    expect(buildProfile(f.facts)).toEqual(a);
  });

  it('an empty repo has no services and no signals', () => {
    expect(buildProfile(facts().facts)).toEqual({ signals: [], services: [], languages: {} });
  });
});

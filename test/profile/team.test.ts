import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { facts } from '../support/facts.js';

const find = (signals: { id: string; strength: number }[], id: string) => signals.find((s) => s.id === id)?.strength;

describe('team language share', () => {
  it('a Python service next to a TypeScript frontend: its team share is that of the code it runs', () => {
    const f = facts()
      .manifest('api/requirements.txt', 'python', ['django'])
      .code('api', 'Python', 10, [], 1000)
      .manifest('web/package.json', 'node', ['react'])
      .code('web/src', 'TypeScript', 30, ['react'], 1000)
      .service('api', 'python', ['Django']);
    const p = buildProfile(f.facts);
    // repo: 30k TypeScript of 40k; service: all Python
    expect(find(p.signals, 'team-js')).toBe(0.75);
    expect(find(p.signals, 'team-python')).toBe(0.25);
    const api = p.services[0]!.signals;
    expect(find(api, 'team-js')).toBeUndefined();
    expect(find(api, 'team-python')).toBe(1);
    // the frontend is outside the service: its packages raise `frontend` for the repo, and it is a component
    expect(find(p.signals, 'frontend')).toBeGreaterThan(0);
    expect(find(api, 'frontend')).toBeUndefined();
    expect(p.components.map((c) => c.path)).toEqual(['web']);
  });

  it('notebooks count as Python, Vue and Svelte as JavaScript', () => {
    const f = facts().code('nb', 'Jupyter Notebook', 1, [], 3000).code('app', 'Python', 1, [], 1000);
    f.facts.sources.push({ path: 'ui/App.vue', language: 'Vue', size: 2000 });
    f.facts.sources.push({ path: 'ui/Nav.svelte', language: 'Svelte', size: 2000 });
    f.facts.sources.push({ path: 'README.md', language: 'Markdown', size: 50_000 });
    const p = buildProfile(f.facts);
    expect(find(p.signals, 'team-python')).toBe(0.5);
    expect(find(p.signals, 'team-js')).toBe(0.5);
  });

  it('evidence states the share and where it was measured', () => {
    const f = facts().code('src', 'TypeScript', 1).service('.', 'node', ['Express']);
    const p = buildProfile(f.facts);
    expect(p.signals.find((s) => s.id === 'team-js')!.evidence).toEqual([
      { file: '.', detail: '100% of JavaScript/TypeScript + Python bytes in the repo are JavaScript/TypeScript' },
    ]);
    expect(p.signals.find((s) => s.id === 'team-python')).toBeUndefined();
  });

  it('no JavaScript or Python code: no team signal', () => {
    const f = facts();
    f.facts.sources.push({ path: 'main.go', language: 'Go', size: 5000 });
    expect(buildProfile(f.facts).signals.filter((s) => s.id.startsWith('team-'))).toEqual([]);
  });
});

describe('framework signals of a service', () => {
  it('the framework in use is an investment of its backend; Django brings its built-in protections', () => {
    const f = facts().manifest('requirements.txt', 'python', ['django']).service('.', 'python', ['Django']);
    const s = buildProfile(f.facts).services[0]!.signals;
    expect(s.find((x) => x.id === 'web-framework')).toMatchObject({ strength: 1, ecosystem: 'python' });
    expect(s.find((x) => x.id === 'django')).toMatchObject({ strength: 1, ecosystem: 'python' });
  });

  it('no django signal for other frameworks, and none at repo level', () => {
    const f = facts().manifest('requirements.txt', 'python', ['flask']).service('.', 'python', ['Flask']);
    const p = buildProfile(f.facts);
    expect(p.services[0]!.signals.find((x) => x.id === 'django')).toBeUndefined();
    expect(p.signals.find((x) => x.id === 'web-framework')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { BASELINES, EFFECTS, NEUTRAL_SCORE } from '../../src/knowledge/effects.js';
import { CRITERIA, type Signal } from '../../src/model/profile.js';
import { buildProfile } from '../../src/profile/index.js';
import { assessRepo, CRITERION_MODELS, DEFAULT_PARAMS, scoreCriteria } from '../../src/score/index.js';
import { facts } from '../support/facts.js';

const signal = (id: string, strength: number, ecosystem?: 'node' | 'python'): Signal => ({
  id,
  strength,
  evidence: [{ file: 'x', detail: id }],
  ...(ecosystem ? { ecosystem } : {}),
});

describe('criteria modules', () => {
  it('one per criterion of the article, in its order, each with its own rows of the effects table', () => {
    expect(CRITERION_MODELS.map((c) => c.id)).toEqual([...CRITERIA]);
    for (const model of CRITERION_MODELS) {
      expect(model.effects.length, model.id).toBeGreaterThan(0);
      for (const e of model.effects) expect(e.criterion).toBe(model.id);
      expect(model.article.length).toBeGreaterThan(0);
      expect(model.weightWhy.length).toBeGreaterThan(0);
    }
    expect(CRITERION_MODELS.flatMap((c) => c.effects)).toHaveLength(EFFECTS.length);
    expect(CRITERION_MODELS.flatMap((c) => c.baselines)).toHaveLength(BASELINES.length);
  });

  it('default weights come from the modules: use case first, team skills next', () => {
    for (const model of CRITERION_MODELS) expect(DEFAULT_PARAMS.weights[model.id]).toBe(model.weight);
    const w = DEFAULT_PARAMS.weights;
    for (const id of CRITERIA) if (id !== 'use-case') expect(w['use-case']).toBeGreaterThan(w[id]);
    for (const id of CRITERIA)
      if (id !== 'use-case' && id !== 'team-skills') expect(w['team-skills']).toBeGreaterThan(w[id]);
    expect(DEFAULT_PARAMS.thresholds).toEqual({ review: 5, mismatch: 15 });
    expect(DEFAULT_PARAMS.eitherMargin).toBe(5);
  });

  it('with no signal every criterion is neutral but for the article baselines', () => {
    const criteria = scoreCriteria([], DEFAULT_PARAMS.weights);
    for (const c of criteria) {
      const lean = BASELINES.filter((b) => b.criterion === c.id);
      const plus = (b: 'node' | 'python') =>
        lean.filter((x) => x.favours === b).reduce((s, x) => s + x.points, NEUTRAL_SCORE);
      expect([c.node, c.python], c.id).toEqual([plus('node'), plus('python')]);
      expect(c.reasons.length).toBeGreaterThan(0);
    }
  });

  it('the directions follow the article', () => {
    const at = (signals: Signal[], id: string) =>
      scoreCriteria(signals, DEFAULT_PARAMS.weights).find((c) => c.id === id)!;
    const lead = (c: { node: number; python: number }) => Math.sign(c.node - c.python);
    // real time: Node.js for performance, scalability, use case and ecosystem
    for (const id of ['performance', 'scalability', 'use-case', 'ecosystem'])
      expect(lead(at([signal('realtime', 1, 'python')], id)), id).toBe(1);
    // AI/ML and data: Python for use case and ecosystem
    for (const s of ['ml', 'data'])
      for (const id of ['use-case', 'ecosystem']) expect(lead(at([signal(s, 1, 'python')], id)), `${s} ${id}`).toBe(-1);
    // Django: Python's out-of-the-box security
    expect(lead(at([signal('django', 1, 'python')], 'security'))).toBe(-1);
    // a JavaScript team: Node.js; the baseline leans Python only slightly
    expect(lead(at([signal('team-js', 1, 'node')], 'team-skills'))).toBe(1);
    // security practices are hygiene: reported for the side that has them, moving nothing
    for (const side of ['node', 'python'] as const) {
      const c = at([signal('security', 1, side)], 'security');
      expect(lead(c)).toBe(0);
      expect(c.reasons.join('\n')).toMatch(
        new RegExp(`hygiene on ${side === 'node' ? 'Node\\.js' : 'Python'}, \\+0: .*guide L24a`),
      );
    }
    // production tooling counts for the side that has it
    for (const [id, criterion] of [
      ['scale-out', 'scalability'],
      ['queue', 'scalability'],
      ['concurrency', 'performance'],
    ])
      expect(lead(at([signal(id!, 1, 'python')], criterion!)), id).toBe(-1);
    // LLM SDK calls weigh less for Python than training models
    expect(at([signal('llm', 1, 'node')], 'use-case').python).toBeLessThan(at([signal('ml', 1)], 'use-case').python);
  });

  it('a signal of unknown ecosystem moves no `own` effect', () => {
    const c = scoreCriteria([signal('scale-out', 1)], DEFAULT_PARAMS.weights).find((x) => x.id === 'scalability')!;
    expect(c).toMatchObject({ node: 50, python: 50 });
  });

  it('scores stop at 100 and say so', () => {
    const c = scoreCriteria([signal('ml', 1), signal('data', 1), signal('llm', 1)], DEFAULT_PARAMS.weights).find(
      (x) => x.id === 'use-case',
    )!;
    expect(c.python).toBe(100);
    expect(c.reasons.at(-1)).toBe('capped at 100');
  });

  it('reasons cite the declaration, the share of code that uses the signal and an example file', () => {
    const f = facts()
      .manifest('package.json', 'node', ['express', 'socket.io'])
      .code('src', 'TypeScript', 3, ['socket.io'])
      .code('src', 'TypeScript', 7)
      .service('.', 'node', ['Express']);
    const { repo } = assessRepo(buildProfile(f.facts), DEFAULT_PARAMS);
    const useCase = repo.criteria.find((c) => c.id === 'use-case')!;
    expect(useCase.reasons[0]).toBe(
      'realtime 1.00 (socket.io ^1.0.0, package.json:3; socket.io imported in 3 of 10 runtime code files, e.g. src/f0.ts): +40 Node.js: a real-time application (guide L12)',
    );
    const teamSkills = repo.criteria.find((c) => c.id === 'team-skills')!;
    expect(teamSkills.reasons.some((r) => r.endsWith('(own reading)'))).toBe(true);
  });

  it('every number of a real profile can be recomputed from its reasons', () => {
    const f = facts()
      .manifest('package.json', 'node', ['express', 'pg', 'helmet'])
      .code('src', 'TypeScript', 10, ['express'])
      .manifest('ml/requirements.txt', 'python', ['torch', 'scikit-learn', 'pandas', 'celery'])
      .code('ml', 'Python', 14, ['torch', 'pandas', 'sklearn'], 4000)
      .code('ml/notebooks', 'Jupyter Notebook', 4, ['pandas'], 20000)
      .service('.', 'node', ['Express']);
    const { repo } = assessRepo(buildProfile(f.facts), DEFAULT_PARAMS);
    for (const c of repo.criteria) {
      const sum = (name: string) =>
        c.reasons
          .map((r) => new RegExp(`: \\+([\\d.]+) ${name}: `).exec(r))
          .reduce((s, m) => s + (m ? Number(m[1]) : 0), NEUTRAL_SCORE);
      expect(c.node, c.id).toBe(Math.min(100, Math.round(sum('Node.js'))));
      expect(c.python, c.id).toBe(Math.min(100, Math.round(sum('Python'))));
    }
    const total = repo.criteria.reduce((s, c) => s + c.weight, 0);
    const mean = (b: 'node' | 'python') => Math.round(repo.criteria.reduce((s, c) => s + c.weight * c[b], 0) / total);
    expect(repo.scores).toEqual({ node: mean('node'), python: mean('python') });
  });
});

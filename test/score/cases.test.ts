import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { assessRepo, DEFAULT_PARAMS } from '../../src/score/index.js';
import { facts } from '../support/facts.js';

const run = (f: ReturnType<typeof facts>) => assessRepo(buildProfile(f.facts), DEFAULT_PARAMS);

describe('the hard cases of the issue', () => {
  it('a Node real-time server fits Node', () => {
    const f = facts()
      .manifest('package.json', 'node', ['express', 'socket.io', 'ioredis', 'helmet'])
      .code('src', 'TypeScript', 12, ['express', 'socket.io'])
      .service('.', 'node', ['Express']);
    const { repo } = run(f);
    expect(repo).toMatchObject({ verdict: 'fits', current: 'node', recommended: 'node' });
  });

  it('a Python app whose main feature is real-time chat is not a fit, and Node is recommended', () => {
    const f = facts()
      .manifest('requirements.txt', 'python', ['django', 'channels', 'channels-redis', 'daphne'])
      .code('chat', 'Python', 10, ['django', 'channels'])
      .code('static', 'JavaScript', 2, [], 1500)
      .service('.', 'python', ['Django']);
    const { repo } = run(f);
    expect(['review', 'mismatch']).toContain(repo.verdict);
    expect(repo).toMatchObject({ current: 'python', recommended: 'node' });
  });

  const withPipeline = () =>
    facts()
      .manifest('package.json', 'node', ['express', 'pg'])
      .code('src', 'TypeScript', 10, ['express'])
      .manifest('ml/requirements.txt', 'python', ['torch', 'scikit-learn', 'pandas', 'numpy', 'transformers'])
      .code('ml', 'Python', 14, ['torch', 'pandas', 'numpy', 'sklearn'], 4000)
      .code('ml/notebooks', 'Jupyter Notebook', 4, ['pandas'], 20000)
      .service('.', 'node', ['Express']);

  it('a Node API that runs a large ML pipeline should move to Python', () => {
    const f = withPipeline().spawn('src/f0.ts', 'ml/f10.py');
    const { repo } = run(f);
    expect(repo.current).toBe('node');
    expect(repo.recommended).toBe('python');
    expect(['review', 'mismatch']).toContain(repo.verdict);
  });

  it('the same pipeline run by no service moves no score: it is listed outside services', () => {
    const f = withPipeline();
    const { repo } = run(f);
    expect(repo).toMatchObject({ verdict: 'fits', current: 'node', recommended: 'node' });
    expect(buildProfile(f.facts).components).toEqual([
      expect.objectContaining({ path: 'ml', backend: 'python', files: 18 }),
    ]);
  });

  it('a CRUD API with a TypeScript frontend fits Node', () => {
    const f = facts()
      .manifest('api/package.json', 'node', ['@nestjs/core', 'typeorm', 'helmet', 'class-validator'])
      .code('api/src', 'TypeScript', 20, ['@nestjs/core'])
      .manifest('web/package.json', 'node', ['react', 'react-dom'])
      .code('web/src', 'TypeScript', 25, ['react'])
      .service('api', 'node', ['NestJS']);
    expect(run(f).repo).toMatchObject({ verdict: 'fits', current: 'node', recommended: 'node' });
  });

  it('a Django app doing data analytics fits Python', () => {
    const f = facts()
      .manifest('requirements/base.txt', 'python', ['django', 'pandas', 'numpy', 'matplotlib'])
      .code('analytics', 'Python', 15, ['django', 'pandas', 'numpy'])
      .service('.', 'python', ['Django']);
    expect(run(f).repo).toMatchObject({ verdict: 'fits', current: 'python', recommended: 'python' });
  });

  it('a plain Flask CRUD API fits Python', () => {
    const f = facts()
      .manifest('requirements.txt', 'python', ['flask', 'sqlalchemy', 'marshmallow'])
      .code('app', 'Python', 10, ['flask', 'sqlalchemy'])
      .service('.', 'python', ['Flask']);
    expect(run(f).repo).toMatchObject({ verdict: 'fits', current: 'python', recommended: 'python' });
  });

  it('a plain FastAPI CRUD API fits Python', () => {
    const f = facts()
      .manifest('pyproject.toml', 'python', ['fastapi', 'uvicorn', 'sqlalchemy', 'pydantic'])
      .code('app', 'Python', 12, ['fastapi', 'sqlalchemy', 'pydantic'])
      .service('.', 'python', ['FastAPI']);
    expect(run(f).repo).toMatchObject({ verdict: 'fits', current: 'python', recommended: 'python' });
  });

  it('a FastAPI service that has become a WebSocket hub is flagged for Node', () => {
    const f = facts()
      .manifest('requirements.txt', 'python', ['fastapi', 'websockets', 'broadcaster', 'redis'])
      .code('app', 'Python', 8, ['fastapi', 'websockets', 'broadcaster'])
      .service('.', 'python', ['FastAPI']);
    const { repo } = run(f);
    expect(['review', 'mismatch']).toContain(repo.verdict);
    expect(repo).toMatchObject({ current: 'python', recommended: 'node' });
  });

  it('a Node API with one LLM SDK call is still a Node API', () => {
    const f = facts()
      .manifest('package.json', 'node', ['express', 'openai', 'pg'])
      .code('src', 'TypeScript', 15, ['express'])
      .code('src/ai', 'TypeScript', 1, ['openai'])
      .service('.', 'node', ['Express']);
    // calling a hosted model is the lighter `llm` signal: the team's JavaScript still holds
    const { repo } = run(f);
    expect(repo).toMatchObject({ verdict: 'fits', current: 'node' });
    expect(repo.recommended).not.toBe('python');
    expect(repo.scores.node).toBeGreaterThan(repo.scores.python);
  });

  it('a polyglot monorepo scores each service on its own files', () => {
    const f = facts()
      .manifest('services/gateway/package.json', 'node', ['fastify', 'ws'])
      .code('services/gateway/src', 'TypeScript', 8, ['fastify', 'ws'])
      .manifest('services/recommender/pyproject.toml', 'python', ['fastapi', 'torch', 'numpy'])
      .code('services/recommender/app', 'Python', 8, ['fastapi', 'torch', 'numpy'])
      .service('services/gateway', 'node', ['Fastify'])
      .service('services/recommender', 'python', ['FastAPI']);
    const { repo, services } = run(f);
    expect(services.map((s) => [s.current, s.verdict, s.recommended])).toEqual([
      ['node', 'fits', 'node'],
      ['python', 'fits', 'python'],
    ]);
    expect(repo.current).toBe('both');
  });

  it('a repo with no backend is unknown but still says what would fit', () => {
    const f = facts().manifest('docs/package.json', 'node', ['dev:vitepress']).code('docs', 'TypeScript', 3);
    const { repo, services } = run(f);
    expect(services).toEqual([]);
    expect(repo).toMatchObject({ verdict: 'unknown', current: 'none', fitScore: 0, gap: 0 });
  });

  it('with no backend, the repo-wide signals still say what would fit', () => {
    const f = facts()
      .manifest('requirements.txt', 'python', ['torch', 'pandas'])
      .code('research', 'Python', 6, ['torch', 'pandas'])
      .code('research', 'Jupyter Notebook', 4, ['pandas']);
    const { repo } = run(f);
    expect(repo).toMatchObject({ verdict: 'unknown', current: 'none', recommended: 'python', fitScore: 0, gap: 0 });
    expect(repo.scores.python).toBeGreaterThan(repo.scores.node);
  });
});

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, Truth } from '../../scripts/accuracy-score.mjs';
import { missesOf, normalizePath, scoreRepo, summarize, truthProblems } from '../../scripts/accuracy-score.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RUNNER = path.join(ROOT, 'scripts/accuracy.mjs');
const CLI = path.join(ROOT, 'dist/cli.js');
const FIXTURES = path.join(ROOT, 'fixtures');
const COMMIT = 'a'.repeat(40);

function truth(over: Partial<Truth> & Pick<Truth, 'repo'>): Truth {
  return {
    url: `https://example.invalid/${over.repo}`,
    commit: COMMIT,
    class: 'test',
    half: 'tune',
    services: [],
    traps: [],
    verdicts: ['fits'],
    drift: false,
    ...over,
  };
}

describe('accuracy scoring', () => {
  it('matches by path and backend, one reported service to one truth service, same kind first', () => {
    const t = truth({
      repo: 'o/monorepo',
      services: [
        { path: '.', backend: 'python', kind: 'http', why: 'Procfile web' },
        { path: '.', backend: 'python', kind: 'worker', why: 'Procfile worker' },
        { path: './api/', backend: 'node', kind: 'function', why: 'serverless.yml' },
        { path: 'svc', backend: 'node', kind: 'http', why: 'listen' },
      ],
      traps: [{ path: 'examples/demo', why: 'example' }],
    });
    const report: Report = {
      verdict: 'review',
      services: [
        { path: '.', current: 'python', kind: 'worker' },
        { path: 'api', current: 'both', kind: 'http' },
        { path: 'svc', current: 'python' },
        { path: 'examples/demo/', current: 'node' },
        { path: 'tools', current: 'node' },
      ],
      notServices: [{ path: 'svc', reason: 'test', why: 'inside tests' }],
    };
    const scored = scoreRepo(t, report);
    // '.' python matches the worker truth (same kind preferred), 'api' matches by `both`.
    expect(scored.matches.map((m) => `${m.truth.path}:${m.truth.kind}`)).toEqual(['.:worker', 'api:function']);
    // 'svc' is reported as python but the truth is node: a false positive and a false negative.
    expect(scored.falsePositives.map((f) => f.reported.path)).toEqual(['svc', 'tools']);
    expect(scored.falseNegatives.map((f) => `${f.truth.path}:${f.truth.kind}`)).toEqual(['.:http', 'svc:http']);
    expect(scored.falseNegatives[1]?.notService?.reason).toBe('test');
    expect(scored.trapHits.map((h) => h.reported.path)).toEqual(['examples/demo']);
    expect(scored.kindDisagreements.map((k) => k.truth.path)).toEqual(['api']);
    expect(scored.verdictAgrees).toBe(false);

    const figures = summarize([scored]);
    expect(figures.precision).toEqual({ part: 2, whole: 5, value: 0.4 });
    expect(figures.recall).toEqual({ part: 2, whole: 4, value: 0.5 });
    expect(figures.kindAgreement).toEqual({ part: 1, whole: 2, value: 0.5 });
    expect([figures.trapHits, figures.trapRepos]).toEqual([1, 1]);
    expect(figures.verdictAgreement.value).toBe(0);

    const types = missesOf([scored]).map((m) => `${m.type}@${String(m.path ?? '')}`);
    expect(types.sort()).toEqual(
      [
        'false-positive@svc',
        'false-positive@tools',
        'false-negative@.',
        'false-negative@svc',
        'trap-hit@examples/demo',
        'kind@api',
        'verdict@',
      ].sort(),
    );
  });

  it('adds up over repositories, counts drift caught only on drift repositories, and says n/a for nothing', () => {
    const drifted = scoreRepo(truth({ repo: 'o/a', drift: true, verdicts: ['review', 'mismatch'], services: [] }), {
      verdict: 'mismatch',
      services: [],
    });
    const missed = scoreRepo(truth({ repo: 'o/b', drift: true, verdicts: ['review'] }), {
      verdict: 'fits',
      services: [],
    });
    const plain = scoreRepo(
      truth({ repo: 'o/c', services: [{ path: 'x', backend: 'node', kind: 'http', why: 'w' }] }),
      { verdict: 'fits', services: [{ path: 'x', current: 'node', kind: 'http' }] },
    );
    const failed = scoreRepo(
      truth({ repo: 'o/d', services: [{ path: '.', backend: 'node', kind: 'http', why: 'w' }] }),
      null,
      'no JSON report',
    );
    const figures = summarize([drifted, missed, plain, failed], [truth({ repo: 'o/e' })]);
    expect(figures.driftCaught).toEqual({ part: 1, whole: 2, value: 0.5 });
    expect(figures.recall).toEqual({ part: 1, whole: 2, value: 0.5 });
    expect(figures.precision).toEqual({ part: 1, whole: 1, value: 1 });
    expect(figures.verdictAgreement).toEqual({ part: 2, whole: 4, value: 0.5 });
    expect([figures.missing, figures.errors]).toEqual([1, 1]);
    expect(summarize([]).precision.value).toBeNull();
    expect(missesOf([failed]).map((m) => m.type)).toEqual(['no-report', 'false-negative', 'verdict']);
  });

  it('normalises paths and names what is wrong in a truth file', () => {
    expect(['', '.', './', 'a/b/', './a\\b', '/a//b'].map(normalizePath)).toEqual(['.', '.', '.', 'a/b', 'a/b', 'a/b']);
    expect(truthProblems(truth({ repo: 'o/n' }))).toEqual([]);
    const bad = { ...truth({ repo: 'o/n' }), half: 'middle', services: [{ path: 'x', backend: 'go', kind: 'http' }] };
    expect(truthProblems(bad)).toEqual([
      '`half` must be one of tune, held-out',
      'services[0].backend must be node or python',
      'services[0].why is missing',
    ]);
    // `set` is optional; when present it must name something.
    expect(truthProblems(truth({ repo: 'o/n', set: 'fresh-2026-12' }))).toEqual([]);
    expect(truthProblems({ ...truth({ repo: 'o/n' }), set: ' ' })).toEqual([
      '`set`, when given, must be a non-empty name',
    ]);
  });
});

describe('npm run accuracy over a tiny truth set on fixtures', () => {
  let scratch: string;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [RUNNER, '--truth', path.join(scratch, 'truth'), '--cli', CLI, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  beforeAll(() => {
    expect(existsSync(CLI)).toBe(true);
    scratch = mkdtempSync(path.join(os.tmpdir(), 'bf-accuracy-'));
    mkdirSync(path.join(scratch, 'truth'));
    for (const fixture of ['polyglot-monorepo', 'express-middleware-lib', 'sam-python-function']) {
      cpSync(path.join(FIXTURES, fixture), path.join(scratch, 'repos', `fixture__${fixture}`), { recursive: true });
    }
    const write = (t: Truth) =>
      writeFileSync(path.join(scratch, 'truth', `${t.repo.replace('/', '__')}.json`), JSON.stringify(t));
    write(
      truth({
        repo: 'fixture/polyglot-monorepo',
        half: 'tune',
        services: [
          { path: 'services/gateway', backend: 'node', kind: 'http', why: 'express gateway' },
          { path: 'services/queue-worker', backend: 'python', kind: 'worker', why: 'a worker the fixture lacks' },
        ],
        traps: [{ path: 'services/recommender', why: 'marked a trap to see a trap hit' }],
      }),
    );
    write(
      truth({
        repo: 'fixture/express-middleware-lib',
        half: 'held-out',
        traps: [{ path: '.', why: 'a middleware library' }],
        verdicts: ['unknown'],
      }),
    );
    write(
      truth({
        repo: 'fixture/sam-python-function',
        half: 'held-out',
        services: [{ path: '.', backend: 'python', kind: 'function', why: 'template.yaml' }],
      }),
    );
    write(truth({ repo: 'fixture/not-checked-out', half: 'held-out', set: 'later' }));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('prints figures per half and both, lists the missing checkout with its command, and writes the misses', () => {
    const misses = path.join(scratch, 'out', 'misses.json');
    const result = run('--repos', path.join(scratch, 'repos'), '--misses', misses);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `missing fixture/not-checked-out: git clone https://example.invalid/fixture/not-checked-out ${path.join(scratch, 'repos', 'fixture__not-checked-out')} && git -C`,
    );
    const section = (title: string) => result.stdout.split(`${title}\n`)[1]?.split('\n\n')[0] ?? '';
    // tune: gateway matched, the worker missed, the recommender is a trap hit.
    expect(section('half tune')).toMatch(/service precision\s+50\.0% \(1\/2\)/);
    expect(section('half tune')).toMatch(/service recall\s+50\.0% \(1\/2\)/);
    expect(section('half tune')).toMatch(/trap hits\s+1 services in 1 repositories/);
    // held-out: the library is not reported, the SAM function is; one checkout is missing.
    expect(section('half held-out')).toMatch(/repositories\s+2 scored, 1 missing/);
    expect(section('half held-out')).toMatch(/service recall\s+100\.0% \(1\/1\)/);
    expect(section('half held-out')).toMatch(/verdict agreement\s+100\.0% \(2\/2\)/);
    expect(section('both halves')).toMatch(/service recall\s+66\.7% \(2\/3\)/);
    expect(section('per class')).toMatch(/test\s+3 repos, precision 66\.7% \(2\/3\), recall 66\.7% \(2\/3\)/);

    const written = JSON.parse(readFileSync(misses, 'utf8')) as {
      missing: string[];
      misses: { type: string; repo: string; path?: string }[];
    };
    expect(written.missing).toEqual(['fixture/not-checked-out']);
    const byType = (type: string) => written.misses.filter((m) => m.type === type).map((m) => `${m.repo}:${m.path}`);
    expect(byType('false-negative')).toEqual(['fixture/polyglot-monorepo:services/queue-worker']);
    expect(byType('trap-hit')).toEqual(['fixture/polyglot-monorepo:services/recommender']);
    expect(byType('false-positive')).toEqual([]);
  });

  it('scores only the truths of one set with --set, and says so in the titles and the misses file', () => {
    const misses = path.join(scratch, 'later.json');
    const result = run(
      '--repos',
      path.join(scratch, 'repos'),
      '--set',
      'later',
      '--half',
      'held-out',
      '--misses',
      misses,
    );
    expect(result.status).toBe(0);
    // Only the set's one truth is read: its checkout is missing, and the other held-out truths are left out.
    expect(result.stdout).toMatch(/half held-out, set later\n\s+repositories\s+0 scored, 1 missing/);
    const written = JSON.parse(readFileSync(misses, 'utf8')) as { set: string; missing: string[]; misses: unknown[] };
    expect(written).toMatchObject({ set: 'later', missing: ['fixture/not-checked-out'], misses: [] });
  });

  it('runs one half only when asked, and exits 2 on a usage error', () => {
    const misses = path.join(scratch, 'held-out.json');
    const heldOut = run('--repos', path.join(scratch, 'repos'), '--half', 'held-out', '--misses', misses);
    expect(heldOut.status).toBe(0);
    expect(heldOut.stdout).toContain('half held-out');
    expect(heldOut.stdout).not.toContain('half tune');
    expect(heldOut.stdout).not.toContain('both halves');
    expect(run('--half', 'tune').status).toBe(2);
    const unknownSet = run('--repos', path.join(scratch, 'repos'), '--set', 'nope');
    expect(unknownSet.status).toBe(2);
    expect(unknownSet.stderr).toContain('--set nope: no truth file has that set (sets in');
    expect(unknownSet.stderr).toContain(': later)');
    const badHalf = run('--repos', path.join(scratch, 'repos'), '--half', 'middle');
    expect(badHalf.status).toBe(2);
    expect(badHalf.stderr).toContain('--half must be tune, held-out or all');
  });
});

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { parseConfig } from '../../src/config/parse.js';
import { EFFECTS } from '../../src/knowledge/effects.js';
import { DRIFT_KINDS, WAIVER_DAYS } from '../../src/knowledge/plans.js';
import type { ServicePlan } from '../../src/model/plan.js';
import type { Report } from '../../src/model/report.js';
import { planService } from '../../src/plan/index.js';
import { planInputs } from '../../src/plan/inputs.js';
import { findAreas, partNames } from '../../src/plan/areas.js';
import { buildProfile } from '../../src/profile/index.js';
import { renderMarkdown, renderSarif, renderText } from '../../src/report/index.js';
import { escapeMarkdown, escapeMarkdownUpTo, MAX_NAME_LENGTH } from '../../src/report/markdown-escape.js';
import { planMarkdown } from '../../src/report/plan-markdown.js';
import { assessRepo, DEFAULT_PARAMS } from '../../src/score/index.js';
import { FIXTURES } from '../fixtures/expectations.js';
import { facts } from '../support/facts.js';

const ROOT = path.resolve(import.meta.dirname, '../../fixtures');
const NOW = new Date('2026-11-24T10:00:00Z');
const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
const SOURCE = /\.(py|ipynb|js|mjs|cjs|ts|tsx|jsx)$/;

async function report(name: string, config?: string): Promise<Report> {
  const s = config
    ? resolveSettings(
        parseConfig(config, '.github/backend-fit.yml'),
        {},
        { failOn: 'mismatch', params: DEFAULT_PARAMS },
      )
    : settings;
  return analyze({ root: path.join(ROOT, name), settings: s, now: NOW });
}

async function planOf(name: string): Promise<ServicePlan> {
  const plan = (await report(name)).services[0]!.plan;
  expect(plan, `${name} has a plan`).toBeDefined();
  return plan!;
}

/** Non-empty code files under `rel` in a fixture, counted from the disk, not from the scan. */
function onDisk(fixture: string, rel: string, only = SOURCE): { files: number; bytes: number } {
  const base = path.join(ROOT, fixture, rel);
  const list = statSync(base).isDirectory()
    ? readdirSync(base, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile() && only.test(d.name))
        .map((d) => path.join(d.parentPath, d.name))
    : [base];
  const sizes = list.map((file) => statSync(file).size).filter((size) => size > 0);
  return { files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}

describe('plan: ML inside a Node API (express-tfjs-recommender)', () => {
  it('moves src/ml/ into a Python service, sized from the files on disk; routes, db and server stay', async () => {
    const plan = await planOf('express-tfjs-recommender');
    expect(plan.shape).toBe('split');
    expect(plan.towards).toBe('python');
    expect(plan.areas.map((a) => [a.path, a.reach, a.kinds])).toEqual([['src/ml', 'imports', ['ml']]]);
    const area = plan.areas[0]!;
    expect({ files: area.files, bytes: area.bytes }).toEqual(onDisk('express-tfjs-recommender', 'src/ml'));
    // vectors.ts sits in the folder but imports no ML library
    expect(area.driftFiles).toBe(3);
    expect(area.libraries).toEqual(expect.arrayContaining(['@tensorflow/tfjs-node', '@xenova/transformers']));
    expect(area.evidence).toContainEqual({
      file: 'src/ml/ranker.ts',
      line: 1,
      detail: 'imports @tensorflow/tfjs-node',
    });
    expect(plan.service).toEqual(onDisk('express-tfjs-recommender', 'src'));
    expect(plan.stays.files + plan.moves.files).toBe(plan.service.files);
    expect(plan.stays.bytes + plan.moves.bytes).toBe(plan.service.bytes);
    expect(plan.stays.parts).toEqual(['routes', 'db', 'server']);
    expect(plan.suggestion).toMatch(
      /^Move the ML code in src\/ml\/ \(4 files, [\d.]+ KB; .*\) into a Python service and call it over HTTP from the Express app; the other 4 files, [\d.]+ KB \(routes, db, server\) fit Node\.js and stay\.$/,
    );
    expect(plan.guide).toBe('Choose Python for AI, ML, or data-centered applications');
  });
});

describe('plan: an LLM app with in-process embeddings (express-llm-embeddings)', () => {
  it('moves the embeddings code; hosted-model clients and worker_threads never make an area of their own', async () => {
    const plan = await planOf('express-llm-embeddings');
    expect(plan.shape).toBe('split');
    expect(plan.areas.map((a) => [a.path, a.kinds])).toEqual([['src/embeddings', ['ml']]]);
    expect(plan.areas[0]!.libraries).toEqual(['@xenova/transformers']);
    expect({ files: plan.areas[0]!.files, bytes: plan.areas[0]!.bytes }).toEqual(
      onDisk('express-llm-embeddings', 'src/embeddings'),
    );
    for (const kept of ['providers', 'lib']) expect(plan.stays.parts).toContain(kept);
    expect(plan.suggestion).not.toMatch(/openai|anthropic|ollama|worker_threads/);
  });

  it('an app whose only AI is hosted-model clients fits and has no plan', async () => {
    const r = await report('express-hosted-llm');
    expect(r.verdict).toBe('fits');
    expect(r.services[0]!.plan).toBeUndefined();
  });
});

describe('plan: ML run by a Node API as Python scripts', () => {
  it('express-spawns-python: serves ml/ over HTTP instead of the spawn in src/predict.js', async () => {
    const plan = await planOf('express-spawns-python');
    expect(plan.shape).toBe('split');
    expect(plan.areas.map((a) => a.path)).toEqual(['ml']);
    const area = plan.areas[0]!;
    expect(area.reach).toBe('spawns');
    expect(area.reachedFrom).toMatchObject({ file: 'src/predict.js', line: 9 });
    expect({ files: area.files, bytes: area.bytes }).toEqual(onDisk('express-spawns-python', 'ml'));
    expect(area.libraries).toEqual(expect.arrayContaining(['torch', 'transformers']));
    expect(plan.moves.paths).toEqual(['ml/']);
    expect({ files: plan.stays.files, bytes: plan.stays.bytes }).toEqual(onDisk('express-spawns-python', 'src'));
    expect(plan.suggestion).toContain('instead of starting a process per call (src/predict.js:9)');
  });

  it('a Node API whose spawned Python ML is most of the service: the honest answer is a switch', () => {
    const f = facts()
      .manifest('package.json', 'node', ['express'])
      .code('src', 'JavaScript', 3, ['express'], 400)
      .manifest('ml/requirements.txt', 'python', ['torch', 'pandas'])
      .code('ml', 'Python', 9, ['torch', 'pandas'], 3000)
      .spawn('src/f0.js', 'ml/f3.py')
      .service('.', 'node', ['Express']);
    const profile = buildProfile(f.facts);
    const service = profile.services[0]!;
    expect(
      service.signals.find((s) => s.id === 'ml')!.evidence.some((e) => e.detail.includes('run by src/f0.js:3')),
    ).toBe(true);
    const assessment = { ...assessRepo(profile, DEFAULT_PARAMS).services[0]!, verdict: 'mismatch' as const };
    const plan = planService(service, assessment, planInputs(0, service, f.facts), NOW);
    expect(plan.shape).toBe('switch');
    expect(plan.areas).toEqual([expect.objectContaining({ path: 'ml', reach: 'spawns', files: 9, bytes: 27_000 })]);
    // what would move: the JavaScript of the API, rewritten; ml/ is Python already and stays
    expect({ files: plan.moves.files, bytes: plan.moves.bytes }).toEqual({ files: 3, bytes: 1200 });
    expect(plan.suggestion).toContain(
      'a full switch to Python is the honest answer, rewriting the Node.js code (3 files',
    );
    expect(plan.suggestion).toContain('ml/ is Python already and stays');
  });

  it('code of the other language that no service runs is no part of any plan', () => {
    const f = facts()
      .manifest('package.json', 'node', ['express'])
      .code('src', 'JavaScript', 3, ['express'])
      .code('jobs', 'Python', 2, ['torch', 'sklearn'])
      .service('.', 'node', ['Express']);
    const profile = buildProfile(f.facts);
    const service = profile.services[0]!;
    expect(service.signals.map((s) => s.id)).not.toContain('ml');
    const assessment = { ...assessRepo(profile, DEFAULT_PARAMS).services[0]!, verdict: 'review' as const };
    const plan = planService(service, assessment, planInputs(0, service, f.facts), NOW);
    expect(plan.areas.map((a) => a.path)).not.toContain('jobs');
    expect(profile.components.map((c) => c.path)).toEqual(['.']);
  });
});

describe('plan: wording', () => {
  it('a folder and a module of one name are one part', () => {
    const sources = [
      { path: 'dash/api.py', size: 900 },
      { path: 'dash/jobs.py', size: 300 },
      { path: 'dash.py', size: 100 },
      { path: 'tests_helpers.py', size: 50 },
    ];
    expect(partNames(sources, '.')).toEqual(['dash', 'tests_helpers']);
  });

  it('one file that stays is one file that fits', () => {
    const f = facts()
      .manifest('package.json', 'node', ['express', '@tensorflow/tfjs-node'])
      .code('.', 'JavaScript', 1, ['express'], 1200)
      .code('ml', 'JavaScript', 1, ['@tensorflow/tfjs-node'], 400)
      .service('.', 'node', ['Express']);
    const profile = buildProfile(f.facts);
    const service = profile.services[0]!;
    const assessment = { ...assessRepo(profile, DEFAULT_PARAMS).services[0]!, verdict: 'review' as const };
    const plan = planService(service, assessment, planInputs(0, service, f.facts), NOW);
    expect(plan.suggestion).toBe(
      'Move the ML code in ml/f1.js (400 B; @tensorflow/tfjs-node) into a Python service and call it over HTTP from the Express app; the other file, 1.2 KB (f0), fits Node.js and stays.',
    );
  });
});

describe('plan: a gap that is not in the code', () => {
  it('keep: no area to move; names the signals behind the gap and still offers the waiver', () => {
    // a Node.js API that declares an ML library it never imports: a weak signal, no code to move
    const f = facts()
      .manifest('package.json', 'node', ['express', '@tensorflow/tfjs-node'])
      .code('.', 'JavaScript', 2, ['express'])
      .service('.', 'node', ['Express']);
    const profile = buildProfile(f.facts);
    const service = profile.services[0]!;
    const assessment = { ...assessRepo(profile, DEFAULT_PARAMS).services[0]!, verdict: 'review' as const };
    const plan = planService(service, assessment, planInputs(0, service, f.facts), NOW);
    expect(plan.shape).toBe('keep');
    expect(plan.areas).toEqual([]);
    expect(plan.moves).toEqual({ files: 0, bytes: 0, paths: [] });
    expect(plan.stays.files).toBe(2);
    expect(plan.suggestion).toMatch(/^No part of the code drifts: the gap comes from ml 0\.\d\d/);
    expect(plan.waiver.expires).toBe('2027-02-22');
  });
});

describe('plan: real-time inside a Django app (python-realtime-chat)', () => {
  it('runs the Channels consumers as a Node.js service beside the Django app; views and settings stay', async () => {
    const plan = await planOf('python-realtime-chat');
    expect(plan.shape).toBe('split');
    expect(plan.towards).toBe('node');
    expect(plan.areas.map((a) => a.path).sort()).toEqual(['chat/consumers.py', 'chat/presence.py', 'chatsite/asgi.py']);
    for (const area of plan.areas) {
      expect(area).toMatchObject({ folder: false, reach: 'imports', kinds: ['realtime'], libraries: ['channels'] });
      expect({ files: area.files, bytes: area.bytes }).toEqual(onDisk('python-realtime-chat', area.path));
    }
    // the service runs its Python; its static JavaScript is no part of it
    expect(plan.service).toEqual(onDisk('python-realtime-chat', '.', /\.py$/));
    expect(plan.suggestion).toMatch(
      /^Run the real-time part in .* as a Node\.js service beside the Django app; the other 4 files/,
    );
    expect(plan.guide).toBe('Choose Node.js for dynamic, real-time applications');
    expect(plan.stayingCost).toContain('may not be as smooth as Node.js for scaling real-time features');
  });
});

describe('plan: data work inside a Node service (fastify-sales-reports)', () => {
  it('moves src/analytics/ (the code the app runs); the pandas notebooks no service runs are no part of it', async () => {
    const r = await report('fastify-sales-reports');
    const plan = r.services[0]!.plan!;
    expect(plan.shape).toBe('split');
    expect(plan.areas.map((a) => [a.path, a.reach, a.kinds])).toEqual([['src/analytics', 'imports', ['data']]]);
    const area = plan.areas[0]!;
    expect({ files: area.files, bytes: area.bytes }).toEqual(onDisk('fastify-sales-reports', 'src/analytics'));
    expect(area.libraries).toEqual(['arquero', 'simple-statistics', 'danfojs-node', 'papaparse']);
    expect(plan.suggestion).toMatch(/^Move the data work in src\/analytics\/ \(4 files, .*\) into a Python service/);
    expect(plan.moves.files + plan.stays.files).toBe(onDisk('fastify-sales-reports', 'src').files);
    expect(r.components.map((c) => c.path)).toEqual(['.']);
  });
});

describe('plan: none where the service fits', () => {
  for (const [name, expected] of Object.entries(FIXTURES).filter(([, e]) => e.verdict === 'fits')) {
    it(name, async () => {
      const r = await report(name);
      for (const s of r.services) if (s.verdict === 'fits') expect(s.plan, s.path).toBeUndefined();
      expect(r.verdict).toBe(expected.verdict);
    });
  }
});

describe('plan: the waiver', () => {
  it('expires 90 days after the report date, and pasted into the config it waives the service', async () => {
    const plan = await planOf('express-spawns-python');
    expect(WAIVER_DAYS).toBe(90);
    expect(plan.waiver.expires).toBe('2027-02-22');
    expect(plan.waiver.snippet).toBe(
      [
        'waivers:',
        '  - service: "."',
        `    reason: ${JSON.stringify(plan.waiver.reason)}`,
        '    expires: "2027-02-22"',
      ].join('\n'),
    );
    const waived = await report('express-spawns-python', `fail-on: review\n${plan.waiver.snippet}`);
    expect(waived.policy.failed).toBe(false);
    expect(waived.policy.waived).toEqual([{ service: '.', reason: plan.waiver.reason, expires: '2027-02-22' }]);
    const unwaived = await report('express-spawns-python', 'fail-on: review\n');
    expect(unwaived.policy.failed).toBe(true);
  });
});

describe('plan: rendered', () => {
  it('Markdown: a "What to do" block right after the headline, with the waiver in a yaml fence', async () => {
    const r = await report('express-tfjs-recommender');
    const md = renderMarkdown(r);
    const block = md.indexOf('**What to do:**');
    expect(block).toBeGreaterThan(md.indexOf('backend-fit: **review**'));
    expect(block).toBeLessThan(md.indexOf('| Criterion'));
    expect(md).toContain('- `src/ml/`: 4 files');
    // the whole suggestion, not cut at a name's length
    expect(md).toContain('\\(routes, db, server\\) fit Node.js and stay.');
    expect(md).toContain('```yaml\nwaivers:\n  - service: "."');
    expect(renderMarkdown(await report('bun-hono-api'))).not.toContain('What to do');
  });

  it('text and SARIF carry the plan', async () => {
    const r = await report('python-realtime-chat');
    const text = renderText(r);
    expect(text).toContain('What to do: Run the real-time part in');
    expect(text).toContain('    waivers:');
    const sarif = JSON.parse(renderSarif(r)) as {
      runs: { results: { ruleId: string; message: { text: string } }[] }[];
    };
    const verdict = sarif.runs[0]!.results.find((x) => x.ruleId === 'backend-fit/review')!;
    expect(verdict.message.text).toContain(`What to do: ${r.services[0]!.plan!.suggestion}`);
    expect(verdict.message.text).toContain('Choose Node.js for dynamic, real-time applications');
  });

  it('Markdown: names from the scanned repo cannot escape code spans or fences', async () => {
    const plan = structuredClone((await planOf('express-tfjs-recommender')) as ServicePlan);
    plan.areas[0]!.path = 'src/@team`x`<b>';
    plan.suggestion = 'Move `x` <img src=x> @someone #12';
    plan.waiver.snippet = 'waivers:\n  - service: "```\n@all"';
    const md = planMarkdown(plan).join('\n');
    expect(md).not.toContain('<img');
    expect(md).toContain('- ``src/@team`x`<b>/``: ');
    expect(md).not.toMatch(/(^|[^`\u200b])@someone/);
    expect(md).toContain('````yaml');
  });
});

describe('escaping: a long sentence of the plan is not cut, names still are', () => {
  it('escapeMarkdownUpTo keeps the sentence; escapeMarkdown passed to map() keeps its name limit', () => {
    const sentence = `Move ${'x'.repeat(400)} and stay.`;
    expect(escapeMarkdownUpTo(sentence, 2000)).toBe(sentence);
    const [cut] = [sentence].map(escapeMarkdown);
    expect(cut).toHaveLength(MAX_NAME_LENGTH);
  });
});

describe('findAreas: the smallest folders that hold most of the drift', () => {
  it('takes a folder whose files are mostly drift, splits one that is not', () => {
    const sources = [
      'src/a.ts',
      'src/b.ts',
      'src/ml/x.ts',
      'src/ml/y.ts',
      'src/ml/z.ts',
      'web/c.py',
      'web/d.py',
      'web/e.py',
    ];
    expect(findAreas(['src/ml/x.ts', 'src/ml/y.ts', 'web/c.py'], sources, '.')).toEqual([
      { path: 'src/ml', folder: true, driftFiles: ['src/ml/x.ts', 'src/ml/y.ts'] },
      { path: 'web/c.py', folder: false, driftFiles: ['web/c.py'] },
    ]);
  });

  it('never returns the service folder itself', () => {
    expect(findAreas(['api/a.ts', 'api/b.ts'], ['api/a.ts', 'api/b.ts'], 'api').map((a) => a.path)).toEqual([
      'api/a.ts',
      'api/b.ts',
    ]);
  });
});

describe('knowledge: drift kinds', () => {
  it('every signal of a kind pulls towards the backend of that kind in the scoring effects', () => {
    for (const kind of DRIFT_KINDS)
      for (const signal of kind.signals)
        expect(
          EFFECTS.some((e) => e.signal === signal && e.favours === kind.towards),
          `${signal} -> ${kind.towards}`,
        ).toBe(true);
  });
});

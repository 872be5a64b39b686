import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { resolveSettings } from '../../src/config/index.js';
import { history } from '../../src/history/index.js';
import type { History } from '../../src/model/history.js';
import { historyMarkdown, historyText, renderHistory } from '../../src/report/history.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';
import { captureIo } from '../support/cli-io.js';
import { historyRepo, SHOP_HISTORY } from './history-repo.js';
import { mermaidBlocks, mermaidErrors } from './mermaid.js';

const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
let repo: ReturnType<typeof historyRepo>;
let h: History;
beforeAll(async () => {
  repo = historyRepo(SHOP_HISTORY);
  h = await history({
    root: repo.dir,
    settings,
    since: new Date('2025-12-01T00:00:00Z'),
    now: new Date('2026-06-01T00:00:00Z'),
    sampling: { points: 6 },
  });
});
afterAll(() => repo.cleanup());

describe('the history as Markdown', () => {
  it('has one valid Mermaid chart per service, the tipping commit a point of its own', () => {
    const markdown = historyMarkdown(h);
    const blocks = mermaidBlocks(markdown);
    expect(blocks).toHaveLength(2);
    for (const block of blocks) expect(mermaidErrors(block)).toEqual([]);
    expect(blocks[0]).toContain(`"tip ${repo.shas[10]!.slice(0, 7)}"`);
    expect(blocks[0]).toContain('title "api: Node.js fit (first line) and Python (second)"');
    expect(markdown).toContain(`| \`api\` | review 58 | \`${repo.shas[10]!.slice(0, 7)}\` 2026-03-16 Train product`);
  });

  it('the validator refuses what Mermaid would not draw', () => {
    const good = mermaidBlocks(historyMarkdown(h))[0]!;
    expect(mermaidErrors(good.replace('line [58', 'line [58, 1'))).toEqual([
      expect.stringMatching(/a line of \d+ values on an x-axis of \d+ labels/),
    ]);
    expect(mermaidErrors(good.replace('xychart-beta', 'xychart'))).not.toEqual([]);
    expect(mermaidErrors(good.replace('title "api', 'title "a"pi'))).not.toEqual([]);
    expect(mermaidErrors(good.replace('0 --> 100', '100 --> 0'))).not.toEqual([]);
  });

  it('fits a budget: charts and changes left out with a line saying so', () => {
    const full = historyMarkdown(h);
    const small = historyMarkdown(h, 900);
    expect(small.length).toBeLessThanOrEqual(900);
    expect(small.length).toBeLessThan(full.length);
    expect(small).toMatch(/more service chart|more changes in the JSON history/);
    for (const block of mermaidBlocks(small)) expect(mermaidErrors(block)).toEqual([]);
  });

  it("the README's example shows these very charts, and they are valid", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const shown = mermaidBlocks(readme).filter((b) => b.includes('fit (first line)'));
    expect(shown).toEqual(mermaidBlocks(historyMarkdown(h)));
    for (const block of shown) expect(mermaidErrors(block)).toEqual([]);
  });
});

describe('the history as text and JSON', () => {
  it('text: each service over time, where it tipped, and what changed commit by commit', () => {
    const text = historyText(h);
    expect(text).toContain(
      `drifting since ${repo.shas[10]!.slice(0, 7)} 2026-03-16 “Train product recommendations in the API with TensorFlow.js” by Ana Lytics`,
    );
    expect(text).toMatch(
      /live went away between [0-9a-f]{7} and [0-9a-f]{7}: live\/package.json, live\/src\/presence.js, live\/src\/server.js/,
    );
    expect(text).toMatch(
      /api: Verdict fits → review at [0-9a-f]{7}: api\/package.json.* raised data, ml and lowered concurrency\./,
    );
    expect(text).not.toMatch(/\*\*|`/);
  });

  it('JSON is the history as it is', () => {
    expect(JSON.parse(renderHistory(h, 'json'))).toEqual(JSON.parse(JSON.stringify(h)));
  });
});

describe('backend-fit history', () => {
  it('runs from the CLI on the first positional, with its own flags', async () => {
    const { io, out } = captureIo();
    const code = await runCli(
      ['history', repo.dir, '--since', '2025-12-01', '--points', '4', '--format', 'markdown'],
      io,
    );
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    expect(mermaidBlocks(out.stdout).length).toBe(2);
  });

  it("--place-all pins the other services' changes to their commits too; --help tells it", async () => {
    const run = async (flags: string[]) => {
      const { io, out } = captureIo();
      expect(await runCli(['history', repo.dir, '--since', '2025-12-01', '--points', '4', ...flags], io)).toBe(0);
      return out.stdout;
    };
    const gone = (text: string) => text.split('\n').find((l) => l.includes('live went away'));
    expect(gone(await run([]))).toMatch(/live went away between [0-9a-f]{7} and [0-9a-f]{7}/);
    expect(gone(await run(['--place-all']))).toMatch(new RegExp(`live went away at ${repo.shas[15]!.slice(0, 7)}`));
    expect(await run(['--help'])).toMatch(/--place-all +also pin services that appeared, went away or were renamed/);
  });

  it.each([
    [['--points', '0'], /--points must be a whole number/],
    [['--points', '3', '--every', '1m'], /give --points or --every, not both/],
    [['--every', 'soon'], /--every must be a span/],
    [['--since', 'yesterday'], /--since must be a date .* or a span/],
    [['--format', 'sarif'], /history --format must be one of text, json, markdown \(got "sarif"\)/],
    [['--bogus'], /unknown option --bogus \(see history --help\)/],
  ])('%j is a usage error: exit 2, one line', async (flags, message) => {
    const { io, out } = captureIo();
    expect(await runCli(['history', repo.dir, ...flags], io)).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a folder outside git: exit 2 with one line', async () => {
    const { io, out } = captureIo();
    expect(await runCli(['history', '/'], io)).toBe(2);
    expect(out.stderr).toMatch(/^backend-fit: \/: git rev-parse failed: .*\(history needs a git repository\)\n$/);
  });
});

describe('schema/history.schema.json', () => {
  it('describes the JSON history, and refuses one with a field it does not know', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const schema = JSON.parse(readFileSync(new URL('../../schema/history.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
    expect(validate(JSON.parse(renderHistory(h, 'json'))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...JSON.parse(renderHistory(h, 'json')), extra: 1 })).toBe(false);
  });
});

describe('a change the bisect could not narrow', () => {
  it('is told as lying between two commits', async () => {
    const narrow = await history({
      root: repo.dir,
      settings,
      since: new Date('2025-12-01T00:00:00Z'),
      now: new Date('2026-06-01T00:00:00Z'),
      sampling: { points: 2 },
      maxProbes: { drifting: 1, other: 0 },
    });
    const tip = narrow.events[narrow.tipping[0]!.event!]!;
    expect(tip.notBefore).toMatch(/^[0-9a-f]{40}$/);
    expect(historyText(narrow)).toMatch(
      new RegExp(`api: Verdict fits → review between ${tip.notBefore!.slice(0, 7)} and ${tip.commit.sha.slice(0, 7)}`),
    );
    expect(historyText(narrow)).toContain(
      `drifting since a commit after ${tip.notBefore!.slice(0, 7)}, not narrowed further, up to ${tip.commit.sha.slice(0, 7)}`,
    );
  });
});

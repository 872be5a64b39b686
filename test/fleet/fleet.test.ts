import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fleetSchema from '../../schema/fleet.schema.json' with { type: 'json' };
import { runCli } from '../../src/cli/run.js';
import { buildFleet, mergeReports, renderFleetSummary } from '../../src/fleet/index.js';
import { firstSentence } from '../../src/fleet/merge.js';
import type { Fleet } from '../../src/fleet/types.js';
import { generateReports } from '../../scripts/fleet-generate.mjs';
import { captureIo } from '../support/cli-io.js';
import { fixtureReports, readJson } from './fleet-reports.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'bf-fleet-'));
const reports = path.join(work, 'reports');
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(fleetSchema);

describe('backend-fit fleet', () => {
  beforeAll(async () => {
    await fixtureReports(reports);
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('merges the reports into fleet.json (valid against its schema), index.html and summary.md', async () => {
    const out = path.join(work, 'out');
    const { io, out: written } = captureIo();
    expect(await runCli(['fleet', reports, '--out', out], io)).toBe(0);
    expect(written.stdout).toMatch(/services in 5 repositories/);
    const fleet = readJson<Fleet>(path.join(out, 'fleet.json'));
    expect(validate(fleet), JSON.stringify(validate.errors)).toBe(true);
    expect(fleet.counts.repositories).toBe(5);
    expect(fleet.repositories.map((r) => r.name)).toEqual([
      'acme/chat-node',
      'acme/chat-py',
      'acme/field-reports',
      'acme/shop',
      'acme/voice',
    ]);
    const orders = fleet.services.find((s) => s.repository === 'acme/shop' && s.path === 'services/orders')!;
    expect(orders).toMatchObject({ owner: 'group:default/checkout', system: 'shop', lifecycle: 'production' });
    expect(orders.url).toMatch(/^https:\/\/github\.com\/acme\/shop\/tree\/[0-9a-f]{40}\/services\/orders$/);
    const drifting = fleet.services.filter((s) => s.verdict === 'review' || s.verdict === 'mismatch');
    expect(drifting.length).toBeGreaterThan(0);
    for (const s of drifting) expect(s.plan).toMatch(/[.!?]$/);
    const total = Object.values(fleet.counts.byVerdict).reduce((a, b) => a + b, 0);
    expect(total).toBe(fleet.services.length);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toMatch(/^<!doctype html>/);
    const summary = readFileSync(path.join(out, 'summary.md'), 'utf8');
    // what needs attention comes first, by owner
    expect(summary.indexOf('### Needs attention')).toBeLessThan(summary.indexOf('### Every service'));
    expect(summary.replace(/`[^`\n]*`/g, '')).not.toMatch(/@\w/);
  });

  it('lists a missing, truncated, other-version or failed report, and still builds the rest', async () => {
    const mixed = path.join(work, 'mixed');
    rmSync(mixed, { recursive: true, force: true });
    await fixtureReports(mixed, { 'acme/shop': 'catalog-monorepo', 'acme/voice': 'node-voice-assistant' });
    const good = readFileSync(path.join(mixed, 'acme__voice.json'), 'utf8');
    // cut inside a string, wherever the middle falls: a cut right after a `}` would look whole
    writeFileSync(path.join(mixed, 'acme__cut.json'), good.slice(0, good.indexOf('"', good.length / 2) + 1));
    writeFileSync(path.join(mixed, 'acme__next.json'), good.replace('"schemaVersion": 1', '"schemaVersion": 2'));
    writeFileSync(
      path.join(mixed, 'acme__private.json'),
      JSON.stringify({ failure: { repository: 'acme/private', message: 'download refused (403)' } }),
    );
    const out = path.join(work, 'mixed-out');
    const { io, out: written } = captureIo();
    expect(await runCli(['fleet', mixed, path.join(work, 'nowhere.json'), '-o', out], io)).toBe(0);
    const fleet = readJson<Fleet>(path.join(out, 'fleet.json'));
    expect(fleet.problems.map((p) => p.kind).sort()).toEqual(['failed', 'missing', 'schema', 'truncated']);
    expect(fleet.problems.find((p) => p.kind === 'failed')).toMatchObject({ repository: 'acme/private' });
    expect(fleet.problems.find((p) => p.kind === 'schema')!.message).toMatch(/acme__next\.json: schemaVersion 2/);
    expect(fleet.repositories.map((r) => r.name)).toEqual(['acme/shop', 'acme/voice']);
    expect(written.stderr.trim().split('\n')).toHaveLength(4);
    const summary = readFileSync(path.join(out, 'summary.md'), 'utf8');
    expect(summary).toContain('### Reports not used: 4');
    expect(summary).toMatch(/truncated: .*acme\\_\\_cut\.json/);
  });

  it('says what changed since the previous run and extends each trend', async () => {
    const first = path.join(work, 'run1');
    const second = path.join(work, 'run2');
    const before = path.join(work, 'before');
    rmSync(before, { recursive: true, force: true });
    await fixtureReports(before, { 'acme/voice': 'node-voice-assistant', 'acme/shop': 'catalog-monorepo' });
    const voice = readJson<{ services: { path: string; verdict: string; fitScore: number }[] }>(
      path.join(before, 'acme__voice.json'),
    );
    const drifting = voice.services.find((s) => s.verdict === 'review')!;
    // last week this service still fitted, and the shop had one more service
    drifting.verdict = 'fits';
    writeFileSync(path.join(before, 'acme__voice.json'), JSON.stringify(voice));
    const shop = readJson<{ services: { path: string }[] }>(path.join(before, 'acme__shop.json'));
    shop.services.push({ ...shop.services[0]!, path: 'services/retired' });
    writeFileSync(path.join(before, 'acme__shop.json'), JSON.stringify(shop));
    const last = await buildFleet({ sources: [before], out: first, now: new Date('2026-11-29T06:00:00Z') });

    await buildFleet({ sources: [reports], out: second, previous: path.join(first, 'fleet.json') });
    const fleet = readJson<Fleet>(path.join(second, 'fleet.json'));
    expect(fleet.previous).toEqual({ generatedAt: '2026-11-29T06:00:00.000Z', services: last.fleet.services.length });
    expect(fleet.changes.newDrifts).toEqual([`acme/voice:${drifting.path}`]);
    expect(fleet.changes.gone).toEqual(['acme/shop:services/retired']);
    // repositories that were not in the last run bring new services
    expect(fleet.changes.newServices.every((k) => !k.startsWith('acme/voice') && !k.startsWith('acme/shop'))).toBe(
      true,
    );
    expect(fleet.changes.newServices.length).toBeGreaterThan(0);
    const service = fleet.services.find((s) => s.repository === 'acme/voice' && s.path === drifting.path)!;
    expect(service.change).toMatchObject({ kind: 'new-drift', from: 'fits' });
    expect(service.trend.map((p) => p.verdict)).toEqual(['fits', 'review']);
    const summary = readFileSync(path.join(second, 'summary.md'), 'utf8');
    expect(summary).toMatch(/### Since the last run \(2026-11-29\)\n\n- New drifts \(1\): `acme\/voice`/);
  });

  it('reads the trend and the last change from a history the report carries', () => {
    const template = readJson<Parameters<typeof generateReports>[0]>(path.join(reports, 'acme__voice.json'));
    const [report] = generateReports(template, { repositories: 1, servicesPerRepository: 1 });
    const service = report!.services[0] as { path: string; verdict: string; fitScore: number };
    service.verdict = 'mismatch';
    const points = ['2026-09-01', '2026-10-01'].map((date, i) => ({
      commit: { sha: `${i}`.repeat(40), date: `${date}T00:00:00Z` },
      services: { [service.path]: { verdict: i === 0 ? 'fits' : 'review', fitScore: 70 - i * 10 } },
    }));
    const fleet = mergeReports([{ source: 'r.json', report: { ...report, history: { points } } as never }], []);
    const [merged] = fleet.services;
    expect(merged!.trend.map((p) => p.verdict)).toEqual(['fits', 'review', 'mismatch']);
    expect(merged!.change).toMatchObject({ kind: 'changed', from: 'review', fromFit: 60 });
  });

  it('keeps the summary under the job summary limit and says how many rows it left out', () => {
    const template = readJson<Parameters<typeof generateReports>[0]>(path.join(reports, 'acme__voice.json'));
    const generated = generateReports(template, { repositories: 2000, servicesPerRepository: 10 });
    const fleet = mergeReports(
      generated.map((report, i) => ({ source: `${i}.json`, report: report as never })),
      [],
    );
    const summary = renderFleetSummary(fleet);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1_000_000);
    expect(summary).toMatch(/^## backend-fit across 2000 repositories: 20000 services/);
    expect(summary).toMatch(/\d+ more services are not listed here/);
    const small = renderFleetSummary(fleet, { limit: 20_000 });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(20_000);
    expect(small).toContain('### Needs attention');
    expect(small).toMatch(/more of this owner, and the owners after it: see the page/);
  });

  it('keeps names from scanned repositories as data in the page', async () => {
    const template = readJson<Parameters<typeof generateReports>[0]>(path.join(reports, 'acme__voice.json'));
    const [report] = generateReports(template, { repositories: 1, servicesPerRepository: 1 });
    Object.assign(report!.services[0]!, { path: '</script><script>alert(1)</script>', owner: '<!-- @everyone' });
    const file = path.join(work, 'evil.json');
    writeFileSync(file, JSON.stringify(report));
    const { files } = await buildFleet({ sources: [file], out: path.join(work, 'evil') });
    const html = readFileSync(files[1]!, 'utf8');
    expect(html).not.toContain('</script><script>alert');
    expect(html).not.toContain('<!-- @everyone');
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('cuts a plan at its first sentence', () => {
    expect(firstSentence('Split jobs/ out (2.1 KB; torch). The rest stays.')).toBe('Split jobs/ out (2.1 KB; torch).');
    expect(firstSentence('No full stop')).toBe('No full stop');
  });

  it('takes the newer of two reports of one repository and lists the other', async () => {
    const twice = path.join(work, 'twice');
    rmSync(twice, { recursive: true, force: true });
    const [file] = await fixtureReports(twice, { 'acme/voice': 'node-voice-assistant' });
    const older = readJson<{ repository: { date: string } }>(file!);
    older.repository.date = '2001-01-01T00:00:00Z';
    writeFileSync(path.join(twice, 'old-copy.json'), JSON.stringify(older));
    copyFileSync(file!, path.join(twice, 'same.json'));
    rmSync(file!);
    const { fleet } = await buildFleet({ sources: [twice], out: path.join(work, 'twice-out') });
    expect(fleet.repositories).toHaveLength(1);
    expect(fleet.problems).toEqual([
      expect.objectContaining({ kind: 'duplicate', source: path.join(twice, 'old-copy.json') }),
    ]);
  });

  it('says in one line that a missing --previous compares nothing, and builds', async () => {
    const { io, out } = captureIo();
    const missing = path.join(work, 'never-published', 'fleet.json');
    expect(await runCli(['fleet', reports, '-o', path.join(work, 'first'), '--previous', missing], io)).toBe(0);
    expect(out.stderr).toBe(`note: ${missing}: no previous fleet.json there (a first run?): nothing compared\n`);
    expect(readJson<Fleet>(path.join(work, 'first', 'fleet.json')).previous).toBeUndefined();
  });

  it('refuses a call without reports in one line', async () => {
    const { io, out } = captureIo();
    expect(await runCli(['fleet'], io)).toBe(2);
    expect(out.stderr).toBe('backend-fit: fleet: name at least one report or folder of reports (see fleet --help)\n');
    const help = captureIo();
    expect(await runCli(['fleet', '--help'], help.io)).toBe(0);
    expect(help.out.stdout).toMatch(/^Usage: backend-fit fleet/);
  });
});

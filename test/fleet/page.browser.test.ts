import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, findChromium, type Page } from '../../scripts/chromium.mjs';
import { generateReports } from '../../scripts/fleet-generate.mjs';
import { serviceKey, type Fleet } from '../../src/fleet/types.js';
import { ensureDist } from '../e2e/build-dist.js';
import { fixtureReports, readJson } from './fleet-reports.js';

const root = path.resolve(import.meta.dirname, '../..');
const chromium = findChromium();
if (!chromium)
  console.log('fleet page browser tests skipped: no chromium (apt-get install chromium, or set CHROMIUM_PATH)');

const work = mkdtempSync(path.join(os.tmpdir(), 'bf-fleet-page-'));

function fleetCli(...args: string[]): void {
  execFileSync(process.execPath, ['dist/cli.js', 'fleet', '-q', ...args], { cwd: root, encoding: 'utf8' });
}

/** The rows the table holds now: key, verdict, owner, system, backend, fit. */
async function rows(page: Page) {
  return page.eval<
    { key: string; cells: string[] }[]
  >(`[...document.querySelectorAll('#services-table tbody tr[data-key]')]
    .map((tr) => ({ key: tr.dataset.key, cells: [...tr.cells].map((td) => td.textContent) }))`);
}
const COL = { verdict: 2, fit: 3, backend: 6, change: 7, owner: 9, system: 10 };

async function choose(page: Page, filter: string, value: string) {
  await page.eval(`(() => { const s = document.getElementById('filter-${filter}'); s.value = ${JSON.stringify(value)};
    s.dispatchEvent(new Event('change')); })()`);
}
const shownCount = (page: Page) => page.eval<string>(`document.getElementById('shown-count').textContent`);

describe.skipIf(!chromium)('the fleet page in headless Chromium', () => {
  let browser: Browser;
  let fixturesPage: string;
  let bigPage: string;
  let fixturesFleet: Fleet;
  let bigFleet: Fleet;
  let drifting: string;

  beforeAll(async () => {
    ensureDist();
    const reports = path.join(work, 'reports');
    await fixtureReports(reports);
    // last week's run: the voice assistant's drifting service still fitted
    const lastWeek = path.join(work, 'last-week');
    await fixtureReports(lastWeek, { 'acme/voice': 'node-voice-assistant', 'acme/shop': 'catalog-monorepo' });
    const voice = readJson<{ services: { path: string; verdict: string }[] }>(path.join(lastWeek, 'acme__voice.json'));
    const service = voice.services.find((s) => s.verdict === 'review')!;
    service.verdict = 'fits';
    drifting = `acme/voice:${service.path}`;
    writeFileSync(path.join(lastWeek, 'acme__voice.json'), JSON.stringify(voice));
    fleetCli(lastWeek, '--out', path.join(work, 'site-last'));
    fleetCli(reports, '--out', path.join(work, 'site'), '--previous', path.join(work, 'site-last', 'fleet.json'));
    fixturesPage = pathToFileURL(path.join(work, 'site', 'index.html')).href;
    fixturesFleet = readJson<Fleet>(path.join(work, 'site', 'fleet.json'));

    const template = readJson<Parameters<typeof generateReports>[0]>(path.join(reports, 'acme__voice.json'));
    const big = path.join(work, 'big');
    execFileSync('mkdir', ['-p', big]);
    for (const report of generateReports(template, { repositories: 500, servicesPerRepository: 10 }))
      writeFileSync(
        path.join(big, `${(report.repository as { name: string }).name.replace('/', '__')}.json`),
        JSON.stringify(report),
      );
    fleetCli(big, '--out', path.join(work, 'site-big'));
    bigPage = pathToFileURL(path.join(work, 'site-big', 'index.html')).href;
    bigFleet = readJson<Fleet>(path.join(work, 'site-big', 'fleet.json'));
    browser = await Browser.launch(chromium!);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('shows every service of the fixtures, with no console error and nothing fetched', async () => {
    const page = await browser.newPage();
    await page.goto(fixturesPage);
    const shown = await rows(page);
    expect(shown.map((r) => r.key).sort()).toEqual(
      fixturesFleet.services.map((s) => serviceKey(s, fixturesFleet.services)).sort(),
    );
    expect(await shownCount(page)).toBe(
      `Showing ${fixturesFleet.services.length} of ${fixturesFleet.services.length} services`,
    );
    const cards = await page.eval<string[]>(
      `[...document.querySelectorAll('[data-verdict]')].map((b) => b.textContent)`,
    );
    expect(cards).toContain(`${fixturesFleet.counts.byVerdict.fits}fits`);
    // each row's trend is a sparkline with one point per run
    const points = await page.eval<number>(
      `document.querySelector('tr[data-key="${drifting}"] svg polyline').getAttribute('points').split(' ').length`,
    );
    expect(points).toBe(2);
    expect(page.errors).toEqual([]);
    expect(page.requests).toEqual([fixturesPage]);
  });

  it('sorts by a column, both ways, with aria-sort saying which', async () => {
    const page = await browser.newPage();
    await page.goto(fixturesPage);
    await page.eval(`document.querySelector('th[data-sort="fitScore"] button').click()`);
    const up = (await rows(page)).map((r) => Number(r.cells[COL.fit]));
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(await page.eval(`document.querySelector('th[data-sort="fitScore"]').getAttribute('aria-sort')`)).toBe(
      'ascending',
    );
    await page.eval(`document.querySelector('th[data-sort="fitScore"] button').click()`);
    const down = (await rows(page)).map((r) => Number(r.cells[COL.fit]));
    expect(down).toEqual([...up].sort((a, b) => b - a));
    await page.eval(`document.querySelector('th[data-sort="repository"] button').click()`);
    const names = (await rows(page)).map((r) => r.cells[0]!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('filters by verdict, owner, system, backend, change and text', async () => {
    const page = await browser.newPage();
    await page.goto(fixturesPage);
    const expectOnly = async (filter: string, value: string, column: number, cell: string) => {
      await choose(page, filter, value);
      const shown = await rows(page);
      expect(shown.length, `${filter}=${value}`).toBeGreaterThan(0);
      for (const r of shown) expect(r.cells[column]).toBe(cell);
      await choose(page, filter, '');
    };
    await expectOnly('verdict', 'review', COL.verdict, 'review');
    await expectOnly('owner', 'group:default/checkout', COL.owner, 'group:default/checkout');
    await expectOnly('system', 'shop', COL.system, 'shop');
    await expectOnly('backend', 'python', COL.backend, 'Python');
    await expectOnly('change', 'new-drift', COL.change, 'new drift');
    await page.eval(
      `(() => { const i = document.getElementById('filter-text'); i.value = 'field-reports'; i.dispatchEvent(new Event('input')); })()`,
    );
    const found = await rows(page);
    expect(found.length).toBe(fixturesFleet.services.filter((s) => s.repository === 'acme/field-reports').length);
    expect(found.every((r) => r.key.startsWith('acme/field-reports:'))).toBe(true);
    expect(page.errors).toEqual([]);
  });

  it('shows what changed since the last run', async () => {
    const page = await browser.newPage();
    await page.goto(fixturesPage);
    const newDrift = await page.eval<string>(`document.getElementById('changes-new-drift').textContent`);
    expect(newDrift).toContain('1new drifts');
    expect(newDrift).toContain(drifting);
    const fresh = await page.eval<string>(`document.getElementById('changes-new').textContent`);
    expect(fresh).toContain(`${fixturesFleet.changes.newServices.length}new services`);
    await page.eval(`document.querySelector('#changes-new-drift button').click()`);
    expect((await rows(page)).map((r) => r.key)).toEqual([drifting]);
  });

  it('has a view per owner that leads to their services', async () => {
    const page = await browser.newPage();
    await page.goto(fixturesPage);
    await page.eval(`document.getElementById('tab-owners').click()`);
    const owners = await page.eval<string[]>(
      `[...document.querySelectorAll('#owners-table tbody tr')].map((tr) => tr.dataset.ownerRow)`,
    );
    const expected = new Set(fixturesFleet.services.map((s) => s.owner || '(no owner)'));
    expect(new Set(owners)).toEqual(expected);
    await page.eval(`document.querySelector('[data-owner="group:default/checkout"]').click()`);
    expect(await page.eval(`document.getElementById('tab-services').getAttribute('aria-selected')`)).toBe('true');
    const shown = await rows(page);
    expect(shown.length).toBe(fixturesFleet.services.filter((s) => s.owner === 'group:default/checkout').length);
    await page.eval(`document.getElementById('tab-repositories').click()`);
    const repos = await page.eval<string[]>(
      `[...document.querySelectorAll('#repositories-table tbody tr')].map((tr) => tr.dataset.repository)`,
    );
    expect(repos).toEqual(fixturesFleet.repositories.map((r) => r.name));
    // each repository's effective policy, and where its fail-on came from
    const policy = await page.eval<string>(
      `document.querySelector('[data-repository="acme/shop"]').cells[5].textContent`,
    );
    expect(policy).toBe('fail-on never (from default)');
  });

  it('works from the keyboard, labels every control, and keeps text readable', async () => {
    const page = await browser.newPage();
    await page.goto(fixturesPage);
    await page.eval(`document.querySelector('th[data-sort="fitScore"] button').focus()`);
    await page.press('Enter', 'Enter', 13);
    expect(await page.eval(`document.querySelector('th[data-sort="fitScore"]').getAttribute('aria-sort')`)).toBe(
      'ascending',
    );
    await page.eval(`document.querySelector('[data-verdict="review"]').focus()`);
    await page.press(' ', 'Space', 32);
    expect((await rows(page)).every((r) => r.cells[COL.verdict] === 'review')).toBe(true);
    expect(await page.eval(`[...document.querySelectorAll('input, select')].every((c) => c.labels.length > 0)`)).toBe(
      true,
    );
    // WCAG AA: 4.5:1 for the verdict badges and the body text
    const ratios = await page.eval<number[]>(`(() => {
      const lum = (c) => { const [r, g, b] = c.match(/\\d+/g).slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
      const ratio = (el) => { const s = getComputedStyle(el); let bg = s.backgroundColor, p = el;
        while (bg === 'rgba(0, 0, 0, 0)' && p.parentElement) { p = p.parentElement; bg = getComputedStyle(p).backgroundColor; }
        if (bg === 'rgba(0, 0, 0, 0)') bg = 'rgb(255, 255, 255)';
        const [a, b] = [lum(s.color), lum(bg)].sort((x, y) => y - x); return (a + 0.05) / (b + 0.05); };
      return [...document.querySelectorAll('.v, td, .muted, th button')].map(ratio);
    })()`);
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(4.5);
  });

  it('stays usable with 5,000 services: only the visible rows are drawn', async () => {
    const page = await browser.newPage();
    await page.goto(bigPage);
    expect(bigFleet.services).toHaveLength(5000);
    expect(await shownCount(page)).toBe('Showing 5000 of 5000 services');
    const drawn = await rows(page);
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.length).toBeLessThan(150);
    // scrolled to the end, the table draws the last rows
    await page.eval(
      `(() => { const s = document.getElementById('scroller'); s.scrollTop = s.scrollHeight; s.dispatchEvent(new Event('scroll')); })()`,
    );
    await page.eval(`new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))`);
    const end = await rows(page);
    expect(end.length).toBeLessThan(150);
    expect(end.map((r) => r.key)).not.toContain(drawn[0]!.key);
    await choose(page, 'owner', 'team-5');
    const team = bigFleet.services.filter((s) => s.owner === 'team-5');
    expect(await shownCount(page)).toBe(`Showing ${team.length} of 5000 services`);
    await choose(page, 'owner', '');
    await page.eval(`document.querySelector('th[data-sort="fitScore"] button').click()`);
    const first = (await rows(page))[0]!;
    expect(Number(first.cells[COL.fit])).toBe(Math.min(...bigFleet.services.map((s) => s.fitScore)));
    expect(page.errors).toEqual([]);
    expect(page.requests).toEqual([bigPage]);
    // the page is one file: no script, style or image beside it
    const html = readFileSync(new URL(bigPage), 'utf8');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
  });
});

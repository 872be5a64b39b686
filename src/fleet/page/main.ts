import type { Fleet, FleetService } from '../types.js';
import { serviceQualifier } from '../../model/facts.js';
import { DRIFTING, serviceKey } from '../types.js';
import { el, link, sparkline, type Child } from './dom.js';
import { filterServices, sortServices, type Filters, type SortKey } from './table-state.js';

const ROW = 36;
/** Rows drawn beyond the visible ones, above and below, so that scrolling does not show blanks. */
const OVERSCAN = 12;
const VERDICTS = ['mismatch', 'review', 'fits', 'unknown'] as const;
const BACKENDS = { node: 'Node.js', python: 'Python', both: 'both', none: 'none' } as const;
const CHANGE_WORDS = { 'new-drift': 'new drift', fixed: 'fixed', new: 'new', changed: 'changed' } as const;

type View = 'services' | 'owners' | 'repositories';

const fleet = JSON.parse(document.getElementById('fleet-data')!.textContent!) as Fleet;
const filters: Filters = { text: '', verdict: '', owner: '', system: '', backend: '', change: '' };
let sort: { key: SortKey; dir: 1 | -1 } = { key: 'verdict', dir: 1 };
let view: View = 'services';
let shown: FleetService[] = [];

const app = document.getElementById('app')!;
app.replaceChildren();
app.append(header(), changesSection(), problemsSection(), tabs(), el('div', { id: 'view' }));
showView('services');

function header(): HTMLElement {
  const { counts } = fleet;
  const verdictCards = VERDICTS.map((v) =>
    el(
      'button',
      { type: 'button', class: 'card', 'data-verdict': v, 'aria-pressed': 'false', title: `Show ${v} services` },
      el('strong', {}, counts.byVerdict[v]),
      el('span', { class: `v v-${v}` }, v),
    ),
  );
  for (const card of verdictCards)
    card.addEventListener('click', () => {
      const v = card.dataset.verdict!;
      setFilter('verdict', filters.verdict === v ? '' : v);
    });
  const backendCards = (Object.keys(BACKENDS) as (keyof typeof BACKENDS)[])
    .filter((b) => counts.byBackend[b] > 0)
    .map((b) =>
      el(
        'button',
        {
          type: 'button',
          class: 'card',
          'data-backend': b,
          'aria-pressed': 'false',
          title: `Show ${BACKENDS[b]} services`,
        },
        el('strong', {}, counts.byBackend[b]),
        BACKENDS[b],
      ),
    );
  for (const card of backendCards)
    card.addEventListener('click', () => {
      const b = card.dataset.backend!;
      setFilter('backend', filters.backend === b ? '' : b);
    });
  return el(
    'section',
    { 'aria-labelledby': 'title' },
    el('h1', { id: 'title' }, `${counts.services} services in ${counts.repositories} repositories`),
    el(
      'p',
      { class: 'muted' },
      `backend-fit, built ${fleet.generatedAt.slice(0, 16).replace('T', ' ')} UTC`,
      fleet.previous ? `; compared with the run of ${fleet.previous.generatedAt.slice(0, 10)}` : '',
    ),
    el(
      'div',
      { class: 'counts' },
      el(
        'div',
        {},
        el('h2', { id: 'by-verdict' }, 'Services by verdict'),
        el('div', { class: 'cards', role: 'group', 'aria-labelledby': 'by-verdict' }, ...verdictCards),
      ),
      el(
        'div',
        {},
        el('h2', { id: 'by-backend' }, 'Services by backend'),
        el('div', { class: 'cards', role: 'group', 'aria-labelledby': 'by-backend' }, ...backendCards),
      ),
    ),
  );
}

function changesSection(): HTMLElement | string {
  const { changes } = fleet;
  const total = changes.newDrifts.length + changes.fixed.length + changes.newServices.length + changes.gone.length;
  if (!fleet.previous && total === 0) return '';
  const item = (kind: keyof typeof CHANGE_WORDS | 'gone', label: string, keys: string[]) => {
    const list = el('ul', {}, ...keys.slice(0, 20).map((k) => el('li', {}, el('code', {}, k))));
    const button =
      kind === 'gone'
        ? el('strong', {}, `${keys.length} ${label}`)
        : el('button', { type: 'button', class: 'card', 'data-change': kind }, el('strong', {}, keys.length), label);
    if (kind !== 'gone') button.addEventListener('click', () => setFilter('change', kind));
    return el(
      'div',
      { id: `changes-${kind}` },
      button,
      keys.length > 0 ? list : '',
      keys.length > 20 ? `… and ${keys.length - 20} more` : '',
    );
  };
  return el(
    'section',
    { id: 'changes', 'aria-labelledby': 'changes-title' },
    el('h2', { id: 'changes-title' }, 'Since the last run'),
    el(
      'div',
      { class: 'cards' },
      item('new-drift', 'new drifts', changes.newDrifts),
      item('fixed', 'fixed', changes.fixed),
      item('new', 'new services', changes.newServices),
      item('gone', 'gone', changes.gone),
    ),
  );
}

function problemsSection(): HTMLElement | string {
  if (fleet.problems.length === 0) return '';
  return el(
    'section',
    { id: 'problems', 'aria-labelledby': 'problems-title' },
    el('h2', { id: 'problems-title' }, `Reports not used: ${fleet.problems.length}`),
    el(
      'ul',
      { class: 'problems' },
      ...fleet.problems.map((p) => el('li', { 'data-kind': p.kind }, el('strong', {}, p.kind), ': ', p.message)),
    ),
  );
}

function tabs(): HTMLElement {
  const names: [View, string][] = [
    ['services', 'Services'],
    ['owners', 'Owners'],
    ['repositories', 'Repositories and policy'],
  ];
  const bar = el('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Views' });
  for (const [id, label] of names) {
    const button = el(
      'button',
      { type: 'button', role: 'tab', id: `tab-${id}`, 'aria-selected': 'false', 'aria-controls': 'view' },
      label,
    );
    button.addEventListener('click', () => showView(id));
    bar.append(button);
  }
  return bar;
}

function showView(next: View): void {
  view = next;
  for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs button'))
    b.setAttribute('aria-selected', String(b.id === `tab-${view}`));
  const target = document.getElementById('view')!;
  target.setAttribute('role', 'tabpanel');
  target.setAttribute('aria-labelledby', `tab-${view}`);
  if (view === 'services') target.replaceChildren(servicesView());
  else if (view === 'owners') target.replaceChildren(ownersView());
  else target.replaceChildren(repositoriesView());
  if (view === 'services') refresh();
}

function setFilter(name: keyof Filters, value: string): void {
  filters[name] = value;
  if (view !== 'services') showView('services');
  const control = document.getElementById(`filter-${name}`) as HTMLInputElement | HTMLSelectElement | null;
  if (control) control.value = value;
  refresh();
}

function distinct(of: (s: FleetService) => string | undefined): string[] {
  return [...new Set(fleet.services.map(of).filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b));
}

function select(name: keyof Filters, label: string, options: [string, string][]): HTMLElement {
  const control = el(
    'select',
    { id: `filter-${name}` },
    el('option', { value: '' }, 'all'),
    ...options.map(([value, text]) => el('option', { value }, text)),
  );
  control.value = filters[name];
  control.addEventListener('change', () => {
    filters[name] = control.value;
    refresh();
  });
  return el('label', { for: `filter-${name}` }, label, control);
}

function servicesView(): HTMLElement {
  const text = el('input', {
    id: 'filter-text',
    type: 'search',
    placeholder: 'repository, path, owner, framework…',
    autocomplete: 'off',
  });
  text.value = filters.text;
  text.addEventListener('input', () => {
    filters.text = text.value;
    refresh();
  });
  const columns: [SortKey | null, string, string?][] = [
    ['repository', 'Repository'],
    ['path', 'Service'],
    ['verdict', 'Verdict'],
    ['fitScore', 'Fit', 'num'],
    ['node', 'Node.js', 'num'],
    ['python', 'Python', 'num'],
    ['current', 'Backend'],
    ['change', 'Change'],
    [null, 'Trend'],
    ['owner', 'Owner'],
    ['system', 'System'],
    ['lifecycle', 'Lifecycle'],
    ['kind', 'Kind'],
    [null, 'Plan'],
    [null, 'Latest run'],
  ];
  const head = el(
    'tr',
    {},
    ...columns.map(([key, label, cls]) => {
      if (!key) return el('th', { scope: 'col' }, label);
      const button = el('button', { type: 'button' }, label);
      button.addEventListener('click', () => {
        sort = { key, dir: sort.key === key ? (-sort.dir as 1 | -1) : 1 };
        refresh();
      });
      return el('th', { scope: 'col', class: cls, 'data-sort': key, 'aria-sort': 'none' }, button);
    }),
  );
  const scroller = el(
    'div',
    { class: 'scroller', id: 'scroller', tabindex: 0, role: 'region', 'aria-label': 'Services table, scrollable' },
    el(
      'table',
      { id: 'services-table' },
      el('caption', { class: 'skip' }, 'Every service'),
      el('thead', {}, head),
      el('tbody'),
    ),
  );
  let pending = false;
  scroller.addEventListener('scroll', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      drawRows();
    });
  });
  return el(
    'section',
    { id: 'services', 'aria-label': 'Services' },
    el(
      'div',
      { class: 'filters', role: 'search' },
      el('label', { for: 'filter-text' }, 'Search', text),
      select(
        'verdict',
        'Verdict',
        VERDICTS.map((v) => [v, v]),
      ),
      select(
        'owner',
        'Owner',
        distinct((s) => s.owner).map((o) => [o, o]),
      ),
      select(
        'system',
        'System',
        distinct((s) => s.system).map((o) => [o, o]),
      ),
      select(
        'backend',
        'Backend',
        (Object.keys(BACKENDS) as (keyof typeof BACKENDS)[]).map((b) => [b, BACKENDS[b]]),
      ),
      select('change', 'Since the last run', Object.entries(CHANGE_WORDS)),
    ),
    el('p', { id: 'shown-count', 'aria-live': 'polite', class: 'muted' }),
    scroller,
  );
}

/** Filter and sort, then draw what the scroller shows. */
function refresh(): void {
  for (const card of document.querySelectorAll<HTMLElement>('[data-verdict]'))
    card.setAttribute('aria-pressed', String(card.dataset.verdict === filters.verdict));
  for (const card of document.querySelectorAll<HTMLElement>('[data-backend]'))
    card.setAttribute('aria-pressed', String(card.dataset.backend === filters.backend));
  if (view !== 'services') return;
  shown = sortServices(filterServices(fleet.services, filters), sort.key, sort.dir);
  for (const th of document.querySelectorAll<HTMLElement>('#services-table th[data-sort]'))
    th.setAttribute('aria-sort', th.dataset.sort === sort.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none');
  document.getElementById('shown-count')!.textContent = `Showing ${shown.length} of ${fleet.services.length} services`;
  const scroller = document.getElementById('scroller')!;
  scroller.scrollTop = 0;
  drawRows();
}

/** Only the rows in view (and a few around them) are in the document; spacers keep the scroll height. */
function drawRows(): void {
  const scroller = document.getElementById('scroller');
  const body = document.querySelector('#services-table tbody');
  if (!scroller || !body) return;
  const first = Math.max(0, Math.floor(scroller.scrollTop / ROW) - OVERSCAN);
  const last = Math.min(shown.length, Math.ceil((scroller.scrollTop + scroller.clientHeight) / ROW) + OVERSCAN);
  const spacer = (rows: number) => {
    const row = el('tr', { class: 'spacer', 'aria-hidden': 'true' }, el('td', { colspan: 15 }));
    row.style.height = `${rows * ROW}px`;
    return row;
  };
  body.replaceChildren(
    ...(first > 0 ? [spacer(first)] : []),
    ...shown.slice(first, last).map(serviceRow),
    ...(last < shown.length ? [spacer(shown.length - last)] : []),
  );
}

/** A row's service: its folder (the root as `(root)`), with what sets it apart in the folder (see serviceName). */
function rowName(s: FleetService): string {
  const qualifier = serviceQualifier(s, fleet.services);
  return `${s.path === '.' ? '(root)' : s.path}${qualifier ? ` (${qualifier})` : ''}`;
}

function serviceRow(s: FleetService): HTMLElement {
  const cell = (value: Child, cls?: string) => el('td', cls ? { class: cls } : {}, value);
  return el(
    'tr',
    { 'data-key': serviceKey(s, fleet.services) },
    cell(link(s.url?.replace(/\/tree\/.*$/, ''), s.repository)),
    cell(link(s.url, `${rowName(s)}${s.name ? ` (${s.name})` : ''}`)),
    cell(el('span', { class: `v v-${s.verdict}` }, s.verdict)),
    cell(s.fitScore, 'num'),
    cell(s.scores.node, 'num'),
    cell(s.scores.python, 'num'),
    cell(BACKENDS[s.current]),
    cell(
      s.change
        ? el(
            'span',
            {
              class: `change change-${s.change.kind}`,
              title: s.change.from ? `was ${s.change.from}, fit ${s.change.fromFit}` : 'not in the last run',
            },
            CHANGE_WORDS[s.change.kind],
          )
        : '',
    ),
    cell(sparkline(s.trend)),
    cell(s.owner ?? ''),
    cell(s.system ?? ''),
    cell(s.lifecycle ?? ''),
    cell(s.kind ?? ''),
    el(
      'td',
      { class: 'plan', title: s.plan ?? '' },
      s.plan ?? (s.waiver ? `waived until ${s.waiver.expires}: ${s.waiver.reason}` : ''),
    ),
    cell(link(s.runUrl, s.runUrl ? 'run' : '')),
  );
}

function ownersView(): HTMLElement {
  const owners = new Map<string, FleetService[]>();
  for (const s of fleet.services) {
    const key = s.owner || '(no owner)';
    const list = owners.get(key);
    if (list) list.push(s);
    else owners.set(key, [s]);
  }
  const drift = (list: FleetService[]) => list.filter((s) => DRIFTING.has(s.verdict)).length;
  const rows = [...owners]
    .sort(([a, x], [b, y]) => drift(y) - drift(x) || y.length - x.length || a.localeCompare(b))
    .map(([owner, list]) => {
      const count = (v: string) => list.filter((s) => s.verdict === v).length;
      const button = el('button', { type: 'button', class: 'owner-link', 'data-owner': owner }, owner);
      button.addEventListener('click', () => setFilter('owner', owner === '(no owner)' ? '' : owner));
      const worst = list
        .filter((s) => DRIFTING.has(s.verdict))
        .slice(0, 3)
        .map((s) => `${s.repository} ${s.path}`)
        .join(', ');
      return el(
        'tr',
        { 'data-owner-row': owner },
        el('td', {}, button),
        el('td', { class: 'num' }, list.length),
        el('td', { class: 'num' }, count('mismatch')),
        el('td', { class: 'num' }, count('review')),
        el('td', { class: 'num' }, count('fits')),
        el('td', { class: 'num' }, count('unknown')),
        el('td', { class: 'num' }, new Set(list.map((s) => s.repository)).size),
        el('td', {}, worst),
      );
    });
  return el(
    'section',
    { id: 'owners', 'aria-label': 'Owners' },
    el(
      'p',
      { class: 'muted' },
      'Owners from Backstage descriptors or CODEOWNERS; those with drifting services first. Choose an owner to see their services.',
    ),
    plainTable(
      'owners-table',
      ['Owner', 'Services', 'Mismatch', 'Review', 'Fits', 'Unknown', 'Repositories', 'Drifting'],
      rows,
    ),
  );
}

function plainTable(id: string, headers: string[], rows: HTMLElement[]): HTMLElement {
  return el(
    'table',
    { class: 'plain', id },
    el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows),
  );
}

function repositoriesView(): HTMLElement {
  const rows = fleet.repositories.map((r) =>
    el(
      'tr',
      { 'data-repository': r.name },
      el('td', {}, link(r.url, r.name)),
      el('td', {}, r.commit ? el('code', {}, r.commit.slice(0, 7)) : ''),
      el('td', {}, r.date?.slice(0, 10) ?? ''),
      el('td', {}, el('span', { class: `v v-${r.verdict}` }, r.verdict)),
      el('td', { class: 'num' }, r.services),
      el(
        'td',
        {},
        `fail-on ${r.policy.failOn}`,
        r.policy.sources?.['fail-on'] ? ` (from ${r.policy.sources['fail-on']})` : '',
        r.policy.failed ? ' — failed' : '',
      ),
      el(
        'td',
        {},
        ...r.waivers.map((w) =>
          el('div', {}, el('code', {}, w.service), ` until ${w.expires}${w.active ? '' : ' (expired)'}: ${w.reason}`),
        ),
      ),
      el('td', {}, link(r.runUrl, r.runUrl ? 'run' : '')),
    ),
  );
  return el(
    'section',
    { id: 'repositories', 'aria-label': 'Repositories' },
    plainTable(
      'repositories-table',
      ['Repository', 'Commit', 'Date', 'Verdict', 'Services', 'Policy', 'Waivers', 'Latest run'],
      rows,
    ),
  );
}

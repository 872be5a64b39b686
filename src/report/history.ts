import type { History, HistoryEvent, HistoryPoint, ServicePoint, Tipping } from '../model/history.js';
import type { Backend } from '../model/common.js';
import { moveSentence } from './delta-words.js';
import { codeSpan, escapeMarkdown } from './markdown-escape.js';
import { BACKEND_NAMES } from './words.js';
import { commitLabel } from '../commit-id.js';

export type HistoryFormat = 'text' | 'json' | 'markdown';
export const HISTORY_FORMATS: readonly HistoryFormat[] = ['text', 'json', 'markdown'];

/** Charts in one Markdown history at the most; the services drifting now come first. */
const MAX_CHARTS = 20;

export function renderHistory(h: History, format: HistoryFormat, options: { maxChars?: number } = {}): string {
  if (format === 'json') return JSON.stringify(h, null, 2) + '\n';
  if (format === 'markdown') return historyMarkdown(h, options.maxChars);
  return historyText(h);
}

const day = (date: string) => date.slice(0, 10);

/** The services in the order a reader wants them: drifting now first, then the others, then those gone. */
function serviceOrder(h: History): string[] {
  const head = h.points.at(-1)?.services ?? {};
  const drifting = h.tipping.map((t) => t.service);
  const others = Object.keys(head)
    .filter((s) => !drifting.includes(s))
    .sort();
  const gone = [...new Set(h.points.flatMap((p) => Object.keys(p.services)))].filter((s) => !(s in head)).sort();
  return [...drifting, ...others, ...gone];
}

function standing(p: ServicePoint): string {
  return `${p.verdict} ${p.fitScore} (Node.js ${p.scores.node} · Python ${p.scores.python})`;
}

/** One line for an event, in Markdown (the text format takes the marks out). */
export function eventLine(e: HistoryEvent): string {
  // a change not placed on one commit (not bisected, or the budget ran out) lies in a range
  const at = e.notBefore
    ? `between ${codeSpan(commitLabel(e.notBefore))} and ${codeSpan(commitLabel(e.commit.sha))}`
    : `at ${codeSpan(commitLabel(e.commit.sha))}`;
  const name = codeSpan(e.service);
  const files = e.files.length
    ? `: ${e.files
        .slice(0, 5)
        .map((f) => codeSpan(f))
        .join(', ')}${e.files.length > 5 ? ` and ${e.files.length - 5} more` : ''}`
    : '';
  switch (e.kind) {
    case 'appeared':
      return `${name} **appeared** ${at}${e.after ? `, ${standing(e.after)}` : ''}${files}.`;
    case 'disappeared':
      return `${name} **went away** ${at}${files}.`;
    case 'renamed':
      return `${codeSpan(e.from ?? '')} **was renamed** to ${name} ${at}${files}.`;
    case 'backend':
      return `${name} **moved from ${BACKEND_NAMES[e.before!.current]} to ${BACKEND_NAMES[e.after!.current]}** ${at}, ${standing(e.after!)}${files}.`;
    default:
      return `${name}: ${moveSentence(e.before!, e.after!, e.after!.current, e.changes, at)}`;
  }
}

function commitWords(e: HistoryEvent): string {
  const after = e.notBefore ? `a commit after ${commitLabel(e.notBefore)}, not narrowed further, up to ` : '';
  return `${after}${commitLabel(e.commit.sha)} ${day(e.commit.date)} “${e.commit.subject}” by ${e.commit.author}`;
}

function tippingWords(h: History, t: Tipping): string {
  if (t.event === undefined) return `drifting since at least ${day(t.since ?? '')} (the oldest point)`;
  return `drifting since ${commitWords(h.events[t.event]!)}`;
}

/** For the PR comment: by service folder, one line saying since which commit it has been drifting and what that commit moved. */
export function driftingLines(h: History): Record<string, string> {
  const lines: Record<string, string> = {};
  for (const t of h.tipping) {
    const e = t.event === undefined ? undefined : h.events[t.event];
    lines[t.service] = e
      ? `**Drifting since ${e.notBefore ? `a commit after ${codeSpan(commitLabel(e.notBefore))}, up to ` : ''}${codeSpan(commitLabel(e.commit.sha))}** (${day(e.commit.date)}, “${escapeMarkdown(e.commit.subject)}” by ${escapeMarkdown(e.commit.author)}). ${eventLine(e)}`
      : `**Drifting since before ${day(t.since ?? '')}**, the oldest commit the history looked at.`;
  }
  return lines;
}

/** The Markdown marks taken out, for a terminal. */
function plain(markdown: string): string {
  return markdown
    .replace(/\*\*/g, '')
    .replace(/`+ ?([^`]*?) ?`+/g, '$1')
    .replace(/\\([\\`*_{}[\]()!|~])/g, '$1');
}

export function historyText(h: History): string {
  const lines: string[] = [];
  const first = h.points[0];
  const last = h.points.at(-1);
  lines.push(
    first && last
      ? `History of ${h.root}${h.branch ? ` (${h.branch})` : ''}: ${h.points.length} point${h.points.length === 1 ? '' : 's'} from ${day(first.commit.date)} to ${day(last.commit.date)}, ${h.stats.commits} commits`
      : `History of ${h.root}: no points`,
  );
  for (const note of h.notes) lines.push(`  note: ${note}`);
  for (const service of serviceOrder(h)) {
    lines.push('', service);
    for (const p of h.points) {
      const s = p.services[service];
      lines.push(`  ${day(p.commit.date)} ${commitLabel(p.commit.sha)}  ${s ? standing(s) : '—'}`);
    }
    const t = h.tipping.find((x) => x.service === service);
    if (t) lines.push(`  ${tippingWords(h, t)}`);
  }
  if (h.events.length) {
    lines.push('', 'What changed, commit by commit');
    for (const e of h.events) lines.push(`  ${day(e.commit.date)} ${plain(eventLine(e))}`);
  }
  return lines.join('\n') + '\n';
}

export function historyMarkdown(h: History, maxChars = Infinity): string {
  const first = h.points[0];
  const last = h.points.at(-1);
  const head: string[] = [
    `### Fit over time: ${escapeMarkdown(h.root)}`,
    '',
    first && last
      ? `${h.points.length} point${h.points.length === 1 ? '' : 's'} on the first-parent line${h.branch ? ` of ${codeSpan(h.branch)}` : ''} from ${day(first.commit.date)} to ${day(last.commit.date)} (${h.stats.commits} commits).`
      : 'No points.',
    ...h.notes.map((n) => `> ${escapeMarkdown(n)}`),
  ];
  if (h.tipping.length) {
    head.push('', '| service | now | drifting since |', '| --- | --- | --- |');
    for (const t of h.tipping) {
      const now = last!.services[t.service]!;
      const e = t.event === undefined ? undefined : h.events[t.event];
      const since = e
        ? `${codeSpan(commitLabel(e.commit.sha), { inTable: true })} ${day(e.commit.date)} ${escapeMarkdown(e.commit.subject).replace(/\|/g, '\\|')}`
        : `before ${day(t.since ?? '')}`;
      head.push(`| ${codeSpan(t.service, { inTable: true })} | ${now.verdict} ${now.fitScore} | ${since} |`);
    }
  }
  const sections: string[] = [];
  for (const service of serviceOrder(h).slice(0, MAX_CHARTS)) {
    const chart = mermaidChart(h, service);
    if (chart) sections.push(`\n#### ${codeSpan(service)}\n\n${chart}\n`);
  }
  const changes = h.events.length
    ? ['', '#### What changed', '', ...h.events.map((e) => `- ${day(e.commit.date)} ${eventLine(e)}`)]
    : [];
  // within the budget: the head, then as many charts as fit, then as many changes as fit
  let out = head.join('\n') + '\n';
  let left = 0;
  for (const section of sections) {
    if (out.length + section.length + 200 > maxChars) left++;
    else out += section;
  }
  if (left) out += `\n${left} more service chart${left === 1 ? '' : 's'} left out to fit the summary.\n`;
  for (const line of changes) {
    if (out.length + line.length + 100 > maxChars) {
      out += '\n…more changes in the JSON history.\n';
      break;
    }
    out += line + '\n';
  }
  return out;
}

interface ChartPoint {
  label: string;
  at: ServicePoint;
}

/**
 * A Mermaid xychart of one service: its fit (the score of the backend it runs) and the other
 * backend's score at each point where it existed, with the tipping commit as a point of its own
 * labelled `tip <sha>`. Undefined when the service is at no point with a backend.
 */
export function mermaidChart(h: History, service: string): string | undefined {
  const present = h.points.filter((p: HistoryPoint) => p.services[service]);
  const points: ChartPoint[] = present.map((p) => ({ label: day(p.commit.date), at: p.services[service]! }));
  const backend = points.at(-1)?.at.current;
  if (backend !== 'node' && backend !== 'python') return undefined;
  const t = h.tipping.find((x) => x.service === service);
  const tip = t?.event === undefined ? undefined : h.events[t.event];
  if (tip?.after) {
    const tipTime = Date.parse(tip.commit.date);
    const before = present.filter((p) => Date.parse(p.commit.date) < tipTime).length;
    points.splice(before, 0, { label: `tip ${commitLabel(tip.commit.sha)}`, at: tip.after });
  }
  const other: Backend = backend === 'node' ? 'python' : 'node';
  const quote = (s: string) => `"${s.replace(/["\\`]/g, '')}"`;
  return [
    '```mermaid',
    'xychart-beta',
    `    title ${quote(`${service}: ${BACKEND_NAMES[backend]} fit (first line) and ${BACKEND_NAMES[other]} (second)`)}`,
    `    x-axis [${points.map((p) => quote(p.label)).join(', ')}]`,
    '    y-axis "score" 0 --> 100',
    `    line [${points.map((p) => p.at.scores[backend]).join(', ')}]`,
    `    line [${points.map((p) => p.at.scores[other]).join(', ')}]`,
    '```',
  ].join('\n');
}

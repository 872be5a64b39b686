import type { Evidence, ServiceKind } from '../model/common.js';
import type { NotService } from '../model/facts.js';
import type { Signal } from '../model/profile.js';
import type { Report, ServiceReport } from '../model/report.js';
import type { CriterionScore } from '../model/verdict.js';
import { serviceLabel } from '../policy/wording.js';
import { policyChangeLine } from './policy-change.js';
import { deltaSentence } from './delta-words.js';
import { notServicesLine } from './not-services.js';
import { planMarkdown } from './plan-markdown.js';
import { codeSpan, escapeHtml, escapeMarkdown, htmlCode } from './markdown-escape.js';
import { failing, outline, REASON_CHARS, TOP_REASONS, type Outline } from './outline.js';
import { biggestReasons, cutAtWord, moveOf, shortReason, type BigReason } from './reasons.js';
import { GUIDE_PAGE_URL } from '../knowledge/guide.js';
import {
  BACKEND_NAMES,
  CRITERION_NAMES,
  formatBytes,
  policySentence,
  KIND_SUFFIX,
  serviceCounts,
  VERDICT_EMOJI,
  verdictSentence,
} from './words.js';

export interface MarkdownOptions {
  /** Hard cap on the length in characters (PR comment 65,536; job summary 1 MiB). */
  maxChars?: number;
  /**
   * Length to aim for: evidence in the details is trimmed, level by level, until the body fits
   * (the PR comment aims at 12,000 so it reads in seconds; the job summary keeps everything).
   */
  targetChars?: number;
  /** Hidden marker placed first; counted in maxChars. */
  marker?: string;
  /** Mermaid chart of Node.js and Python per criterion (default on). */
  chart?: boolean;
  /** A line shown last (a link to the run or the report file). */
  footer?: string;
  /** Markdown lines by service folder, shown under the deciding service's heading (history's "drifting since"). */
  underService?: Record<string, string>;
}

export const TRUNCATION_NOTE = '_Report truncated to fit GitHub’s size limit; the full report is in the JSON report._';
export const SHORTENED_NOTE =
  '_Some evidence is left out to keep this comment short; the job summary and the JSON report hold all of it._';

/** Rows of the services table shown before the details; the rest are counted in one row. */
export const SERVICE_ROWS = 4;

/** The chart's colours: a blue and an orange that stay apart for colour-blind readers and on dark themes. */
const CHART_COLOURS = { node: '#2563eb', python: '#ea580c' };
const CHART_INIT = `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${CHART_COLOURS.node}, ${CHART_COLOURS.python}"}}}}%%`;

/** How much of each service's evidence the details keep, from all of it to none. */
interface Level {
  evidencePerSignal: number;
  signalsPerService: number;
  /** Per-criterion moves in each service's details. */
  moves: boolean;
  /** Details for services that fit (otherwise one line lists them). */
  fittingDetails: boolean;
  chart: boolean;
  serviceRows: number;
}

const LEVELS: Level[] = [
  {
    evidencePerSignal: 8,
    signalsPerService: Infinity,
    moves: true,
    fittingDetails: true,
    chart: true,
    serviceRows: SERVICE_ROWS,
  },
  {
    evidencePerSignal: 3,
    signalsPerService: 5,
    moves: true,
    fittingDetails: true,
    chart: true,
    serviceRows: SERVICE_ROWS,
  },
  {
    evidencePerSignal: 2,
    signalsPerService: 3,
    moves: true,
    fittingDetails: true,
    chart: true,
    serviceRows: SERVICE_ROWS,
  },
  {
    evidencePerSignal: 1,
    signalsPerService: 3,
    moves: false,
    fittingDetails: true,
    chart: true,
    serviceRows: SERVICE_ROWS,
  },
  {
    evidencePerSignal: 1,
    signalsPerService: 3,
    moves: true,
    fittingDetails: false,
    chart: true,
    serviceRows: SERVICE_ROWS,
  },
  {
    evidencePerSignal: 1,
    signalsPerService: 2,
    moves: false,
    fittingDetails: false,
    chart: true,
    serviceRows: SERVICE_ROWS,
  },
  {
    evidencePerSignal: 0,
    signalsPerService: 0,
    moves: false,
    fittingDetails: false,
    chart: false,
    serviceRows: SERVICE_ROWS,
  },
];

/**
 * The body of the PR comment and the job summary, top down: the headline (verdict, and the
 * count of services by verdict), the delta and the policy, the services table, then the
 * service that sets the verdict, named: its biggest reasons, its criteria and the chart. All
 * else is in one `<details>` per service. Evidence appears once, in the details.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const max = options.maxChars ?? Infinity;
  const target = Math.min(options.targetChars ?? Infinity, max);
  const shape = outline(report);
  for (const [i, level] of LEVELS.entries()) {
    const body = compose(report, shape, options, level, i > 0 ? SHORTENED_NOTE : undefined);
    if (body.length <= target) return body;
  }
  for (const level of LEVELS) {
    const body = compose(report, shape, options, level, SHORTENED_NOTE);
    if (body.length <= max) return body;
  }
  const bare = { ...LEVELS.at(-1)!, serviceRows: 0 };
  const body = compose(report, shape, options, bare, TRUNCATION_NOTE);
  return body.length <= max ? body : hardCut(body, max, options.marker);
}

/** The name of a service folder in every line of the report; a worker's with its kind, apart from its folder's web process. */
type Label = (path: string, kind?: ServiceKind) => string;

function compose(report: Report, shape: Outline, options: MarkdownOptions, level: Level, note?: string): string {
  const label: Label = (path, kind) => serviceLabel(path, report.root, kind, report.services);
  const parts: string[] = [];
  const block = (...lines: string[]) => {
    if (lines.length) parts.push(...(parts.length && parts.at(-1) !== '' ? [''] : []), ...lines);
  };
  if (options.marker) parts.push(options.marker);
  parts.push(headline(report, shape));
  parts.push(
    [report.delta ? deltaSentence(report) : '', escapeMarkdown(policySentence(report.policy))]
      .filter(Boolean)
      .join(' '),
  );
  const policyChange = policyChangeLine(report.policy);
  if (policyChange) parts.push('', policyChange);
  for (const w of report.policy.waived)
    parts.push(
      `${codeSpan(label(w.service))} is waived until ${escapeMarkdown(w.expires)}: ${escapeMarkdown(w.reason)}.`,
    );
  if (shape.several) block(...servicesTable(shape.services, shape.deciding, level.serviceRows, label));
  else if (shape.deciding && catalogLine(shape.deciding)) block(catalogLine(shape.deciding)!);

  const subject = shape.deciding;
  const criteria = subject?.criteria ?? report.criteria;
  const signals = subject?.signals ?? report.signals;
  const shown = new Set<string>();
  block(subjectHeading(report, shape, label));
  const under = subject && options.underService?.[subject.path];
  if (under) parts.push(under);
  const plan = subject && failing(subject) ? subject.plan : undefined;
  // a blank line ends the collapsed block: what follows is Markdown again, not part of the HTML
  if (plan) parts.push(...planMarkdown(plan, subject?.owner), '');
  const reasons = biggestReasons(criteria, signals, TOP_REASONS);
  for (const r of reasons) if (r.file) shown.add(evidenceKey(r.file));
  if (reasons.length) parts.push(...reasons.map(reasonBullet));
  if (criteria.length) block(...criteriaTable(criteria, subject, label));
  if (level.chart && (options.chart ?? true) && criteria.length) block(...chart(criteria, subject, label));

  for (const service of shape.services) {
    const isSubject = service === subject;
    if (!isSubject && !level.fittingDetails && !failing(service)) continue;
    block(...serviceDetails(service, isSubject, level, shown, label));
  }
  if (!level.fittingDetails) {
    const rest = shape.services.filter((s) => s !== subject && !failing(s));
    if (rest.length) block(...fittingList(rest, label));
  }
  if (!subject && level.evidencePerSignal > 0 && signals.length)
    block(...signalDetails('Signals and evidence', signals, level, shown));
  const notServices = report.notServices ?? [];
  if (notServices.length) block(...notServicesDetails(notServices, label));
  block(...runDetails(report, note));
  if (options.footer) block(escapeMarkdown(options.footer));
  return parts.join('\n') + '\n';
}

function headline(report: Report, shape: Outline): string {
  const counts = shape.several ? ` · ${serviceCounts(report.services)}` : '';
  return `### ${VERDICT_EMOJI[report.verdict]} backend-fit: **${report.verdict}**${counts}`;
}

/** Names the service the reasons, criteria and chart below describe. */
function subjectHeading(report: Report, shape: Outline, label: Label): string {
  const s = shape.deciding;
  if (!s) return `#### ${escapeMarkdown(verdictSentence(report))}`;
  const role = shape.several ? ' sets the verdict' : '';
  return `#### ${VERDICT_EMOJI[s.verdict]} ${serviceName(s, label)}${role}: ${escapeMarkdown(verdictSentence(s))}`;
}

/** `services/api` (Node.js: Express, Socket.IO): path, backend and frameworks, escaped. */
function serviceName(s: ServiceReport, label: Label): string {
  const frameworks = s.frameworks.length ? `: ${s.frameworks.map((f) => escapeMarkdown(f)).join(', ')}` : '';
  return `${codeSpan(label(s.path))} (${BACKEND_NAMES[s.current]}${KIND_SUFFIX[s.kind]}${frameworks})`;
}

function reasonBullet(r: BigReason): string {
  const strength = r.strength === undefined ? '' : ` ${r.strength.toFixed(2)}`;
  const where = (CRITERION_NAMES[r.criterion] ?? r.criterion).toLowerCase();
  // the rule's own words, not a quotation: the guide's sentence is behind its id in docs/guide.md
  const guide = r.why ? ` · ${escapeMarkdown(cutAtWord(r.why.words, REASON_CHARS))} (${r.why.cites}, ${where})` : '';
  const file = r.file ? ` · ${codeSpan(r.file.line ? `${r.file.file}:${r.file.line}` : r.file.file)}` : '';
  return `- **${escapeMarkdown(r.label)}**${strength} → +${r.weighted} ${BACKEND_NAMES[r.backend]}${guide}${file}`;
}

function criteriaTable(criteria: CriterionScore[], subject: ServiceReport | undefined, label: Label): string[] {
  const rows = criteria.map((c) => {
    const first = c.moves[0] ? cutAtWord(shortReason(c.moves[0]), REASON_CHARS) : (c.reasons[0] ?? '');
    const more = c.reasons.length > 1 ? ` (+${c.reasons.length - 1} more)` : '';
    return `| ${CRITERION_NAMES[c.id] ?? c.id} | ${c.weight} | ${c.node} | ${c.python} | ${escapeMarkdown(first)}${more} |`;
  });
  const of = subject ? ` of ${codeSpan(label(subject.path, subject.kind), { inTable: true })}` : '';
  return [
    `| Criterion${of} | Weight | Node.js | Python | Main reason |`,
    '| --- | ---: | ---: | ---: | --- |',
    ...rows,
  ];
}

/** Mermaid only sees names made of safe characters; anything else is left out of the chart. */
function chartName(subject: ServiceReport | undefined, label: Label): string {
  if (!subject) return 'repository';
  const name = label(subject.path, subject.kind);
  return /^[\w./()-]{1,60}$/.test(name) ? name : 'deciding service';
}

function chart(criteria: CriterionScore[], subject: ServiceReport | undefined, label: Label): string[] {
  const labels = criteria.map((c) => `"${CRITERION_NAMES[c.id] ?? c.id}"`).join(', ');
  return [
    '```mermaid',
    CHART_INIT,
    'xychart-beta',
    `    title "${chartName(subject, label)}: Node.js = blue bars, Python = orange line"`,
    `    x-axis [${labels}]`,
    '    y-axis "score" 0 --> 100',
    `    bar [${criteria.map((c) => c.node).join(', ')}]`,
    `    line [${criteria.map((c) => c.python).join(', ')}]`,
    '```',
  ];
}

/** Owners are shown in code spans: a team or person named by the scanned repository is never pinged. */
function ownerCell(s: ServiceReport): string {
  return s.owner ? codeSpan(s.owner, { inTable: true }) : '';
}

/** `Owner \`@acme/payments\` · system \`checkout\` · lifecycle \`production\``, for a report of one service. */
function catalogLine(s: ServiceReport): string | undefined {
  const parts = [
    s.name ? `Service ${codeSpan(s.name)}` : undefined,
    s.owner ? `owner ${codeSpan(s.owner)}` : undefined,
    s.system ? `system ${codeSpan(s.system)}` : undefined,
    s.lifecycle ? `lifecycle ${codeSpan(s.lifecycle)}` : undefined,
  ].filter((p): p is string => p !== undefined);
  if (parts.length === 0) return undefined;
  const line = parts.join(' · ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}

function servicesTable(
  services: ServiceReport[],
  deciding: ServiceReport | undefined,
  limit: number,
  label: Label,
): string[] {
  const owners = services.some((s) => s.owner);
  const shownRows = services.length <= limit ? services : services.slice(0, Math.max(0, limit - 1));
  const rows = shownRows.map((s) => {
    const frameworks = s.frameworks.map((f) => codeSpan(f, { inTable: true })).join(', ');
    const waiver = s.waiver?.active ? ' (waived)' : '';
    const mark = s === deciding ? ' ◀' : '';
    return `| ${codeSpan(label(s.path), { inTable: true })}${mark} |${owners ? ` ${ownerCell(s)} |` : ''} ${BACKEND_NAMES[s.current]}${KIND_SUFFIX[s.kind]}${frameworks ? ` ${frameworks}` : ''} | ${VERDICT_EMOJI[s.verdict]} ${s.verdict}${waiver} | ${s.fitScore} | ${s.scores.node} | ${s.scores.python} | ${BACKEND_NAMES[s.recommended]} |`;
  });
  const rest = services.slice(shownRows.length);
  const more = rest.length
    ? [`| …and ${rest.length} more: ${serviceCounts(rest).replace(/^\d+ services?: /, '')} | | | | | | |`]
    : [];
  return [
    `| Service |${owners ? ' Owner |' : ''} Backend | Verdict | Fit | Node.js | Python | Recommended |`,
    `| --- |${owners ? ' --- |' : ''} --- | --- | ---: | ---: | ---: | --- |`,
    ...rows,
    ...more,
  ];
}

function serviceSummary(s: ServiceReport, label: Label): string {
  const frameworks = s.frameworks.length ? ` (${s.frameworks.map(escapeHtml).join(', ')})` : '';
  const waiver = s.waiver?.active ? ' (waived)' : '';
  return `${VERDICT_EMOJI[s.verdict]} ${htmlCode(label(s.path))} ${BACKEND_NAMES[s.current]}${KIND_SUFFIX[s.kind]}${frameworks} · ${s.verdict}${waiver} · fit ${s.fitScore} · Node.js ${s.scores.node} · Python ${s.scores.python}`;
}

function serviceDetails(
  s: ServiceReport,
  isSubject: boolean,
  level: Level,
  shown: Set<string>,
  label: Label,
): string[] {
  const lines = [`<details><summary>${serviceSummary(s, label)}</summary>`, ''];
  const plan = !isSubject && failing(s) ? s.plan : undefined;
  if (plan) lines.push(...planMarkdown(plan, s.owner), '');
  if (s.waiver) {
    const state = s.waiver.active ? 'waived' : 'waiver expired';
    lines.push(`${state} until ${escapeMarkdown(s.waiver.expires)}: ${escapeMarkdown(s.waiver.reason)}`, '');
  }
  const why = serviceEvidence(s);
  if (why && level.evidencePerSignal > 0) lines.push(why, '');
  if (level.moves)
    for (const c of s.criteria)
      lines.push(
        `- ${CRITERION_NAMES[c.id] ?? c.id}: ${BACKEND_NAMES.node} ${c.node}, ${BACKEND_NAMES.python} ${c.python}: ${c.moves.length ? c.moves.map((m) => escapeMarkdown(moveOf(m))).join('; ') : 'no signal'}`,
      );
  lines.push(...evidenceLines(s.signals, level, shown));
  if (lines.at(-1) === '') lines.pop();
  lines.push('', '</details>');
  return lines;
}

/** Why the folder is a service: the first piece of server and of entry evidence. */
function serviceEvidence(s: ServiceReport): string | undefined {
  if (!s.evidence) return undefined;
  const { server, entry, declared } = s.evidence;
  const parts = [
    declared ? 'declared in the config' : undefined,
    server[0] ? `serves ${evidenceItem(server[0])}` : undefined,
    entry[0] ? `starts ${evidenceItem(entry[0])}` : undefined,
  ].filter(Boolean);
  return parts.length ? `Why a service: ${parts.join('; ')}` : undefined;
}

function signalDetails(title: string, signals: Signal[], level: Level, shown: Set<string>): string[] {
  return [`<details><summary>${title}</summary>`, '', ...evidenceLines(signals, level, shown), '', '</details>'];
}

function evidenceLines(signals: Signal[], level: Level, shown: Set<string>): string[] {
  const out: string[] = [];
  for (const s of signals.slice(0, level.signalsPerService)) {
    const fresh = s.evidence.filter((e) => !shown.has(evidenceKey(e)));
    const list = fresh.slice(0, level.evidencePerSignal).map(evidenceItem);
    if (!list.length && level.evidencePerSignal === 0) continue;
    const more = fresh.length > list.length ? `; ${fresh.length - list.length} more in the JSON report` : '';
    const above = s.evidence.length > 0 && fresh.length === 0 ? ': shown above' : '';
    const eco = s.ecosystem ? ` (${BACKEND_NAMES[s.ecosystem]})` : '';
    out.push(
      `- **${escapeMarkdown(s.id)}** ${s.strength.toFixed(2)}${eco}${list.length ? `: ${list.join('; ')}` : above}${more}`,
    );
  }
  const hidden = signals.length - Math.min(signals.length, level.signalsPerService);
  if (hidden > 0 && level.signalsPerService > 0)
    out.push(`- ${hidden} more signal${hidden === 1 ? '' : 's'} in the JSON report`);
  return out;
}

/** Evidence shown in a reason bullet is not listed again in the details. */
function evidenceKey(e: Evidence): string {
  return `${e.file}\u0000${e.line ?? ''}\u0000${e.detail}`;
}

function evidenceItem(e: Evidence): string {
  // `.` is the whole scanned folder, not a place to point at
  if (e.file === '.') return escapeMarkdown(e.detail);
  return `${codeSpan(e.line ? `${e.file}:${e.line}` : e.file)} ${escapeMarkdown(e.detail)}`;
}

function fittingList(services: ServiceReport[], label: Label): string[] {
  return [
    `<details><summary>${serviceCounts(services).replace(/^(\d+) services?: /, '$1 more: ')}</summary>`,
    '',
    ...services.map(
      (s) =>
        `- ${codeSpan(label(s.path))} ${BACKEND_NAMES[s.current]}${KIND_SUFFIX[s.kind]}: ${s.verdict}, fit ${s.fitScore} (Node.js ${s.scores.node} · Python ${s.scores.python})`,
    ),
    '',
    '</details>',
  ];
}

function notServicesDetails(list: NotService[], label: Label): string[] {
  return [
    `<details><summary>${escapeHtml(notServicesLine(list))}</summary>`,
    '',
    ...list
      .slice(0, 50)
      .map((n) => `- ${codeSpan(label(n.path))} (${BACKEND_NAMES[n.backend]}), ${n.reason}: ${escapeMarkdown(n.why)}`),
    ...(list.length > 50 ? [`- and ${list.length - 50} more in the JSON report`] : []),
    '',
    '</details>',
  ];
}

function runDetails(report: Report, note: string | undefined): string[] {
  const s = report.stats;
  const count = report.warnings.length;
  const stats = `${s.files.toLocaleString('en')} files, ${formatBytes(s.bytesRead)} read in ${s.durationMs} ms · backend-fit ${escapeHtml(report.tool.version)} · [the guide's sentences behind each “guide L…”](${GUIDE_PAGE_URL})`;
  const summary = `${count ? `${count} warning${count === 1 ? '' : 's'} · ` : ''}${stats}`;
  const body = [
    ...report.warnings
      .slice(0, 50)
      .map((w) => `- ${w.file ? codeSpan(w.file) + ': ' : ''}${escapeMarkdown(w.message)}`),
    ...(count > 50 ? [`- and ${count - 50} more in the JSON report`] : []),
  ];
  if (note) body.push(...(body.length ? [''] : []), note);
  if (!body.length) return [`<sub>${stats}</sub>`];
  return [`<details><summary><sub>${summary}</sub></summary>`, '', ...body, '', '</details>'];
}

/** Last resort: whole lines up to the cap, then the note; the marker and verdict come first. */
function hardCut(body: string, max: number, marker: string | undefined): string {
  const note = `\n${TRUNCATION_NOTE}\n`;
  const room = Math.max(0, max - note.length);
  let cut = body.slice(0, room);
  const nl = cut.lastIndexOf('\n');
  if (nl > (marker?.length ?? 0)) cut = cut.slice(0, nl);
  const out = cut + note;
  return out.length <= max ? out : out.slice(0, max);
}

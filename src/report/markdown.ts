import type { Evidence } from '../model/common.js';
import type { Report, ServiceReport } from '../model/report.js';
import type { Signal } from '../model/profile.js';
import { codeSpan, escapeMarkdown } from './markdown-escape.js';
import { BACKEND_NAMES, CRITERION_NAMES, formatBytes, VERDICT_EMOJI, verdictSentence } from './words.js';
import { deltaSentence } from './delta-words.js';
import { MAX_PLANS_SHOWN, planMarkdown } from './plan-markdown.js';

export interface MarkdownOptions {
  /** Hard cap on the length in characters (PR comment 65,536; job summary 1 MiB). */
  maxChars?: number;
  /** Hidden marker placed first; counted in maxChars. */
  marker?: string;
  /** Mermaid chart of Node.js and Python per criterion (default on). */
  chart?: boolean;
  /** A line shown last (a link to the run or the report file). */
  footer?: string;
}

export const TRUNCATION_NOTE = '_Report truncated to fit GitHub’s size limit; the full report is in the JSON report._';
const TOP_SIGNALS = 5;
const TOP_EVIDENCE = 3;

/**
 * The body of the PR comment and the job summary. Sections in order of importance; when
 * `maxChars` is given, the least important go first (details, warnings, evidence, chart,
 * services beyond the first rows) until it fits, and a last-resort cut at a line keeps the
 * marker and the verdict line.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const max = options.maxChars ?? Infinity;
  const plans: Plan[] = [
    { details: true, warnings: true, evidence: true, chart: options.chart ?? true, serviceRows: Infinity },
    { details: false, warnings: true, evidence: true, chart: options.chart ?? true, serviceRows: Infinity },
    { details: false, warnings: false, evidence: true, chart: options.chart ?? true, serviceRows: 50 },
    { details: false, warnings: false, evidence: false, chart: options.chart ?? true, serviceRows: 20 },
    { details: false, warnings: false, evidence: false, chart: false, serviceRows: 10 },
    { details: false, warnings: false, evidence: false, chart: false, serviceRows: 0 },
  ];
  for (const [i, plan] of plans.entries()) {
    const body = compose(report, options, plan, i > 0);
    if (body.length <= max) return body;
  }
  return hardCut(compose(report, options, plans.at(-1)!, true), max, options.marker);
}

interface Plan {
  details: boolean;
  warnings: boolean;
  evidence: boolean;
  chart: boolean;
  serviceRows: number;
}

function compose(report: Report, options: MarkdownOptions, plan: Plan, truncated: boolean): string {
  const parts: string[] = [];
  if (options.marker) parts.push(options.marker);
  parts.push(
    `### ${VERDICT_EMOJI[report.verdict]} backend-fit: **${report.verdict}**`,
    '',
    escapeMarkdown(verdictSentence(report)),
  );
  for (const s of report.services.filter((s) => s.plan).slice(0, MAX_PLANS_SHOWN))
    parts.push('', planMarkdown(s.plan!));
  if (report.delta) parts.push('', deltaSentence(report));
  parts.push('', policyLine(report));
  parts.push('', ...criteriaTable(report));
  if (report.services.length > 1 && plan.serviceRows > 0)
    parts.push('', ...servicesTable(report.services, plan.serviceRows));
  else if (report.services.length > 1)
    parts.push('', `${report.services.length} services; the per-service table is in the JSON report.`);
  if (plan.chart && report.criteria.length > 0) parts.push('', ...chart(report));
  if (plan.evidence) parts.push('', ...topEvidence(report.signals));
  if (plan.details) parts.push('', ...signalDetails(report));
  if (plan.warnings && report.warnings.length > 0) parts.push('', ...warnings(report));
  if (plan.details) parts.push('', statsLine(report));
  if (truncated) parts.push('', TRUNCATION_NOTE);
  if (options.footer) parts.push('', escapeMarkdown(options.footer));
  return parts.join('\n') + '\n';
}

function policyLine(report: Report): string {
  const p = report.policy;
  const head = p.failed ? `**Policy failed** (fail-on: ${p.failOn})` : `Policy passed (fail-on: ${p.failOn})`;
  const reasons = p.reasons.slice(0, 3).map(escapeMarkdown).join('; ');
  const waived = p.waived.map(
    (w) => `${codeSpan(w.service)} waived until ${escapeMarkdown(w.expires)}: ${escapeMarkdown(w.reason)}`,
  );
  return [head + (reasons ? `: ${reasons}` : ''), ...waived].join('. ');
}

function criteriaTable(report: Report): string[] {
  const rows = report.criteria.map((c) => {
    const why = c.reasons[0]
      ? escapeMarkdown(c.reasons[0]) + (c.reasons.length > 1 ? ` (+${c.reasons.length - 1} more)` : '')
      : '';
    return `| ${CRITERION_NAMES[c.id] ?? c.id} | ${c.weight} | ${c.node} | ${c.python} | ${why} |`;
  });
  return ['| Criterion | Weight | Node.js | Python | Why |', '| --- | ---: | ---: | ---: | --- |', ...rows];
}

function servicesTable(services: ServiceReport[], limit: number): string[] {
  const rows = services.slice(0, limit).map((s) => {
    const frameworks = s.frameworks.map((f) => codeSpan(f, { inTable: true })).join(', ');
    const waiver = s.waiver?.active ? ' (waived)' : '';
    return `| ${codeSpan(s.path, { inTable: true })} | ${BACKEND_NAMES[s.current]} | ${frameworks} | ${VERDICT_EMOJI[s.verdict]} ${s.verdict}${waiver} | ${s.fitScore} | ${s.scores.node} | ${s.scores.python} | ${BACKEND_NAMES[s.recommended]} |`;
  });
  const more =
    services.length > limit ? [``, `…and ${services.length - limit} more services (in the JSON report).`] : [];
  return [
    '| Service | Backend | Frameworks | Verdict | Fit | Node.js | Python | Recommended |',
    '| --- | --- | --- | --- | ---: | ---: | ---: | --- |',
    ...rows,
    ...more,
  ];
}

function chart(report: Report): string[] {
  const labels = report.criteria.map((c) => `"${CRITERION_NAMES[c.id] ?? c.id}"`).join(', ');
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Node.js (bars) and Python (line) per criterion"',
    `    x-axis [${labels}]`,
    '    y-axis "score" 0 --> 100',
    `    bar [${report.criteria.map((c) => c.node).join(', ')}]`,
    `    line [${report.criteria.map((c) => c.python).join(', ')}]`,
    '```',
  ];
}

function evidenceLine(e: Evidence): string {
  const where = codeSpan(e.line ? `${e.file}:${e.line}` : e.file);
  return `${where} ${escapeMarkdown(e.detail)}`;
}

function signalHeading(s: Signal): string {
  const eco = s.ecosystem ? ` (${BACKEND_NAMES[s.ecosystem]})` : '';
  return `**${escapeMarkdown(s.id)}** ${s.strength.toFixed(2)}${eco}`;
}

function topEvidence(signals: Signal[]): string[] {
  if (signals.length === 0) return ['No signals found.'];
  return [
    '**Top evidence**',
    '',
    ...signals
      .slice(0, TOP_SIGNALS)
      .map((s) => `- ${signalHeading(s)}: ${s.evidence.slice(0, TOP_EVIDENCE).map(evidenceLine).join('; ')}`),
  ];
}

function signalDetails(report: Report): string[] {
  const lines = ['<details><summary>All signals and evidence</summary>', ''];
  for (const s of report.signals) {
    lines.push(`- ${signalHeading(s)}`);
    for (const e of s.evidence) lines.push(`  - ${evidenceLine(e)}`);
  }
  for (const service of report.services) {
    lines.push('', `Service ${codeSpan(service.path)}:`, '');
    for (const c of service.criteria)
      lines.push(
        `- ${CRITERION_NAMES[c.id] ?? c.id} ${c.node}/${c.python}: ${c.reasons.map(escapeMarkdown).join('; ')}`,
      );
  }
  lines.push('', '</details>');
  return lines;
}

function warnings(report: Report): string[] {
  return [
    `<details><summary>${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}</summary>`,
    '',
    ...report.warnings.map((w) => `- ${w.file ? codeSpan(w.file) + ': ' : ''}${escapeMarkdown(w.message)}`),
    '',
    '</details>',
  ];
}

function statsLine(report: Report): string {
  const s = report.stats;
  return `<sub>${s.files.toLocaleString('en')} files, ${formatBytes(s.bytesRead)} read in ${s.durationMs} ms · backend-fit ${escapeMarkdown(report.tool.version)}</sub>`;
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

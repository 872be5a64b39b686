import type { Report } from '../model/report.js';
import type { VerdictKind } from '../model/verdict.js';
import { planText } from './plan-text.js';
import { BACKEND_NAMES, CRITERION_NAMES, formatBytes, VERDICT_SYMBOL, verdictSentence } from './words.js';

const ANSI = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  red: '\x1b[31m',
  green: '\x1b[32m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
};
const VERDICT_COLOR: Record<VerdictKind, string> = {
  fits: ANSI.green,
  review: ANSI.yellow,
  mismatch: ANSI.red,
  unknown: ANSI.cyan,
};

/** The CLI's default output: verdict first, then criteria, services, signals, policy, warnings. */
export function renderText(report: Report, options: { color?: boolean } = {}): string {
  const paint = (code: string, text: string) => (options.color ? `${code}${text}${ANSI.reset}` : text);
  const clean = (text: string) => text.replace(/[\x00-\x1f\x7f]/g, ' ');
  const out: string[] = [];
  out.push(
    `${paint(VERDICT_COLOR[report.verdict] + ANSI.bold, `${VERDICT_SYMBOL[report.verdict]} ${report.verdict}`)} — ${verdictSentence(report)}`,
  );
  if (report.delta) {
    const d = report.delta;
    out.push(
      `  since ${clean(d.baseRef)}: was ${d.base.verdict} (Node.js ${d.base.scores.node} · Python ${d.base.scores.python}), ${d.changes.length} change(s)`,
    );
  }
  out.push('', paint(ANSI.bold, 'Criteria'));
  const width = Math.max(...report.criteria.map((c) => (CRITERION_NAMES[c.id] ?? c.id).length), 9);
  out.push(`  ${'criterion'.padEnd(width)}  weight  node  python  main reason`);
  for (const c of report.criteria) {
    out.push(
      `  ${(CRITERION_NAMES[c.id] ?? c.id).padEnd(width)}  ${String(c.weight).padStart(6)}  ${String(c.node).padStart(4)}  ${String(c.python).padStart(6)}  ${paint(ANSI.dim, clean(c.reasons[0] ?? ''))}`,
    );
  }
  if (report.services.length > 0) {
    out.push('', paint(ANSI.bold, `Services (${report.services.length})`));
    for (const s of report.services) {
      const waived = s.waiver?.active ? ' (waived)' : '';
      out.push(
        `  ${paint(VERDICT_COLOR[s.verdict], VERDICT_SYMBOL[s.verdict])} ${clean(s.path)}  ${BACKEND_NAMES[s.current]} [${s.frameworks.map(clean).join(', ')}]  ${s.verdict}${waived}, fit ${s.fitScore}, node ${s.scores.node} · python ${s.scores.python}, recommended ${BACKEND_NAMES[s.recommended]}`,
      );
    }
  }
  out.push(...planText(report.services, clean, (text) => paint(ANSI.bold, text)));
  if (report.signals.length > 0) {
    out.push('', paint(ANSI.bold, 'Signals'));
    for (const sig of report.signals.slice(0, 8)) {
      const first = sig.evidence[0];
      const where = first ? `  ${clean(first.file)}${first.line ? `:${first.line}` : ''} ${clean(first.detail)}` : '';
      out.push(`  ${sig.id.padEnd(14)} ${sig.strength.toFixed(2)}${paint(ANSI.dim, where)}`);
    }
  }
  out.push(
    '',
    `Policy: ${report.policy.failed ? paint(ANSI.red, 'failed') : 'passed'} (fail-on ${report.policy.failOn})${report.policy.reasons.length ? ' — ' + report.policy.reasons.map(clean).join('; ') : ''}`,
  );
  if (report.warnings.length > 0) {
    out.push('', paint(ANSI.yellow, `Warnings (${report.warnings.length})`));
    for (const w of report.warnings) out.push(`  ${w.file ? clean(w.file) + ': ' : ''}${clean(w.message)}`);
  }
  const s = report.stats;
  out.push(
    '',
    paint(ANSI.dim, `${s.files.toLocaleString('en')} files, ${formatBytes(s.bytesRead)} read in ${s.durationMs} ms`),
  );
  return out.join('\n') + '\n';
}

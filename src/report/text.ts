import type { Report, ServiceReport } from '../model/report.js';
import type { VerdictKind } from '../model/verdict.js';
import { serviceLabel } from '../policy/wording.js';
import { notServicesLine } from './not-services.js';
import { planText } from './plan-text.js';
import { failing, outline, REASON_CHARS, TOP_REASONS } from './outline.js';
import { biggestReasons, cutAtWord, shortReason } from './reasons.js';
import { GUIDE_PAGE_URL } from '../knowledge/guide.js';
import {
  BACKEND_NAMES,
  CRITERION_NAMES,
  formatBytes,
  policySentence,
  KIND_SUFFIX,
  serviceCounts,
  VERDICT_SYMBOL,
  verdictSentence,
} from './words.js';

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
const EVIDENCE_PER_SIGNAL = 3;
const SIGNALS_SHOWN = 8;

/**
 * The CLI's default output, in the PR comment's order: the headline, the delta and the policy,
 * the services (worst first), the service that sets the verdict with its biggest reasons,
 * criteria and evidence, then what is not a service, warnings and stats.
 */
export function renderText(report: Report, options: { color?: boolean } = {}): string {
  const paint = (code: string, text: string) => (options.color ? `${code}${text}${ANSI.reset}` : text);
  const clean = (text: string) => text.replace(/[\x00-\x1f\x7f]/g, ' ');
  const shape = outline(report);
  const subject = shape.deciding;
  const out: string[] = [];
  const head = `${VERDICT_SYMBOL[report.verdict]} ${report.verdict}`;
  const lead = shape.several ? serviceCounts(report.services) : verdictSentence(subject ?? report);
  out.push(`${paint(VERDICT_COLOR[report.verdict] + ANSI.bold, head)} — ${lead}`);
  if (report.delta) {
    const d = report.delta;
    out.push(
      `  since ${clean(d.baseRef)}: was ${d.base.verdict} (Node.js ${d.base.scores.node} · Python ${d.base.scores.python}), ${d.changes.length} change(s)`,
    );
  }
  const policy = clean(policySentence(report.policy));
  out.push(`  ${report.policy.failed ? paint(ANSI.red, policy) : policy}`);

  if (shape.several) {
    // the row's kind word already names a worker or a function; a folder's second kind, http, needs its qualifier
    const listLabel = (s: ServiceReport) =>
      s.kind === 'http'
        ? serviceLabel(s.path, report.root, s.kind, report.services)
        : serviceLabel(s.path, report.root);
    out.push('', paint(ANSI.bold, `Services (${report.services.length}), worst first`));
    for (const s of shape.services) {
      const waived = s.waiver?.active ? ' (waived)' : '';
      const mark = s === subject ? '  ◀ sets the verdict' : '';
      const owner = s.owner ? `  owner ${clean(s.owner)}` : '';
      out.push(
        `  ${paint(VERDICT_COLOR[s.verdict], VERDICT_SYMBOL[s.verdict])} ${clean(listLabel(s))}  ${BACKEND_NAMES[s.current]}${KIND_SUFFIX[s.kind]}${s.frameworks.length ? ` [${s.frameworks.map(clean).join(', ')}]` : ''}  ${s.verdict}${waived}, fit ${s.fitScore}, node ${s.scores.node} · python ${s.scores.python}, recommended ${BACKEND_NAMES[s.recommended]}${owner}${mark}`,
      );
    }
  }

  const criteria = subject?.criteria ?? report.criteria;
  const signals = subject?.signals ?? report.signals;
  const name = subject
    ? clean(serviceLabel(subject.path, report.root, subject.kind, report.services))
    : 'the repository';
  if (subject && shape.several) out.push('', paint(ANSI.bold, `${name} sets the verdict: ${verdictSentence(subject)}`));
  const plan = subject && failing(subject) ? subject.plan : undefined;
  if (plan) out.push(...planText(plan, clean, subject?.owner).map((l) => `  ${l}`));
  const reasons = biggestReasons(criteria, signals, TOP_REASONS);
  if (reasons.length) {
    out.push('', paint(ANSI.bold, `Biggest reasons for ${name}`));
    for (const r of reasons) {
      const strength = r.strength === undefined ? '' : ` ${r.strength.toFixed(2)}`;
      const where = (CRITERION_NAMES[r.criterion] ?? r.criterion).toLowerCase();
      const guide = r.why ? ` · ${cutAtWord(clean(r.why.words), REASON_CHARS)} (${r.why.cites}, ${where})` : '';
      const file = r.file ? `  ${clean(r.file.file)}${r.file.line ? `:${r.file.line}` : ''}` : '';
      out.push(
        `  • ${clean(r.label)}${strength} → +${r.weighted} ${BACKEND_NAMES[r.backend]}${guide}${paint(ANSI.dim, file)}`,
      );
    }
  }

  out.push('', paint(ANSI.bold, `Criteria for ${name}`));
  const width = Math.max(...criteria.map((c) => (CRITERION_NAMES[c.id] ?? c.id).length), 9);
  out.push(`  ${'criterion'.padEnd(width)}  weight  node  python  main reason`);
  for (const c of criteria) {
    const reason = c.moves[0] ? cutAtWord(clean(shortReason(c.moves[0])), REASON_CHARS) : clean(c.reasons[0] ?? '');
    out.push(
      `  ${(CRITERION_NAMES[c.id] ?? c.id).padEnd(width)}  ${String(c.weight).padStart(6)}  ${String(c.node).padStart(4)}  ${String(c.python).padStart(6)}  ${paint(ANSI.dim, reason)}`,
    );
  }
  if (signals.length > 0) {
    out.push('', paint(ANSI.bold, `Signals and evidence for ${name}`));
    for (const sig of signals.slice(0, SIGNALS_SHOWN)) {
      out.push(`  ${sig.id.padEnd(14)} ${sig.strength.toFixed(2)}`);
      for (const e of sig.evidence.slice(0, EVIDENCE_PER_SIGNAL))
        out.push(
          paint(
            ANSI.dim,
            `    ${e.file === '.' ? '' : `${clean(e.file)}${e.line ? `:${e.line}` : ''} `}${clean(e.detail)}`,
          ),
        );
      if (sig.evidence.length > EVIDENCE_PER_SIGNAL)
        out.push(paint(ANSI.dim, `    and ${sig.evidence.length - EVIDENCE_PER_SIGNAL} more (--format json)`));
    }
  }
  const otherFailing = shape.services.filter((s) => s !== subject && failing(s));
  for (const s of otherFailing) {
    const p = s.plan;
    if (p)
      out.push(
        '',
        `${clean(serviceLabel(s.path, report.root, s.kind, report.services))}: ${verdictSentence(s)}`,
        ...planText(p, clean, s.owner).map((l) => `  ${l}`),
      );
  }

  const notServices = report.notServices ?? [];
  if (notServices.length) out.push('', `${clean(notServicesLine(notServices))} (listed in --format json or markdown)`);
  if (report.warnings.length > 0) {
    out.push('', paint(ANSI.yellow, `Warnings (${report.warnings.length})`));
    for (const w of report.warnings) out.push(`  ${w.file ? clean(w.file) + ': ' : ''}${clean(w.message)}`);
  }
  const s = report.stats;
  out.push(
    '',
    paint(ANSI.dim, `${s.files.toLocaleString('en')} files, ${formatBytes(s.bytesRead)} read in ${s.durationMs} ms`),
    paint(ANSI.dim, `Each "guide L…" names a sentence of the guide, quoted in ${GUIDE_PAGE_URL}`),
  );
  return out.join('\n') + '\n';
}

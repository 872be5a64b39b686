import type { Report } from '../model/report.js';
import { codeSpan, escapeMarkdown } from './markdown-escape.js';
import { BACKEND_NAMES } from './words.js';

const MAX_FILES_SHOWN = 5;

/** The lead line of a PR comment: what this change did to the fit, and which files did it. */
export function deltaSentence(report: Report): string {
  const delta = report.delta!;
  const backend = report.current === 'node' || report.current === 'python' ? report.current : undefined;
  const changes = delta.changes;
  const signals = changes.filter((c) => c.id.startsWith('signal.'));
  const files = [...new Set(changes.flatMap((c) => c.files))];
  const shown = files.slice(0, MAX_FILES_SHOWN).map((f) => codeSpan(f));
  const moreFiles = files.length > MAX_FILES_SHOWN ? ` and ${files.length - MAX_FILES_SHOWN} more` : '';
  const ref = codeSpan(delta.baseRef);
  if (changes.length === 0) return `**No change** against ${ref}: this change does not move the profile.`;

  let lead: string;
  if (backend && delta.base.scores[backend] !== report.scores[backend]) {
    const from = delta.base.scores[backend];
    const to = report.scores[backend];
    lead = `**Fit for ${BACKEND_NAMES[backend]} ${to > from ? 'rose' : 'dropped'} ${from} → ${to}**`;
  } else if (delta.base.verdict !== report.verdict) {
    lead = `**Verdict ${delta.base.verdict} → ${report.verdict}**`;
  } else {
    lead = `**Scores moved** (Node.js ${delta.base.scores.node} → ${report.scores.node}, Python ${delta.base.scores.python} → ${report.scores.python})`;
  }
  const added = signals.filter((c) => (c.to ?? 0) > (c.from ?? 0)).map((c) => escapeMarkdown(c.id.slice(7)));
  const dropped = signals.filter((c) => (c.to ?? 0) < (c.from ?? 0)).map((c) => escapeMarkdown(c.id.slice(7)));
  const what = [added.length ? `raised ${added.join(', ')}` : '', dropped.length ? `lowered ${dropped.join(', ')}` : '']
    .filter(Boolean)
    .join(' and ');
  const by = shown.length ? `: ${shown.join(', ')}${moreFiles}${what ? ` ${what}` : ''}` : what ? `: ${what}` : '';
  return `${lead} against ${ref}${by}.`;
}

import type { DeltaChange, Report } from '../model/report.js';
import type { Current, Scores, VerdictKind } from '../model/verdict.js';
import { codeSpan, escapeMarkdown } from './markdown-escape.js';
import { BACKEND_NAMES } from './words.js';

const MAX_FILES_SHOWN = 5;

/** One side of a change: what the sentence compares. */
export interface MoveSide {
  verdict: VerdictKind;
  scores: Scores;
}

/** The lead line of a PR comment: what this change did to the fit, and which files did it. */
export function deltaSentence(report: Report): string {
  const delta = report.delta!;
  return moveSentence(delta.base, report, report.current, delta.changes, `against ${codeSpan(delta.baseRef)}`);
}

/**
 * What a change did to the fit of `current` and which files did it, in Markdown; `where` places
 * it (`against \`main\``, `at \`1a2b3c4\``). Shared by the delta and the history.
 */
export function moveSentence(
  base: MoveSide,
  head: MoveSide,
  current: Current,
  changes: readonly DeltaChange[],
  where: string,
): string {
  const backend = current === 'node' || current === 'python' ? current : undefined;
  const signals = changes.filter((c) => c.id.startsWith('signal.'));
  const files = [...new Set(changes.flatMap((c) => c.files))];
  const shown = files.slice(0, MAX_FILES_SHOWN).map((f) => codeSpan(f));
  const moreFiles = files.length > MAX_FILES_SHOWN ? ` and ${files.length - MAX_FILES_SHOWN} more` : '';
  if (changes.length === 0) return `**No change** ${where}: this change does not move the profile.`;

  let lead: string;
  if (backend && base.scores[backend] !== head.scores[backend]) {
    const from = base.scores[backend];
    const to = head.scores[backend];
    lead = `**Fit for ${BACKEND_NAMES[backend]} ${to > from ? 'rose' : 'dropped'} ${from} → ${to}**`;
  } else if (base.verdict !== head.verdict) {
    lead = `**Verdict ${base.verdict} → ${head.verdict}**`;
  } else {
    lead = `**Scores moved** (Node.js ${base.scores.node} → ${head.scores.node}, Python ${base.scores.python} → ${head.scores.python})`;
  }
  const added = signals.filter((c) => (c.to ?? 0) > (c.from ?? 0)).map((c) => escapeMarkdown(c.id.slice(7)));
  const dropped = signals.filter((c) => (c.to ?? 0) < (c.from ?? 0)).map((c) => escapeMarkdown(c.id.slice(7)));
  const what = [added.length ? `raised ${added.join(', ')}` : '', dropped.length ? `lowered ${dropped.join(', ')}` : '']
    .filter(Boolean)
    .join(' and ');
  const by = shown.length ? `: ${shown.join(', ')}${moreFiles}${what ? ` ${what}` : ''}` : what ? `: ${what}` : '';
  return `${lead} ${where}${by}.`;
}

import type { ServicePlan } from '../model/plan.js';
import { codeSpan, escapeMarkdownUpTo } from './markdown-escape.js';
import { areaPath, areaSummary } from './plan-words.js';

/** Longest suggestion shown: it names at most a few areas and libraries, so this only stops a hostile name. */
const MAX_SUGGESTION = 2000;
/** Areas listed per plan. */
const MAX_AREAS_LISTED = 4;

/**
 * The "What to do" block of one review/mismatch service, right after its headline: the
 * suggestion in one line, then, collapsed, where the drift lives (folders with sizes, how the
 * service reaches them, a first file:line), the guide's sentence it follows, what staying costs,
 * and the waiver to paste when the team stays. Everything from the scanned repository is
 * escaped or inside a code span or fence.
 */
export function planMarkdown(plan: ServicePlan, owner?: string): string[] {
  // the owner in a code span: the team is named, never pinged
  const owned = owner ? ` (owner ${codeSpan(owner)})` : '';
  const lines = [
    `**What to do${owned}:** ${escapeMarkdownUpTo(plan.suggestion, MAX_SUGGESTION)}`,
    '',
    '<details><summary>Where the drift lives, what the guide says, and the waiver to stay</summary>',
    '',
  ];
  for (const area of plan.areas.slice(0, MAX_AREAS_LISTED)) {
    const first = area.evidence[0];
    const example = first ? `, e.g. ${codeSpan(first.line ? `${first.file}:${first.line}` : first.file)}` : '';
    lines.push(`- ${codeSpan(areaPath(area))}: ${escapeMarkdownUpTo(areaSummary(area), MAX_SUGGESTION)}${example}`);
  }
  if (plan.areas.length > MAX_AREAS_LISTED)
    lines.push(`- …and ${plan.areas.length - MAX_AREAS_LISTED} more (in the JSON report)`);
  lines.push(
    `- The guide (${plan.cites.guide}): “${escapeMarkdownUpTo(plan.guide, MAX_SUGGESTION)}”`,
    `- Staying costs (guide ${plan.cites.stayingCost}): “${escapeMarkdownUpTo(plan.stayingCost, MAX_SUGGESTION)}”`,
    '',
    `To stay, add this waiver to ${codeSpan('.github/backend-fit.yml')}:`,
    '',
    ...fenced('yaml', plan.waiver.snippet),
    '',
    '</details>',
  );
  return lines;
}

/** A fenced block whose fence is longer than any backtick run inside, so the content cannot close it. */
function fenced(language: string, text: string): string[] {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${language}`, text, fence];
}

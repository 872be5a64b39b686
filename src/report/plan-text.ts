import type { ServiceReport } from '../model/report.js';
import { areaPath, areaSummary } from './plan-words.js';

/** The text report's "What to do" block: one entry per service with a plan; empty when none has one. */
export function planText(
  services: readonly ServiceReport[],
  clean: (text: string) => string,
  heading: (text: string) => string = (text) => text,
): string[] {
  const planned = services.filter((s) => s.plan);
  if (planned.length === 0) return [];
  const out = ['', heading('What to do')];
  for (const s of planned) {
    const plan = s.plan!;
    out.push(`  ${clean(s.path)} (${s.verdict}): ${clean(plan.suggestion)}`);
    for (const area of plan.areas) out.push(`    ${clean(areaPath(area))}  ${clean(areaSummary(area))}`);
    out.push(`    guide: “${plan.guide}”`, `    staying costs: “${plan.stayingCost}”`);
    out.push('    to stay, add to .github/backend-fit.yml:');
    for (const line of plan.waiver.snippet.split('\n')) out.push(`      ${clean(line)}`);
  }
  return out;
}

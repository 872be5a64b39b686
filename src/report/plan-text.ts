import type { ServicePlan } from '../model/plan.js';
import { areaPath, areaSummary } from './plan-words.js';

/** The text report's "What to do" lines for one review/mismatch service. */
export function planText(plan: ServicePlan, clean: (text: string) => string, owner?: string): string[] {
  const out = [`What to do${owner ? ` (owner ${clean(owner)})` : ''}: ${clean(plan.suggestion)}`];
  for (const area of plan.areas) out.push(`  ${clean(areaPath(area))}  ${clean(areaSummary(area))}`);
  out.push(
    `  guide ${plan.cites.guide}: “${plan.guide}”`,
    `  staying costs (guide ${plan.cites.stayingCost}): “${plan.stayingCost}”`,
  );
  out.push('  to stay, add to .github/backend-fit.yml:');
  for (const line of plan.waiver.snippet.split('\n')) out.push(`    ${clean(line)}`);
  return out;
}

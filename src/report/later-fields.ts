import type { NotService } from '../model/facts.js';
import type { ServiceReport } from '../model/report.js';
import { escapeMarkdown } from './markdown-escape.js';

/**
 * `services[].plan` (what to do about a failing service), a field the plan stage is adding:
 * read defensively until the model has it; a field of another shape is ignored. Also the
 * one-line summary of `notServices`.
 */

export interface PlanLike {
  summary: string;
}

export function planOf(service: ServiceReport): PlanLike | undefined {
  const plan = (service as ServiceReport & { plan?: unknown }).plan;
  if (typeof plan !== 'object' || plan === null) return undefined;
  const summary = (plan as { summary?: unknown }).summary;
  return typeof summary === 'string' && summary.trim() ? { summary } : undefined;
}

/** The "What to do" block of a failing service, right after its headline. */
export function planMarkdown(plan: PlanLike): string[] {
  return [`**What to do:** ${escapeMarkdown(plan.summary)}`];
}

export function planText(plan: PlanLike, clean: (text: string) => string): string[] {
  return [`What to do: ${clean(plan.summary)}`];
}

/** `Not services: 6 (tests 3, library 2, docs 1)`: the count by reason, most first. */
export function notServicesLine(list: NotService[]): string {
  const counts = new Map<string, number>();
  for (const n of list) counts.set(n.reason, (counts.get(n.reason) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} ${n}`);
  return `Not services: ${list.length} (${parts.join(', ')})`;
}

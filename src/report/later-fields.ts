import type { Report, ServiceReport } from '../model/report.js';
import { escapeMarkdown } from './markdown-escape.js';

/**
 * Fields other stages are adding to the report: `services[].plan` (what to do about a failing
 * service) and `notServices` (folders that look like services but are not, with the reason).
 * Read defensively, because a report may come from another version (the fork flow re-renders
 * an uploaded report): a field of the wrong shape is ignored.
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

export interface NotService {
  path: string;
  reason: string;
}

export function notServicesOf(report: Report): NotService[] {
  const list = (report as Report & { notServices?: unknown }).notServices;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (n): n is NotService =>
      typeof n === 'object' && n !== null && typeof n.path === 'string' && typeof n.reason === 'string',
  );
}

/** `Not services: 6 (tests 3, library 2, docs 1)`: reasons by their first words, most first. */
export function notServicesLine(list: NotService[]): string {
  const counts = new Map<string, number>();
  for (const n of list) counts.set(reasonKind(n.reason), (counts.get(reasonKind(n.reason)) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${n}`);
  return `Not services: ${list.length} (${parts.join(', ')})`;
}

/** The kind of a reason: its words before any detail (`library: has main, not private` -> `library`). */
export function reasonKind(reason: string): string {
  const kind = reason.split(/[:(;,]/)[0]!.trim();
  return kind.length > 40 ? kind.slice(0, kind.lastIndexOf(' ', 40)) || kind.slice(0, 40) : kind || reason;
}

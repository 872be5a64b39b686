import type { NotService } from '../model/facts.js';

/** `Not services: 6 (tests 3, library 2, docs 1)`: the count by reason, most first. */
export function notServicesLine(list: NotService[]): string {
  const counts = new Map<string, number>();
  for (const n of list) counts.set(n.reason, (counts.get(n.reason) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} ${n}`);
  return `Not services: ${list.length} (${parts.join(', ')})`;
}

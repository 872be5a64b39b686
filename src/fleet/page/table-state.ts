import type { FleetService } from '../types.js';

export interface Filters {
  text: string;
  verdict: string;
  owner: string;
  system: string;
  backend: string;
  change: string;
}

export type SortKey =
  | 'repository'
  | 'path'
  | 'kind'
  | 'owner'
  | 'system'
  | 'lifecycle'
  | 'current'
  | 'verdict'
  | 'fitScore'
  | 'node'
  | 'python'
  | 'change';

const VERDICT_ORDER: Record<string, number> = { mismatch: 0, review: 1, unknown: 2, fits: 3 };
const CHANGE_ORDER: Record<string, number> = { 'new-drift': 0, new: 1, changed: 2, fixed: 3 };
const haystacks = new WeakMap<FleetService, string>();

function haystack(s: FleetService): string {
  let text = haystacks.get(s);
  if (text === undefined) {
    text = [s.repository, s.path, s.name, s.owner, s.system, s.lifecycle, s.kind, s.plan, ...s.frameworks]
      .filter(Boolean)
      .join('\n')
      .toLowerCase();
    haystacks.set(s, text);
  }
  return text;
}

export function filterServices(services: FleetService[], f: Filters): FleetService[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  return services.filter(
    (s) =>
      (!f.verdict || s.verdict === f.verdict) &&
      (!f.owner || s.owner === f.owner) &&
      (!f.system || s.system === f.system) &&
      (!f.backend || s.current === f.backend) &&
      (!f.change || s.change?.kind === f.change) &&
      words.every((w) => haystack(s).includes(w)),
  );
}

function value(s: FleetService, key: SortKey): string | number {
  switch (key) {
    case 'verdict':
      return VERDICT_ORDER[s.verdict] ?? 9;
    case 'fitScore':
      return s.fitScore;
    case 'node':
      return s.scores.node;
    case 'python':
      return s.scores.python;
    case 'change':
      return s.change ? (CHANGE_ORDER[s.change.kind] ?? 9) : 9;
    default:
      return s[key] ?? '';
  }
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Sorted by one column, then by repository and path so that equal rows keep one order. */
export function sortServices(services: FleetService[], key: SortKey, dir: 1 | -1): FleetService[] {
  return [...services].sort((a, b) => {
    const x = value(a, key);
    const y = value(b, key);
    const by = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return by * dir || collator.compare(a.repository, b.repository) || collator.compare(a.path, b.path);
  });
}

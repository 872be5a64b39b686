const DAY_MS = 24 * 3600 * 1000;
const UNITS: Record<string, number> = {
  d: DAY_MS,
  day: DAY_MS,
  w: 7 * DAY_MS,
  week: 7 * DAY_MS,
  m: 30 * DAY_MS,
  month: 30 * DAY_MS,
  y: 365 * DAY_MS,
  year: 365 * DAY_MS,
};

/** `90d`, `12w`, `6m`, `1y`, `2 years`... in milliseconds; undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const match = /^\s*(\d+)\s*([a-z]+?)s?\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = UNITS[match[2]!.toLowerCase()];
  const n = Number(match[1]);
  return unit && n > 0 ? n * unit : undefined;
}

/** `--since`: a date (`2026-01-31`, ISO 8601) or a duration back from `now`; undefined when neither. */
export function parseSince(text: string, now: Date): Date | undefined {
  const span = parseDuration(text);
  if (span !== undefined) return new Date(now.getTime() - span);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

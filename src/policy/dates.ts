/** The calendar day of `now` in UTC, `YYYY-MM-DD`: waivers expire by UTC day, whatever the runner's zone. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** A waiver holds through the whole of its expiry day; `YYYY-MM-DD` strings order like the dates they name. */
export function waiverActive(expires: string, today: string): boolean {
  return today <= expires;
}

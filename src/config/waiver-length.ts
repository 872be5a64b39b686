import { ConfigError } from './error.js';
import { formatKeyPath } from './key-path.js';
import type { Config } from './types.js';

/** Config `max-waiver-days` when the file does not set it: a waiver is looked at again within half a year. */
export const DEFAULT_MAX_WAIVER_DAYS = 180;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Refuses a waiver that runs longer than `max-waiver-days` from today (UTC): a waiver to 2099
 * is a switched-off check, not an accepted risk. One line naming the file and the key.
 */
export function checkWaiverLengths(config: Config | undefined, file: string | undefined, now: Date): void {
  const max = config?.maxWaiverDays ?? DEFAULT_MAX_WAIVER_DAYS;
  const today = Date.parse(now.toISOString().slice(0, 10));
  (config?.waivers ?? []).forEach((waiver, i) => {
    const days = (Date.parse(waiver.expires) - today) / DAY_MS;
    if (days > max)
      throw new ConfigError(
        `${file ?? 'config'}: ${formatKeyPath(['waivers', i, 'expires'])}: ${waiver.expires} is more than ${max} days away (max-waiver-days); give a nearer date and renew it when it runs out`,
      );
  });
}

import { DEFAULT_CONFIG_PATH } from '../config/index.js';
import { parseDuration, parseSince } from '../history/duration.js';
import type { Sampling } from '../history/commits.js';
import { HISTORY_FORMATS, type HistoryFormat } from '../report/history.js';
import { oneOf, parseOrThrow, UsageError } from './parse-error.js';

export interface HistoryArgs {
  root: string;
  format: HistoryFormat;
  output?: string;
  config: string;
  configExplicit: boolean;
  since?: Date;
  sampling: Sampling;
  placeAll: boolean;
  help: boolean;
}

export const HISTORY_HELP = `Usage: backend-fit history [path] [options]

Follows each service's verdict, fit and both scores over the current branch's
first-parent commits, read from git objects (nothing is checked out), and names
the commit after which each service now in review or mismatch has been drifting.

Options:
      --since <when>     a date (2026-01-31) or a span back from now (90d, 12w, 6m, 1y);
                         default 1y
      --points <n>       commits to sample, spread evenly in time, HEAD always one (default 12)
      --every <span>     or: one point every span back from HEAD (30d, 2w, 1m)
      --place-all        also pin services that appeared, went away or were renamed, and
                         verdict changes of services not drifting now, to their commit
                         (slower: more commits analysed); by default those are shown
                         between the two points they lie between
  -f, --format <fmt>     text (default), json or markdown (Mermaid charts)
  -o, --output <file>    write the history to a file instead of stdout
  -c, --config <file>    config file, as for a scan (default ${DEFAULT_CONFIG_PATH})
  -h, --help             show this help

A shallow clone sees only the commits it has: fetch the full history first
(actions/checkout with fetch-depth: 0).`;

const HISTORY_OPTIONS = {
  since: { type: 'string' },
  points: { type: 'string' },
  every: { type: 'string' },
  'place-all': { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Arguments after `history`. */
export function parseHistoryArgs(argv: string[], now: Date): HistoryArgs {
  const { values, positionals } = parseOrThrow(argv, HISTORY_OPTIONS, 'history --help');
  if (positionals.length > 1) throw new UsageError(`history: expected one path, got ${positionals.join(' ')}`);
  const format = oneOf('history --format', values.format ?? 'text', HISTORY_FORMATS);
  if (values.points !== undefined && values.every !== undefined)
    throw new UsageError('give --points or --every, not both');
  let sampling: Sampling = { points: 12 };
  if (values.points !== undefined) {
    const n = Number(values.points);
    if (!Number.isInteger(n) || n < 1 || n > 1000)
      throw new UsageError(`--points must be a whole number from 1 to 1000 (got "${values.points}")`);
    sampling = { points: n };
  }
  if (values.every !== undefined) {
    const every = parseDuration(values.every);
    if (every === undefined)
      throw new UsageError(`--every must be a span such as 30d, 2w or 1m (got "${values.every}")`);
    sampling = { every };
  }
  let since: Date | undefined;
  if (values.since !== undefined) {
    since = parseSince(values.since, now);
    if (!since)
      throw new UsageError(`--since must be a date (2026-01-31) or a span (90d, 6m, 1y) (got "${values.since}")`);
  }
  return {
    root: positionals[0] ?? '.',
    format,
    output: values.output,
    config: values.config ?? DEFAULT_CONFIG_PATH,
    configExplicit: values.config !== undefined,
    ...(since ? { since } : {}),
    sampling,
    placeAll: values['place-all'] ?? false,
    help: values.help ?? false,
  };
}

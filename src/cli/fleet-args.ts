import { parseArgs } from 'node:util';
import { UsageError } from './args.js';

export interface FleetArgs {
  sources: string[];
  out: string;
  previous?: string;
  serverUrl?: string;
  quiet: boolean;
  help: boolean;
}

export const FLEET_HELP = `Usage: backend-fit fleet <reports or folders...> [options]

Merges the JSON reports of many repositories (backend-fit --format json, or the action's
report-file) into one page for the organisation. Folders are searched for *.json reports.
A report that is missing, truncated, of another schema version, or a scan recorded as failed
is listed on the page and in the summary; the rest is still built.

Writes DIR/fleet.json (schema/fleet.schema.json), DIR/index.html (one file, no network)
and DIR/summary.md (under the job summary's 1 MiB, drifting services by owner first).

Options:
  -o, --out <dir>         where to write (default: fleet)
      --previous <file>   the last run's fleet.json: what changed since, and each service's trend
      --server-url <url>  links to repositories (default: GITHUB_SERVER_URL, else https://github.com)
  -q, --quiet             no lines on stderr for the reports not used
  -h, --help              show this help

Exit codes: 0 built, 2 usage error or the output could not be written.`;

export function parseFleetArgs(argv: string[]): FleetArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        previous: { type: 'string' },
        'server-url': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`fleet: ${(error as Error).message.split('\n')[0]} (see fleet --help)`);
  }
  const { values, positionals } = parsed;
  for (const name of ['out', 'previous', 'server-url'] as const) {
    if (values[name] === '') throw new UsageError(`fleet: --${name} needs a value`);
  }
  if (!values.help && positionals.length === 0)
    throw new UsageError('fleet: name at least one report or folder of reports (see fleet --help)');
  return {
    sources: positionals,
    out: values.out ?? 'fleet',
    previous: values.previous,
    serverUrl: values['server-url'],
    quiet: values.quiet ?? false,
    help: values.help ?? false,
  };
}

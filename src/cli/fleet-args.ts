import { parseOrThrow, UsageError, type OptionsConfig } from './parse-error.js';
import { repositoryNameProblem } from '../repository.js';

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
  const { values, positionals } = parseCommand('fleet', argv, {
    out: { type: 'string', short: 'o' },
    previous: { type: 'string' },
    'server-url': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!values.help && positionals.length === 0)
    throw new UsageError('fleet: name at least one report or folder of reports (see fleet --help)');
  return {
    sources: positionals,
    out: String(values.out ?? 'fleet'),
    previous: values.previous as string | undefined,
    serverUrl: values['server-url'] as string | undefined,
    quiet: values.quiet === true,
    help: values.help === true,
  };
}

export interface FleetListArgs {
  org: string;
  topics: string[];
  language?: string;
  includeArchived: boolean;
  includeForks: boolean;
  name?: RegExp;
  chunkSize: number;
  output: string;
  help: boolean;
}

export const FLEET_LIST_HELP = `Usage: backend-fit fleet-list --org <org> [options]

Lists the organisation's repositories through the API (GITHUB_API_URL; the token in
BACKEND_FIT_TOKEN, GITHUB_TOKEN or GH_TOKEN needs read access), filters them, and splits
them into chunks for a matrix job each. Inside GitHub Actions it sets the step outputs
chunks (JSON) and count.

Options:
      --org <org>           the organisation
      --topic <topic>       only repositories with this topic (repeat for several: all must be on it)
      --language <lang>     only repositories whose main language is this one
      --include-archived    archived repositories too (default: left out)
      --include-forks       forks too (default: left out)
      --name <regex>        only repositories whose name matches
      --chunk-size <n>      repositories per matrix job (default 10; more when needed to stay within 256 jobs)
  -o, --output <file>       the listing as JSON (default: repositories.json)
  -h, --help                show this help`;

export function parseFleetListArgs(argv: string[]): FleetListArgs {
  const { values } = parseCommand('fleet-list', argv, {
    org: { type: 'string' },
    topic: { type: 'string', multiple: true },
    language: { type: 'string' },
    'include-archived': { type: 'boolean' },
    'include-forks': { type: 'boolean' },
    name: { type: 'string' },
    'chunk-size': { type: 'string' },
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  });
  const help = values.help === true;
  if (!help && !values.org) throw new UsageError('fleet-list: --org is required (see fleet-list --help)');
  const chunkSize = Number(values['chunk-size'] ?? 10);
  if (!Number.isInteger(chunkSize) || chunkSize < 1)
    throw new UsageError(`fleet-list: --chunk-size must be a whole number above 0 (got "${values['chunk-size']}")`);
  let name: RegExp | undefined;
  if (typeof values.name === 'string') {
    try {
      name = new RegExp(values.name);
    } catch {
      throw new UsageError(`fleet-list: --name is not a regular expression: ${values.name}`);
    }
  }
  return {
    org: String(values.org ?? ''),
    topics: (values.topic as string[] | undefined) ?? [],
    language: values.language as string | undefined,
    includeArchived: values['include-archived'] === true,
    includeForks: values['include-forks'] === true,
    name,
    chunkSize,
    output: String(values.output ?? 'repositories.json'),
    help,
  };
}

export interface FleetScanArgs {
  repositories: string[];
  out: string;
  help: boolean;
}

export const FLEET_SCAN_HELP = `Usage: backend-fit fleet-scan <owner/name...> [--out DIR]

Scans each repository's default branch (downloaded through the API as a tarball, no history)
and writes DIR/owner__name.json. A repository that cannot be read or scanned is written as a
failure record that backend-fit fleet lists; the others go on. Exit 0 unless called wrongly.

Options:
  -o, --out <dir>   where the reports go (default: reports)
  -h, --help        show this help`;

export function parseFleetScanArgs(argv: string[]): FleetScanArgs {
  const { values, positionals } = parseCommand('fleet-scan', argv, {
    out: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  });
  const help = values.help === true;
  const bad = positionals.map(repositoryNameProblem).find(Boolean);
  if (bad) throw new UsageError(`fleet-scan: ${bad}`);
  return { repositories: positionals, out: String(values.out ?? 'reports'), help };
}

/** A subcommand's flags: its refusals name it (`fleet-scan: unknown option ...`). */
function parseCommand<T extends OptionsConfig>(command: string, argv: string[], options: T) {
  return parseOrThrow(argv, options, `${command} --help`, `${command}: `);
}

import { FORMATS, type Format } from '../report/index.js';
import type { FailOn } from '../model/report.js';
import { DEFAULT_CONFIG_PATH } from '../config/index.js';
import { GUIDE_PAGE_URL } from '../knowledge/guide.js';
import { oneOf, parseOrThrow, UsageError } from './parse-error.js';
import { repositoryNameProblem } from '../repository.js';

const FAIL_ON: readonly FailOn[] = ['mismatch', 'review', 'never'];

export { UsageError };

export interface CliArgs {
  root: string;
  format: Format;
  output?: string;
  config: string;
  configExplicit: boolean;
  failOn?: FailOn;
  base?: string;
  repository?: string;
  quiet: boolean;
  color?: boolean;
  help: boolean;
  version: boolean;
}

export const HELP = `Usage: backend-fit [path] [options]
       backend-fit history [path] [options]   fit over time (see history --help)
       backend-fit fleet <reports...> [options]   many repositories' reports as one page (see fleet --help)

Scans a repository and tells whether its Node.js or Python backend still fits,
scored on the criteria of the "Node.js vs Python" guide.

Options:
  -f, --format <fmt>     text (default), json, markdown or sarif
  -o, --output <file>    write the report to a file instead of stdout
  -c, --config <file>    config file, relative to path and inside it (links out of the
                         scanned folder are refused); default: ${DEFAULT_CONFIG_PATH}
                         under path, used when present
      --fail-on <when>   mismatch, review or never; exit 1 when it fails. The CLI's default
                         is never (report only); the GitHub Action's default is mismatch
      --base <ref>       also analyse a git ref and report what changed since it
      --repository <owner/name>  record which repository this is (for backend-fit fleet)
  -q, --quiet            no progress, no warnings on stderr
      --color/--no-color force colours on or off (default: on for a terminal, off with NO_COLOR)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 passed, 1 policy failed, 2 usage or config error.

Each "guide L…" in a reason names a sentence of the guide: ${GUIDE_PAGE_URL}`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'fail-on': { type: 'string' },
  base: { type: 'string' },
  repository: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parseOrThrow(argv, OPTIONS);
  if (positionals.length > 1) {
    throw new UsageError(`expected one path, got ${positionals.length}: ${positionals.join(' ')} (see --help)`);
  }
  const format = oneOf('--format', values.format ?? 'text', FORMATS);
  const failOn = values['fail-on'] === undefined ? undefined : oneOf('--fail-on', values['fail-on'], FAIL_ON);
  const badName = values.repository === undefined ? undefined : repositoryNameProblem(values.repository);
  if (badName) throw new UsageError(`--repository: ${badName}`);
  return {
    root: positionals[0] ?? '.',
    format,
    output: values.output,
    config: values.config ?? DEFAULT_CONFIG_PATH,
    configExplicit: values.config !== undefined,
    failOn,
    base: values.base,
    repository: values.repository,
    quiet: values.quiet ?? false,
    color: values['no-color'] ? false : values.color,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

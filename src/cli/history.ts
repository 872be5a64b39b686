import { stat, writeFile } from 'node:fs/promises';
import { GitError } from '../delta/git.js';
import { history, PLACE_ALL_PROBES } from '../history/index.js';
import { renderHistory } from '../report/history.js';
import { loadSettings } from '../settings.js';
import { HISTORY_HELP, parseHistoryArgs } from './history-args.js';
import type { CliIo } from './run.js';

/** `backend-fit history ...`: 0 done, 2 usage, config or git error (one line). Other errors go up to runCli. */
export async function runHistory(
  argv: string[],
  io: Pick<CliIo, 'stdout' | 'stderr'>,
  options: { readWorker?: URL; now?: Date } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const args = parseHistoryArgs(argv, now);
  if (args.help) {
    io.stdout.write(HISTORY_HELP + '\n');
    return 0;
  }
  const fail = (message: string) => {
    io.stderr.write(`backend-fit: ${message}\n`);
    return 2;
  };
  const rootStat = await stat(args.root).catch(() => undefined);
  if (!rootStat?.isDirectory()) return fail(`${args.root}: not a folder (give the path of a repository)`);
  const settings = await loadSettings({
    root: args.root,
    configFile: args.config,
    explicit: args.configExplicit,
    overrides: {},
    defaultFailOn: 'never',
  });
  let result;
  try {
    result = await history({
      root: args.root,
      settings,
      sampling: args.sampling,
      now,
      ...(args.placeAll ? { maxProbes: PLACE_ALL_PROBES } : {}),
      ...(args.since ? { since: args.since } : {}),
      ...(options.readWorker ? { readWorker: options.readWorker } : {}),
    });
  } catch (error) {
    if (error instanceof GitError) return fail(`${args.root}: ${error.message} (history needs a git repository)`);
    throw error;
  }
  const body = renderHistory(result, args.format);
  if (args.output) {
    const written = await writeFile(args.output, body).catch((e: NodeJS.ErrnoException) => e);
    if (written instanceof Error) return fail(`cannot write ${args.output}: ${written.code ?? written.message}`);
  } else io.stdout.write(body);
  return 0;
}

import { stat, writeFile } from 'node:fs/promises';
import { analyze, type AnalyzeOptions } from '../analyze.js';
import { ConfigError } from '../config/index.js';
import { unusableBase } from '../delta/index.js';
import { render } from '../report/index.js';
import { loadSettings } from '../settings.js';
import { VERSION } from '../version.js';
import { HELP, parseCliArgs, UsageError } from './args.js';
import { createProgress } from './progress.js';

export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

/** Runs the CLI and returns the exit code: 0 passed, 1 policy failed, 2 usage or config error. */
export async function runCli(
  argv: string[],
  io: CliIo,
  options: Pick<AnalyzeOptions, 'readWorker'> = {},
): Promise<number> {
  const fail = (message: string, code = 2) => {
    io.stderr.write(`backend-fit: ${message}\n`);
    return code;
  };
  try {
    const args = parseCliArgs(argv);
    if (args.help) {
      io.stdout.write(HELP + '\n');
      return 0;
    }
    if (args.version) {
      io.stdout.write(VERSION + '\n');
      return 0;
    }
    const rootStat = await stat(args.root).catch(() => undefined);
    if (!rootStat?.isDirectory()) return fail(`${args.root}: not a folder (give the path of a repository)`);

    const badBase = args.base === undefined ? undefined : await unusableBase(args.root, args.base);
    if (badBase) return fail(badBase);

    const settings = await loadSettings({
      root: args.root,
      configFile: args.config,
      explicit: args.configExplicit,
      overrides: { failOn: args.failOn },
      defaultFailOn: 'never',
    });
    const progress = createProgress(io.stderr, !args.quiet && io.stderr.isTTY === true);
    const report = await analyze({
      root: args.root,
      settings,
      baseRef: args.base,
      onProgress: (done, total) => progress.update(done, total),
      ...options,
    });
    progress.done();

    const color = args.format === 'text' && !args.output && wantsColor(args.color, io);
    const body = render(report, args.format, { color });
    if (args.output) {
      const written = await writeFile(args.output, body).catch((e: NodeJS.ErrnoException) => e);
      if (written instanceof Error) return fail(`cannot write ${args.output}: ${written.code ?? written.message}`);
    } else io.stdout.write(body);
    if (!args.quiet && args.format !== 'text') {
      for (const w of report.warnings) io.stderr.write(`warning: ${w.file ? `${w.file}: ` : ''}${w.message}\n`);
    }
    return report.policy.failed ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) return fail(error.message);
    const message = error instanceof Error ? error.message : String(error);
    if (io.env.BACKEND_FIT_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return fail(`unexpected error: ${message.split('\n')[0]} (set BACKEND_FIT_DEBUG=1 for details)`);
  }
}

/** --color/--no-color win; then NO_COLOR and FORCE_COLOR (https://no-color.org); then a terminal. */
function wantsColor(flag: boolean | undefined, io: CliIo): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

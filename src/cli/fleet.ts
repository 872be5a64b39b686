import { buildFleet } from '../fleet/index.js';
import type { CliIo } from './run.js';
import { FLEET_HELP, parseFleetArgs } from './fleet-args.js';

/** `backend-fit fleet`: exit 0 when the page was built (reports not used are listed on it), 2 otherwise. */
export async function runFleetCli(argv: string[], io: CliIo): Promise<number> {
  const args = parseFleetArgs(argv);
  if (args.help) {
    io.stdout.write(FLEET_HELP + '\n');
    return 0;
  }
  const serverUrl = args.serverUrl ?? (io.env.GITHUB_SERVER_URL || undefined);
  let built;
  try {
    built = await buildFleet({ sources: args.sources, out: args.out, previous: args.previous, serverUrl });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code && e.path) {
      io.stderr.write(`backend-fit: fleet: cannot write ${e.path}: ${e.code}\n`);
      return 2;
    }
    throw error;
  }
  const { fleet, files } = built;
  if (!args.quiet) for (const p of fleet.problems) io.stderr.write(`warning: ${p.kind}: ${p.message}\n`);
  const { counts } = fleet;
  io.stdout.write(
    `${counts.services} services in ${counts.repositories} repositories` +
      ` (${counts.byVerdict.mismatch} mismatch, ${counts.byVerdict.review} review)` +
      `${fleet.problems.length ? `; ${fleet.problems.length} reports not used` : ''}: ${files.join(', ')}\n`,
  );
  return 0;
}

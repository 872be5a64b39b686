import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { buildFleet } from '../fleet/index.js';
import { listOrganisation, planListing } from '../fleet/organisation.js';
import { scanChunk } from '../fleet/scan-chunk.js';
import { createClient } from '../github/client.js';
import type { CliIo } from './run.js';
import {
  FLEET_HELP,
  FLEET_LIST_HELP,
  FLEET_SCAN_HELP,
  parseFleetArgs,
  parseFleetListArgs,
  parseFleetScanArgs,
} from './fleet-args.js';
import { UsageError } from './args.js';

/** The organisation's commands, each its own first word. */
export const FLEET_COMMANDS: ReadonlySet<string> = new Set(['fleet', 'fleet-list', 'fleet-scan']);

export async function runFleetCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'fleet-list') return fleetList(rest, io);
  if (command === 'fleet-scan') return fleetScan(rest, io);
  return fleet(rest, io);
}

/** `backend-fit fleet`: exit 0 when the page was built (reports not used are listed on it), 2 otherwise. */
async function fleet(argv: string[], io: CliIo): Promise<number> {
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
  // the first run has no previous page: a note, not a problem on the page
  if (built.previousMissing && !args.quiet)
    io.stderr.write(`note: ${args.previous}: no previous fleet.json there (a first run?): nothing compared\n`);
  if (!args.quiet) for (const p of fleet.problems) io.stderr.write(`warning: ${p.kind}: ${p.message}\n`);
  const { counts } = fleet;
  io.stdout.write(
    `${counts.services} services in ${counts.repositories} repositories` +
      ` (${counts.byVerdict.mismatch} mismatch, ${counts.byVerdict.review} review)` +
      `${fleet.problems.length ? `; ${fleet.problems.length} reports not used` : ''}: ${files.join(', ')}\n`,
  );
  return 0;
}

function token(env: NodeJS.ProcessEnv): string {
  const found = env.BACKEND_FIT_TOKEN || env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!found)
    throw new UsageError(
      'no token: set BACKEND_FIT_TOKEN, GITHUB_TOKEN or GH_TOKEN to one that can read the repositories',
    );
  return found;
}

async function fleetList(argv: string[], io: CliIo): Promise<number> {
  const args = parseFleetListArgs(argv);
  if (args.help) {
    io.stdout.write(FLEET_LIST_HELP + '\n');
    return 0;
  }
  const client = createClient(token(io.env), io.env, (m) => io.stderr.write(`${m}\n`));
  let repos;
  try {
    repos = await listOrganisation(client, args.org);
  } catch (error) {
    const e = error as { status?: number; message: string };
    io.stderr.write(
      `backend-fit: fleet-list: cannot list ${args.org}'s repositories: ${e.status ? `the API answered ${e.status}: ` : ''}${e.message.split('\n')[0]}\n`,
    );
    return 2;
  }
  const listing = planListing(repos, args, args.chunkSize);
  await writeFile(args.output, JSON.stringify({ organisation: args.org, ...listing }, null, 2) + '\n');
  if (io.env.GITHUB_OUTPUT)
    await appendFile(
      io.env.GITHUB_OUTPUT,
      `chunks=${JSON.stringify(listing.chunks)}\ncount=${listing.repositories.length}\n`,
    );
  const reasons = new Map<string, number>();
  for (const s of listing.skipped) reasons.set(s.filter, (reasons.get(s.filter) ?? 0) + 1);
  io.stdout.write(
    `${listing.repositories.length} repositories of ${args.org} in ${listing.chunks.length} chunks` +
      `${listing.skipped.length ? `; ${listing.skipped.length} left out (${[...reasons].map(([r, n]) => `${r} ${n}`).join(', ')})` : ''}` +
      `: ${args.output}\n`,
  );
  return 0;
}

async function fleetScan(argv: string[], io: CliIo): Promise<number> {
  const args = parseFleetScanArgs(argv);
  if (args.help) {
    io.stdout.write(FLEET_SCAN_HELP + '\n');
    return 0;
  }
  const client = createClient(token(io.env), io.env, (m) => io.stderr.write(`${m}\n`));
  await mkdir(args.out, { recursive: true });
  const result = await scanChunk(args.repositories, {
    client,
    out: args.out,
    cli: process.argv[1]!,
    env: io.env,
    log: (line) => io.stdout.write(`${line}\n`),
  });
  io.stdout.write(`${result.scanned} scanned, ${result.failed} failed: ${args.out}\n`);
  return 0;
}

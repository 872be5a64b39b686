import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mergeReports } from './merge.js';
import { readReports } from './read.js';
import { renderFleetHtml } from './html.js';
import { renderFleetSummary } from './summary.js';
import type { Fleet, FleetProblem } from './types.js';

export { mergeReports, readReports, renderFleetHtml, renderFleetSummary };
export type { Fleet };

export interface BuildFleetOptions {
  sources: string[];
  out: string;
  previous?: string;
  serverUrl?: string;
  now?: Date;
}

/** Reads the reports, merges them, and writes fleet.json, index.html and summary.md into `out`. */
export async function buildFleet(
  options: BuildFleetOptions,
): Promise<{ fleet: Fleet; files: string[]; previousMissing: boolean }> {
  const problems: FleetProblem[] = [];
  const previous = options.previous ? await readPrevious(options.previous, problems) : undefined;
  // the output folder may sit among the inputs (a second run): its own files are not reports
  const skip = new Set(['fleet.json'].map((f) => path.resolve(options.out, f)));
  if (options.previous) skip.add(path.resolve(options.previous));
  const read = await readReports(options.sources, { skip });
  const fleet = mergeReports(read.loaded, [...problems, ...read.problems], {
    previous,
    serverUrl: options.serverUrl,
    now: options.now,
  });
  await mkdir(options.out, { recursive: true });
  const files = {
    'fleet.json': JSON.stringify(fleet, null, 1) + '\n',
    'index.html': renderFleetHtml(fleet),
    'summary.md': renderFleetSummary(fleet),
  };
  for (const [name, body] of Object.entries(files)) await writeFile(path.join(options.out, name), body);
  return {
    fleet,
    files: Object.keys(files).map((f) => path.join(options.out, f)),
    previousMissing: options.previous !== undefined && previous === undefined && !problems.length,
  };
}

async function readPrevious(file: string, problems: FleetProblem[]): Promise<Fleet | undefined> {
  const fail = (message: string) => {
    problems.push({ source: file, kind: 'invalid', message: `${file} (--previous): ${message}; nothing compared` });
    return undefined;
  };
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // the first run has no previous page: that is not a problem worth a line
    if (code === 'ENOENT') return undefined;
    return fail(code ? `cannot read (${code})` : 'not JSON');
  }
  const fleet = data as Partial<Fleet>;
  if (fleet?.schemaVersion !== 1 || !Array.isArray(fleet.services) || typeof fleet.generatedAt !== 'string')
    return fail('not a fleet.json of this version');
  // services the merge cannot follow (hand-edited, another tool's) are dropped, not trusted
  fleet.services = fleet.services.filter(
    (s) => typeof s?.repository === 'string' && typeof s.path === 'string' && Array.isArray(s.trend),
  );
  return fleet as Fleet;
}

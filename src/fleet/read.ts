import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../model/report.js';
import type { FleetProblem } from './types.js';

/** A history sample as `backend-fit history` writes it: a commit and each service's point there. */
export interface HistorySample {
  commit: { sha?: string; date: string };
  services: Record<string, { verdict: Report['verdict']; fitScore: number }>;
}

/** A report as fleet reads it: the fields it uses, plus what the action or the CLI may add. */
export type FleetInput = Report & {
  history?: { points: HistorySample[] };
};

export interface Loaded {
  source: string;
  report: FleetInput;
}

/** A scan that failed, as `fleet-scan` records it: the repository and one line. */
interface FailureRecord {
  failure: { repository: string; message: string };
}

const SCHEMA_VERSION = 1;

/**
 * Reads the reports named (files, or folders searched for `*.json`), one at a time so that
 * a thousand reports never sit in memory as text together. What cannot be used is a problem,
 * one line each; the rest goes on.
 */
export async function readReports(
  sources: string[],
  options: { skip?: ReadonlySet<string> } = {},
): Promise<{ loaded: Loaded[]; problems: FleetProblem[] }> {
  const loaded: Loaded[] = [];
  const problems: FleetProblem[] = [];
  for (const source of sources) {
    const info = await stat(source).catch(() => undefined);
    if (!info) {
      problems.push({ source, kind: 'missing', message: `${source}: no such file or folder` });
      continue;
    }
    const files = info.isDirectory() ? await jsonFilesUnder(source) : [source];
    for (const file of files) {
      if (options.skip?.has(path.resolve(file))) continue;
      const result = await readOne(file);
      if (result && 'kind' in result) problems.push(result);
      else if (result) loaded.push(result);
    }
  }
  return { loaded, problems };
}

/** A report, a problem, or null for JSON that is not a report (a fleet.json, package metadata). */
async function readOne(file: string): Promise<Loaded | FleetProblem | null> {
  const problem = (kind: FleetProblem['kind'], message: string, repository?: string): FleetProblem => ({
    source: file,
    kind,
    message: `${file}: ${message}`,
    ...(repository ? { repository } : {}),
  });
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return problem('missing', `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const name = nameFromFile(file);
  if (text.trim() === '') return problem('truncated', 'empty file', name);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // a cut-off upload opens an object it never closes; anything else is not JSON
    const trimmed = text.trim();
    return trimmed.startsWith('{') && !trimmed.endsWith('}')
      ? problem('truncated', 'ends before its JSON does (truncated)', name)
      : problem('invalid', 'not JSON', name);
  }
  if (!isObject(data)) return problem('invalid', 'not a backend-fit report', name);
  if (isFailure(data))
    return problem('failed', `scan failed: ${oneLine(data.failure.message)}`, data.failure.repository);
  // other JSON beside the reports (a previous fleet.json, a history file, package metadata) is not a report
  if (!('schemaVersion' in data) || !('verdict' in data)) return null;
  if (data.schemaVersion !== SCHEMA_VERSION)
    return problem(
      'schema',
      `schemaVersion ${String(data.schemaVersion)}; this backend-fit reads ${SCHEMA_VERSION}`,
      name,
    );
  const wrong = shapeProblem(data);
  if (wrong) return problem('invalid', wrong, name);
  return { source: file, report: data as unknown as FleetInput };
}

/** The fields fleet relies on, checked: a report from an older or foreign tool fails here with one line. */
function shapeProblem(data: Record<string, unknown>): string | undefined {
  if (typeof data.verdict !== 'string') return 'no verdict';
  if (!Array.isArray(data.services)) return 'no services list';
  for (const [i, s] of data.services.entries()) {
    if (!isObject(s) || typeof s.path !== 'string' || typeof s.verdict !== 'string' || !isObject(s.scores))
      return `services[${i}] lacks path, verdict or scores`;
  }
  if (!isObject(data.policy)) return 'no policy';
  const repository = data.repository;
  if (repository !== undefined && (!isObject(repository) || typeof repository.name !== 'string'))
    return 'repository.name is not a string';
  return undefined;
}

/** `acme__orders.json` or `acme__orders/report.json` names `acme/orders`: the names fleet-scan writes. */
export function nameFromFile(file: string): string {
  const base = path.basename(file, '.json');
  const stem = base === 'report' ? path.basename(path.dirname(path.resolve(file))) : base;
  return stem.replace('__', '/');
}

async function jsonFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFailure(data: Record<string, unknown>): data is Record<string, unknown> & FailureRecord {
  const f = data.failure;
  return isObject(f) && typeof f.repository === 'string' && typeof f.message === 'string';
}

function oneLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 300);
}

import { parseAllDocuments } from 'yaml';
import { parentOf } from '../../paths.js';
import type { Backend, Evidence, Warning } from '../../model/common.js';
import type { Dependency, Manifest, ManifestKind } from '../../model/facts.js';

export interface ParsedManifest {
  manifest?: Manifest;
  warnings: Warning[];
}

/**
 * What every YAML parse in detect passes: a document's problems reach the user as the caller's
 * one-line warnings, never as a Node process warning on stderr (a compose file from a
 * cookiecutter template, `{{ cookiecutter.project_slug }}:` as a key, made the library print one).
 */
export const QUIET_YAML = { logLevel: 'error' } as const;

/** PEP 503: lowercase, runs of `-`, `_` and `.` become one `-`. */
export function normalizePythonName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/g, '-');
}

/** The folder holding a manifest file. */
export const dirOf = parentOf;

/**
 * Line numbers by offset, built once per file: lockfiles run to megabytes, and a lookup per
 * dependency must not rescan the text.
 */
export class Lines {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  /** 1-based line of an offset. */
  at(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** Line of the first occurrence of `needle` at or after `from`; undefined when absent. */
  find(needle: string, from = 0): number | undefined {
    const i = this.text.indexOf(needle, from);
    return i < 0 ? undefined : this.at(i);
  }
}

export function manifestOf(
  kind: ManifestKind,
  file: string,
  ecosystem: Backend | undefined,
  extra: Partial<Manifest> = {},
): Manifest {
  return { kind, file, dir: dirOf(file), ...(ecosystem ? { ecosystem } : {}), dependencies: [], ...extra };
}

export function dep(
  name: string,
  ecosystem: Backend,
  file: string,
  options: { version?: string; dev?: boolean; line?: number; extras?: readonly string[] | undefined },
): Dependency {
  return {
    name: ecosystem === 'python' ? normalizePythonName(name) : name,
    ecosystem,
    dev: options.dev ?? false,
    file,
    ...(options.version ? { version: options.version } : {}),
    ...(options.extras?.length ? { extras: options.extras } : {}),
    ...(options.line ? { line: options.line } : {}),
  };
}

export function problem(file: string, message: string): ParsedManifest {
  return { warnings: [{ file, message }] };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The message of a parser error, on one line, with its position when the parser gives one. */
export function describeParseError(kind: string, error: unknown): string {
  const e = error as { message?: string; line?: number; column?: number; linePos?: { line: number; col: number }[] };
  const message = (e.message ?? String(error)).split('\n')[0]!.trim();
  const pos = e.linePos?.[0]
    ? ` at line ${e.linePos[0].line}, column ${e.linePos[0].col}`
    : e.line
      ? ` at line ${e.line}${e.column ? `, column ${e.column}` : ''}`
      : '';
  return `invalid ${kind}${pos}: ${message.replace(/ at line \d+, column \d+:?$/, '')}`;
}

/** Evidence for a found value. */
export function evidence(file: string, line: number | undefined, detail: string): Evidence {
  return { file, ...(line ? { line } : {}), detail };
}

/** Dev-only names of files and groups: requirements-dev.txt, [dependency-groups] test... */
export const DEV_WORDS = [
  'dev',
  'develop',
  'development',
  'test',
  'tests',
  'testing',
  'lint',
  'linting',
  'docs',
  'doc',
  'ci',
  'local',
  'typing',
  'types',
  'style',
  'format',
  'check',
  'qa',
  'bench',
  'benchmark',
];

export function isDevWord(name: string): boolean {
  return DEV_WORDS.includes(name.toLowerCase());
}

/** JSON.parse's message with a line and column (Node 20 gives only a position). */
export function jsonError(text: string, error: unknown): string {
  const message = (error as Error).message;
  const pos = /position (\d+)/.exec(message);
  if (!pos) return `invalid JSON: ${message.split('\n')[0]}`;
  const offset = Number(pos[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `invalid JSON at line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '').split('\n')[0]}`;
}

/** A JSON file whose top level must be an object: the object, or the one warning that says why not. */
export function readJsonObject(
  file: string,
  text: string,
  what: string,
): { data: Record<string, unknown> } | { failed: ParsedManifest } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { failed: problem(file, jsonError(text, error)) };
  }
  return isRecord(data) ? { data } : { failed: problem(file, `${what} must hold a JSON object`) };
}

/** A command as evidence quotes it: on one line, cut at `max` characters. */
export function shortCommand(command: string, max = 80): string {
  const line = command.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * Every document of a YAML file, tolerant of the tags deployment files use (CloudFormation's
 * `!Ref`...) and of merge keys; a file that does not parse is one warning naming it.
 */
export function yamlDocuments(file: string, text: string): { docs: unknown[]; failed?: ParsedManifest } {
  try {
    // merge keys: compose files share a service's build with `<<: *django`
    const docs = parseAllDocuments(text, { ...QUIET_YAML, merge: true, customTags: unknownTags });
    const list = Array.isArray(docs) ? docs : [docs];
    const error = list.flatMap((d) => d.errors)[0];
    if (error) return { docs: [], failed: problem(file, describeParseError('YAML', error)) };
    return { docs: list.map((d) => d.toJS({ maxAliasCount: 100 })) };
  } catch (error) {
    return { docs: [], failed: problem(file, describeParseError('YAML', error)) };
  }
}

/** CloudFormation's `!Ref`, `!Sub`... and other tags: kept as plain values, never an error. */
const unknownTags = [
  'Ref',
  'Sub',
  'GetAtt',
  'Join',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'Select',
  'Split',
  'FindInMap',
  'ImportValue',
  'GetAZs',
  'Base64',
  'Cidr',
  'Condition',
  'Transform',
].flatMap((name) =>
  (['scalar', 'seq', 'map'] as const).map(
    (collection) => ({ tag: `!${name}`, collection, resolve: (value: unknown) => value }) as never,
  ),
);

/**
 * A line scanner for the TOML lockfiles uv, Poetry and PDM write: `[[package]]` tables whose
 * keys sit one a line at column 0, with one-line values, or arrays that open at the end of the
 * key's line and close with a `]` alone at column 0. It reads the `name`, `version`,
 * `category`, `groups` and `source` of each package and checks only the shape of every other
 * line, which is what makes it fast on lockfiles of hundreds of kilobytes.
 *
 * Poetry's `[package.source]` tables are read as the package's `source`.
 *
 * It answers only when it is sure to agree with the TOML parser on what it reads: anything
 * unusual (escapes or multi-line strings where it reads, quoted or dotted keys, indented keys,
 * a repeated key or table, a `package` that is not an array of tables, carriage returns, a
 * line of no shape it knows) makes it give up, and the caller parses the file with the TOML
 * parser instead.
 */

/** The keys of a `[[package]]` table that lockfile parsing reads. */
export interface LockPackage {
  name?: string;
  version?: string;
  category?: string;
  groups?: string[];
  source?: Record<string, string>;
}

/** Thrown to give up; caught by `scanTomlLock`. */
class Unusual extends Error {}

const HEADER = /^(\[\[?)([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)(\]\]?)[ \t]*(?:#.*)?$/;
/** A bare key, or a quoted one without escapes (Poetry's `"ruamel.yaml" = ">=0.17"`), and its value. */
const KEY_LINE = /^(?:([A-Za-z0-9_-]+)|"([^"\\]*)"|'([^']*)')[ \t]*=[ \t]*(.*)$/;
/** A basic string without escapes, or a literal string, alone on the rest of the line. */
const SIMPLE_STRING = /^(?:"([^"\\]*)"|'([^']*)')[ \t]*(?:#.*)?$/;
/** Values whose end the scanner can see on their own line, checked for shape only. */
const ONE_LINE_VALUE = [
  /^"(?:[^"\\]|\\.)*"[ \t]*(?:#.*)?$/,
  /^'[^']*'[ \t]*(?:#.*)?$/,
  /^[-+0-9A-Za-z_.:]+[ \t]*(?:#.*)?$/,
  /^\{.*\}$/,
  /^\[.*\]$/,
];
/** An array whose items follow on the next lines. */
const ARRAY_OPENS = /^\[[ \t]*(?:#.*)?$/;
const ARRAY_CLOSES = /^\][ \t]*(?:#.*)?$/;
const READ_KEYS = new Set<keyof LockPackage>(['name', 'version', 'category', 'groups', 'source']);

/** The `[[package]]` tables of a TOML lockfile, as far as `LockPackage` goes; undefined when unsure. */
export function scanTomlLock(text: string): { package: LockPackage[] } | undefined {
  try {
    return { package: scan(text) };
  } catch (error) {
    if (error instanceof Unusual) return undefined;
    throw error;
  }
}

function scan(text: string): LockPackage[] {
  if (text.includes('\r') || text.includes('"""') || text.includes("'''") || text.charCodeAt(0) === 0xfeff)
    throw new Unusual();
  const packages: LockPackage[] = [];
  let current: LockPackage | undefined;
  /** Where key lines go: the current package, its `[package.source]` table (Poetry's), or nowhere read. */
  let target: 'package' | 'source' | 'skip' = 'skip';
  const tables = new Set<string>();
  /** Keys before the first table: no table may take their names. */
  const rootKeys = new Set<string>();
  let atRoot = true;
  let keys = new Set<string>();
  let subTables = new Set<string>();
  let inArray = false;
  for (const line of text.split('\n')) {
    if (inArray) {
      if (ARRAY_CLOSES.test(line)) inArray = false;
      else if (line !== '' && line[0] !== ' ' && line[0] !== '\t') throw new Unusual();
      continue;
    }
    if (/^[ \t]*(?:#.*)?$/.test(line)) continue;
    const header = HEADER.exec(line);
    if (header) {
      const [, open, name, close] = header as unknown as [string, string, string, string];
      const array = open === '[[';
      if (array !== (close === ']]') || rootKeys.has(name.split('.')[0]!)) throw new Unusual();
      atRoot = false;
      keys = new Set();
      target = 'skip';
      if (name === 'package') {
        if (!array) throw new Unusual();
        current = {};
        packages.push(current);
        target = 'package';
        subTables = new Set();
      } else if (name.startsWith('package.')) {
        // a table of the current package (`[package.metadata]`); there must be one
        const key = name.slice('package.'.length);
        if (!current || (!array && !once(subTables, key))) throw new Unusual();
        if (key === 'source' && !array) {
          if (current.source) throw new Unusual();
          current.source = {};
          target = 'source';
        } else if (READ_KEYS.has(key.split('.')[0] as keyof LockPackage)) throw new Unusual();
      } else if (!array && !once(tables, name)) throw new Unusual();
      continue;
    }
    const keyLine = KEY_LINE.exec(line);
    if (!keyLine) throw new Unusual();
    const key = keyLine[1] ?? keyLine[2] ?? keyLine[3]!;
    const value = keyLine[4]!;
    if (!once(keys, key)) throw new Unusual();
    if (atRoot) rootKeys.add(key);
    if (target === 'source') {
      current!.source![key] = simpleString(value);
      continue;
    }
    if (target === 'package' && READ_KEYS.has(key as keyof LockPackage)) {
      // a quoted key is the same key, but not as lockfile tools write it
      if (keyLine[1] === undefined) throw new Unusual();
      read(current!, key as keyof LockPackage, value);
      continue;
    }
    if (ARRAY_OPENS.test(value)) inArray = true;
    else if (!ONE_LINE_VALUE.some((shape) => shape.test(value))) throw new Unusual();
  }
  if (inArray) throw new Unusual();
  return packages;
}

function once(seen: Set<string>, name: string): boolean {
  if (seen.has(name)) return false;
  seen.add(name);
  return true;
}

function read(pkg: LockPackage, key: keyof LockPackage, value: string): void {
  if (key === 'groups') pkg.groups = stringArray(value);
  else if (key === 'source') {
    // written inline before its `[package.source]` table would be a repeated key
    if (pkg.source) throw new Unusual();
    pkg.source = stringTable(value);
  } else pkg[key] = simpleString(value);
}

function simpleString(value: string): string {
  const m = SIMPLE_STRING.exec(value);
  if (!m) throw new Unusual();
  return m[1] ?? m[2]!;
}

/** `["main", "dev"]` on one line. */
function stringArray(value: string): string[] {
  const m = /^\[(.*)\][ \t]*(?:#.*)?$/.exec(value);
  if (!m) throw new Unusual();
  const items = m[1]!.split(',').map((item) => item.trim());
  if (items.at(-1) === '') items.pop();
  return items.map((item) => {
    const s = /^"([^"\\]*)"$|^'([^']*)'$/.exec(item);
    if (!s) throw new Unusual();
    return s[1] ?? s[2]!;
  });
}

/** `{ registry = "https://pypi.org/simple" }`, `{ editable = "." }` on one line: string values only. */
function stringTable(value: string): Record<string, string> {
  const m = /^\{(.*)\}[ \t]*(?:#.*)?$/.exec(value);
  if (!m) throw new Unusual();
  const out: Record<string, string> = {};
  if (m[1]!.trim() === '') return out;
  for (const pair of m[1]!.split(',')) {
    const p = /^[ \t]*([A-Za-z0-9_-]+)[ \t]*=[ \t]*(?:"([^"\\]*)"|'([^']*)')[ \t]*$/.exec(pair);
    if (!p || Object.hasOwn(out, p[1]!)) throw new Unusual();
    out[p[1]!] = p[2] ?? p[3]!;
  }
  return out;
}

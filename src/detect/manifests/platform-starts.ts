import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { PLATFORM_START_FILES, type PlatformStartFile } from '../../knowledge/platform-starts.js';
import type { Manifest } from '../../model/facts.js';
import { resolveInside } from '../../paths.js';
import { describeParseError, dirOf, evidence, isRecord, Lines, QUIET_YAML } from './util.js';

type Process = NonNullable<Manifest['processes']>[number];

/** The platform file's record, when its name is one that names start commands. */
export function platformStartFile(file: string): PlatformStartFile | undefined {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return PLATFORM_START_FILES.find((p) => p.file.test(base));
}

/**
 * The commands a platform file starts, each with the folder it runs in (the file's own, or an
 * entry's `rootDir`), by its record. A file that does not parse gives one warning and none.
 */
export function platformProcesses(
  file: string,
  text: string,
  record: PlatformStartFile,
): { processes: Process[]; warning?: string } {
  let data: unknown;
  try {
    data =
      record.format === 'toml'
        ? parseToml(text)
        : record.format === 'json'
          ? JSON.parse(text)
          : parseYaml(text, QUIET_YAML);
  } catch (error) {
    return { processes: [], warning: describeParseError(record.format.toUpperCase(), error) };
  }
  const lines = new Lines(text);
  const dir = dirOf(file);
  const processes: Process[] = [];
  const add = (name: string, value: unknown, entry?: Record<string, unknown>) => {
    const command = Array.isArray(value) && value.every((w) => typeof w === 'string') ? value.join(' ') : value;
    if (typeof command !== 'string' || command.trim() === '') return;
    if (entry && record.notServing && record.notServing.values.includes(String(entry[record.notServing.key]))) return;
    const root =
      entry && record.rootDir && typeof entry[record.rootDir] === 'string' ? entry[record.rootDir] : undefined;
    // render's rootDir is relative to the repository root, where its blueprint sits
    const runsIn = typeof root === 'string' ? resolveInside(dir, root.replace(/^\.?\//, '')) : dir;
    if (runsIn === undefined) return;
    const first = Array.isArray(value) ? String(value[0]) : command.trim().split('\n')[0]!;
    processes.push({
      ...evidence(file, lines.find(first), `deployed by ${record.platform}: ${name}`),
      name,
      command: command.trim(),
      dir: runsIn,
    });
  };
  for (const path of record.commands) walk(data, path, 'start', undefined, add);
  return { processes };
}

/** Follows a key path through the data; at `*`, into each entry, named by its key or its `name`. */
function walk(
  data: unknown,
  path: readonly string[],
  name: string,
  entry: Record<string, unknown> | undefined,
  found: (name: string, value: unknown, entry?: Record<string, unknown>) => void,
): void {
  if (path.length === 0) {
    found(name, data, entry);
    return;
  }
  const [key, ...rest] = path;
  if (key === '*') {
    const entries: [string, unknown][] = Array.isArray(data)
      ? data.map((e, i) => [isRecord(e) && typeof e.name === 'string' ? e.name : String(i), e])
      : isRecord(data)
        ? Object.entries(data)
        : [];
    for (const [entryName, value] of entries) walk(value, rest, entryName, isRecord(value) ? value : entry, found);
    return;
  }
  if (isRecord(data) && key !== undefined && key in data) walk(data[key], rest, name, entry, found);
}

import { posix } from 'node:path';
import type { ProcessList } from '../../knowledge/process-lists.js';
import { PROCESS_LISTS } from '../../knowledge/process-lists.js';
import { baseName } from '../../paths.js';
import { isRecord, jsonError } from './util.js';

/** The process list a file name is of (pm2's `ecosystem.config.js`), if any. */
export function processListOf(file: string): ProcessList | undefined {
  const name = baseName(file);
  return PROCESS_LISTS.find((l) => l.files.test(name));
}

/** One process of the list: its name and the command line that starts it, from the list's folder. */
export interface ListedProcess {
  name: string;
  command: string;
}

/**
 * The processes a process manager's list starts: from JSON, or from a JavaScript config read
 * without running it (each object literal of the list, its string-valued keys). A value the
 * config computes (`script: path.join(...)`, an environment variable) is no command we can read:
 * that process is left out.
 */
export function listedProcesses(list: ProcessList, file: string, text: string): ListedProcess[] {
  const entries = /\.json$/.test(file) ? jsonEntries(list, text) : scriptEntries(list, text);
  return entries.flatMap((entry, i) => {
    const command = commandOf(list, entry);
    return command === undefined ? [] : [{ name: entry[list.keys.name] ?? `app ${i + 1}`, command }];
  });
}

/** Why a JSON process list cannot be read (a syntax error, with its line and column), if it cannot. */
export function unreadableList(file: string, text: string): string | undefined {
  if (!/\.json$/.test(file)) return undefined;
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return jsonError(text, error);
  }
}

type Entry = Partial<Record<string, string>>;

function jsonEntries(list: ProcessList, text: string): Entry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  const apps = isRecord(parsed) ? parsed[list.list] : parsed;
  if (!Array.isArray(apps)) return [];
  return apps.filter(isRecord).map((app) => {
    const entry: Entry = {};
    for (const key of Object.values(list.keys)) {
      const value = app[key];
      if (typeof value === 'string') entry[key] = value;
      else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) entry[key] = value.join(' ');
    }
    return entry;
  });
}

/** `key: 'value'` (or "value", or a template literal without `${}`), and a list of such strings. */
const STRING = String.raw`'([^'\n]*)'|"([^"\n]*)"|\x60([^\x60$]*)\x60`;

function scriptEntries(list: ProcessList, text: string): Entry[] {
  const code = text.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const start = new RegExp(String.raw`\b${list.list}\s*:\s*\[`).exec(code);
  if (!start) return [];
  const entries: Entry[] = [];
  let depth = 0;
  let from = -1;
  for (let i = start.index + start[0].length; i < code.length; i++) {
    const ch = code[i];
    if (ch === '{' && depth++ === 0) from = i;
    else if (ch === '}' && --depth === 0) entries.push(literalKeys(list, code.slice(from, i + 1)));
    else if (ch === ']' && depth === 0) break;
  }
  return entries;
}

function literalKeys(list: ProcessList, object: string): Entry {
  const entry: Entry = {};
  for (const key of Object.values(list.keys)) {
    const single = new RegExp(String.raw`(?:^|[{,\s])['"]?${key}['"]?\s*:\s*(?:${STRING})`).exec(object);
    if (single) {
      entry[key] = single[1] ?? single[2] ?? single[3];
      continue;
    }
    const listed = new RegExp(String.raw`(?:^|[{,\s])['"]?${key}['"]?\s*:\s*\[([^\]]*)\]`).exec(object);
    if (listed) {
      const words = [...listed[1]!.matchAll(new RegExp(STRING, 'g'))].map((m) => m[1] ?? m[2] ?? m[3]);
      if (words.length > 0) entry[key] = words.join(' ');
    }
  }
  return entry;
}

/** The command line a process runs: its interpreter (named, or by the script's extension) and script, then its arguments. */
function commandOf(list: ProcessList, entry: Entry): string | undefined {
  const { script: scriptKey, args, interpreter, cwd } = list.keys;
  let script = entry[scriptKey]?.trim();
  if (!script) return undefined;
  // a script named from a working folder of the repository (`cwd: './api'`) is that folder's file
  const folder = entry[cwd];
  if (folder && !posix.isAbsolute(folder) && !/\s/.test(script) && !posix.isAbsolute(script))
    script = posix.join(folder, script);
  const named = entry[interpreter];
  const program =
    named && named !== 'none'
      ? named
      : /\s/.test(script)
        ? undefined
        : list.interpreters.find((i) => i.extension.test(script!))?.program;
  return [program, script, entry[args]].filter(Boolean).join(' ');
}

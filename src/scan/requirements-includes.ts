import { posix } from 'node:path';

export interface RequirementsInclude {
  /** The path as written. */
  target: string;
  /** 1-based line of the option (the first line when continued with `\`). */
  line: number;
}

// `-r f`, `-rf`, `-r=f`, `--requirement f`, `--requirement=f`, and the same for `-c`/`--constraint`.
const INCLUDE = /^\s*(?:-[rc]\s*=?\s*|--(?:requirement|constraint)(?:\s*=\s*|\s+))(\S+)/;
const URL = /^[a-z][a-z0-9+.-]*:/i;

/** The files a requirements file pulls in with `-r`/`-c` (URLs left out: they are not in the repository). */
export function requirementsIncludes(text: string): RequirementsInclude[] {
  const includes: RequirementsInclude[] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const first = index;
    let line = lines[index] ?? '';
    // pip joins a line ending in a backslash with the next one before reading options.
    while (line.endsWith('\\') && index + 1 < lines.length) {
      index += 1;
      line = line.slice(0, -1) + (lines[index] ?? '');
    }
    const match = INCLUDE.exec(line.replace(/(^|\s)#.*$/, ''));
    const target = match?.[1]?.replace(/^(['"])(.*)\1$/, '$2');
    if (target && !URL.test(target)) includes.push({ target, line: first + 1 });
  }
  return includes;
}

/**
 * The root-relative path an include names, read from the folder of the file that includes it;
 * undefined when it leaves the root (absolute, or climbing above it with `..`).
 */
export function resolveInclude(includer: string, target: string): string | undefined {
  if (posix.isAbsolute(target)) return undefined;
  const resolved = posix.normalize(posix.join(posix.dirname(includer), target));
  if (resolved === '..' || resolved.startsWith('../') || resolved === '.') return undefined;
  return resolved;
}

import path from 'node:path';

/**
 * A service folder as the report writes it: root-relative, `/`-separated, no `./` prefix, no
 * trailing slash, `.` for the root. Returns undefined for a path that is absolute or leaves the
 * root, which the config must not name.
 */
export function normalizeServicePath(raw: string): string | undefined {
  const slashed = raw.trim().replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) return undefined;
  const normalized = path.posix.normalize(slashed).replace(/\/+$/, '');
  if (normalized === '' || normalized === '.') return '.';
  if (normalized === '..' || normalized.startsWith('../')) return undefined;
  return normalized;
}

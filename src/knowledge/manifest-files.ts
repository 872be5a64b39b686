import { MANIFEST_FORMATS, type ManifestKind } from './manifest-formats.js';

export { isOwnershipKind } from './manifest-formats.js';

/** The manifest kind of a root-relative path, by the formats table's names and paths; first match wins. */
export function manifestKindOf(path: string): ManifestKind | undefined {
  const slash = path.lastIndexOf('/');
  const base = slash < 0 ? path : path.slice(slash + 1);
  for (const format of MANIFEST_FORMATS) {
    const f: { names?: readonly RegExp[]; paths?: readonly RegExp[] } = format;
    if (f.names?.some((r) => r.test(base)) || f.paths?.some((r) => r.test(path))) return format.kind;
  }
  return undefined;
}

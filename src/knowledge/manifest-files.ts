import { MANIFEST_FORMATS, type ManifestKind } from './manifest-formats.js';
import { anyOf } from './matchers.js';

export { isOwnershipKind } from './manifest-formats.js';

/** The manifest kind of a root-relative path, by the formats table's names and paths; first match wins. */
export function manifestKindOf(path: string): ManifestKind | undefined {
  const slash = path.lastIndexOf('/');
  const base = slash < 0 ? path : path.slice(slash + 1);
  if (!ANY_NAME.test(base) && !ANY_PATH.test(path)) return undefined;
  for (const format of MANIFEST_FORMATS) {
    const f = patternsOf(format);
    if (f.names?.some((r) => r.test(base)) || f.paths?.some((r) => r.test(path))) return format.kind;
  }
  return undefined;
}

/**
 * Every name and every path pattern as one case-insensitive alternation: a test that accepts a
 * superset of the manifests, so that the files that are none (nearly all) take one test each.
 */
const ANY_NAME = anyOf(
  MANIFEST_FORMATS.flatMap((f) => patternsOf(f).names ?? []),
  'i',
);
const ANY_PATH = anyOf(
  MANIFEST_FORMATS.flatMap((f) => patternsOf(f).paths ?? []),
  'i',
);

function patternsOf(format: (typeof MANIFEST_FORMATS)[number]): {
  names?: readonly RegExp[];
  paths?: readonly RegExp[];
} {
  return format;
}

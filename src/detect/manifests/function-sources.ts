import { SERVER_KNOWLEDGE } from '../../knowledge/servers/index.js';
import { baseName, resolveInside } from '../../paths.js';
import { isRecord, manifestOf, readJsonObject, type ParsedManifest } from './util.js';

/**
 * A function platform's project file (firebase.json) -> the folders it deploys functions from:
 * `functions.source`, or each codebase's `source` of a `functions` list, the platform's default
 * folder where none is given. A file with no `functions` key deploys no functions and says nothing.
 */
export function parseFunctionSources(file: string, text: string): ParsedManifest {
  const format = SERVER_KNOWLEDGE.functionDeployments.sources.find((s) => s.file === baseName(file));
  if (!format) return { warnings: [] };
  const read = readJsonObject(file, text, baseName(file));
  if ('failed' in read) return read.failed;
  const functions = read.data[format.key];
  if (functions === undefined) return { warnings: [] };
  const entries = Array.isArray(functions) ? functions : [functions];
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
  const dirs = entries.flatMap((entry) => {
    // a key holding the folder itself (WeChat's `cloudfunctionRoot`), or a table or list of entries naming it
    const source =
      typeof entry === 'string'
        ? entry
        : isRecord(entry) && typeof entry[format.option] === 'string'
          ? entry[format.option]
          : format.fallback;
    const resolved = resolveInside(dir, source as string);
    return resolved === undefined ? [] : [resolved];
  });
  return {
    manifest: manifestOf('function-sources', file, undefined, {
      functionSources: { platform: format.record.name, dirs, ...(format.children ? { children: true as const } : {}) },
    }),
    warnings: [],
  };
}

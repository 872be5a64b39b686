import { COMPILERS } from '../../knowledge/compilers.js';
import type { CompilerConfig } from '../../model/facts.js';
import { baseName, resolveInside } from '../../paths.js';
import { stripJsonc } from './node.js';
import { dirOf, isRecord, manifestOf, type ParsedManifest } from './util.js';

/**
 * A compiler's config (tsconfig.json, JSON with comments) -> its output folder, the folder the
 * output mirrors, the configs it extends and the folders its inputs are listed under and left out of, each
 * root-relative. A config that says none of these gives nothing. One that does not parse is no
 * warning: it only helps trace a built file back to its source, and the compiler itself reads
 * looser text than JSON (a config the project builds with is not the analyzer's to fault).
 */
export function parseCompilerConfig(file: string, text: string): ParsedManifest {
  const compiler = COMPILERS.find((c) => c.configFiles.test(baseName(file)));
  if (!compiler) return { warnings: [] };
  let data: unknown;
  try {
    data = JSON.parse(stripJsonc(text));
  } catch {
    return { warnings: [] };
  }
  if (!isRecord(data)) return { warnings: [] };
  const dir = dirOf(file);
  const given = data[compiler.options];
  const options: Record<string, unknown> = isRecord(given) ? given : {};
  const path = (value: unknown) => (typeof value === 'string' && value !== '' ? resolveInside(dir, value) : undefined);
  const outDir = path(options[compiler.outDir]);
  const rootDir = path(options[compiler.rootDir]);
  // `extends` names a file (a relative path, `.json` implied) or a package's config, which is no file of the tree
  const extended = ([] as unknown[]).concat(data[compiler.extends] ?? []).flatMap((e) => {
    if (typeof e !== 'string' || !/^\.{1,2}\//.test(e)) return [];
    const found = resolveInside(dir, /\.json$/i.test(e) ? e : `${e}.json`);
    return found === undefined ? [] : [found];
  });
  // an input glob's folder is its path up to the first segment holding a wildcard (`src/**/*.ts` -> `src`)
  const folders = (key: string, plain = false) => {
    const entries: unknown = data[key];
    if (!Array.isArray(entries)) return undefined;
    return entries.flatMap((entry: unknown) => {
      if (typeof entry !== 'string') return [];
      const segments = entry.split('/');
      const fixed = segments.findIndex((s) => /[*?[{]/.test(s) || /\.\w+$/.test(s));
      if (plain && fixed >= 0) return [];
      const folder = resolveInside(dir, (fixed < 0 ? segments : segments.slice(0, fixed)).join('/'));
      return folder === undefined ? [] : [folder];
    });
  };
  const include = folders(compiler.include);
  // an excluded glob that is no plain folder (`**/*.test.ts`) leaves out files, not a folder: not read
  const exclude = folders(compiler.exclude, true)?.filter((f) => f !== dir);
  const compiles: CompilerConfig = {
    compiler: compiler.id,
    ...(outDir !== undefined ? { outDir } : {}),
    ...(rootDir !== undefined ? { rootDir } : {}),
    ...(extended.length ? { extends: extended } : {}),
    ...(include?.length ? { include } : {}),
    ...(exclude?.length ? { exclude } : {}),
  };
  if (outDir === undefined && rootDir === undefined && !extended.length) return { warnings: [] };
  return { manifest: manifestOf('compiler-config', file, undefined, { compiles }), warnings: [] };
}

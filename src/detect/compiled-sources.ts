import { COMPILERS, type Compiler } from '../knowledge/compilers.js';
import type { CompilerConfig, Manifest } from '../model/facts.js';
import { isInside, parentOf, pathSet, relativeTo } from '../paths.js';

/** A built file's path -> the source file of the tree it was compiled from, or undefined. */
export type SourceOf = (path: string) => string | undefined;

/** What a config sets, with what it inherits from the configs it extends (its own settings win). */
type Settings = Omit<CompilerConfig, 'extends'>;

/** Configs followed up an `extends` chain at most this deep (a loop stops there too). */
const MAX_EXTENDS = 8;

/**
 * The source a compiler wrote a built file from (`dist/worker/index.js` <- `src/worker/index.ts`),
 * by the compiler configs of the tree: a config whose output folder holds the file mirrors its
 * root folder there (its `rootDir`, else the common folder of its inputs, as the compiler takes
 * it), the output's extension written from one of the record's source extensions. A path no
 * config's output holds, or whose source the tree lacks, is none.
 */
export function compiledSources(manifests: readonly Manifest[], paths: readonly string[]): SourceOf {
  const configs = new Map(manifests.flatMap((m) => (m.compiles ? [[m.file, m.compiles] as const] : [])));
  if (configs.size === 0) return () => undefined;
  const files = pathSet(paths);
  const settingsOf = (file: string, depth = 0): Settings | undefined => {
    const own = configs.get(file);
    if (!own) return undefined;
    const { extends: bases = [], ...settings } = own;
    // a later base overrides an earlier one, the config itself overrides them all
    const inherited = depth < MAX_EXTENDS ? bases.map((b) => settingsOf(b, depth + 1)) : [];
    let merged: Settings = { compiler: settings.compiler };
    for (const base of inherited) if (base) merged = { ...merged, ...base };
    return { ...merged, ...settings };
  };
  const outputs = [...configs.keys()].flatMap((file) => {
    const settings = settingsOf(file);
    const compiler = COMPILERS.find((c) => c.id === settings?.compiler);
    if (!settings?.outDir || !compiler) return [];
    return [
      { file, settings: { ...settings, outDir: settings.outDir }, compiler, root: undefined as string | undefined },
    ];
  });
  const memo = new Map<string, string | undefined>();
  return (path) => {
    if (memo.has(path)) return memo.get(path);
    let found: string | undefined;
    for (const output of outputs) {
      const rest = relativeTo(output.settings.outDir, path);
      if (rest === undefined || rest === '.') continue;
      output.root ??=
        output.settings.rootDir ?? inputRoot(output.compiler, output.settings, parentOf(output.file), paths);
      found = sourceIn(output.compiler, output.root, rest, files);
      if (found !== undefined) break;
    }
    memo.set(path, found);
    return found;
  };
}

/** The source under `root` that an output `rest` (relative to the output folder) was written from. */
function sourceIn(compiler: Compiler, root: string, rest: string, files: ReadonlySet<string>): string | undefined {
  const dot = rest.lastIndexOf('.');
  const sources = dot > rest.lastIndexOf('/') ? compiler.sources[rest.slice(dot)] : undefined;
  for (const extension of sources ?? []) {
    const stem = rest.slice(0, dot);
    const file = root === '.' ? `${stem}${extension}` : `${root}/${stem}${extension}`;
    if (files.has(file)) return file;
  }
  return undefined;
}

/**
 * With no `rootDir`, the compiler mirrors the deepest folder holding all its inputs: the source
 * files under the folders the config includes (its own folder when it lists none), outside its
 * output folder, declarations left out.
 */
function inputRoot(
  compiler: Compiler,
  settings: Settings & { outDir: string },
  dir: string,
  paths: readonly string[],
): string {
  const under = settings.include ?? [dir];
  const extensions = new Set(Object.values(compiler.sources).flat());
  let root: string[] | undefined;
  for (const path of paths) {
    const dot = path.lastIndexOf('.');
    if (dot < 0 || !extensions.has(path.slice(dot)) || compiler.notInputs.test(path)) continue;
    if (isInside(path, settings.outDir) || !under.some((d) => isInside(path, d))) continue;
    if (settings.exclude?.some((d) => isInside(path, d))) continue;
    const folder = parentOf(path).split('/');
    if (root === undefined) root = folder[0] === '.' ? [] : folder;
    else {
      let same = 0;
      while (same < root.length && same < folder.length && root[same] === folder[same]) same++;
      root = root.slice(0, same);
    }
    if (root.length === 0) break;
  }
  return root && root.length > 0 ? root.join('/') : dir;
}

/**
 * The folder of the compiler config whose output folder holds `dir` (`dist` of a tsconfig's `outDir:
 * "dist"`): a deploy of the built folder (`--source-path ./dist`) deploys the project compiled into it.
 * None when no config writes there.
 */
export function compilingFolder(manifests: readonly Manifest[], dir: string): string | undefined {
  const config = manifests.find((m) => m.compiles?.outDir !== undefined && isInside(dir, m.compiles.outDir));
  return config && parentOf(config.file);
}

/**
 * Compilers that write a project's runnable files to a folder of their own (`dist/`, `lib/`,
 * `build/`), from source files of the tree: a deployment that runs the output (`node
 * dist/worker/index.js`) runs the source file it was compiled from, and that file's code says
 * what the process serves. The output folder is a build's, absent from the tree; only its
 * compiler's config says where it comes from. One record per compiler; the manifest format's
 * file names and the config reader are derived from these records.
 */
export interface Compiler {
  id: string;
  /** Base names of its config files (`tsconfig.json`, `tsconfig.build.json`). */
  configFiles: RegExp;
  /** The config's object holding the options below (`compilerOptions`). */
  options: string;
  /** The option naming the output folder, relative to the config that sets it. */
  outDir: string;
  /** The option naming the folder the output's layout mirrors; unset, the common folder of the inputs. */
  rootDir: string;
  /** The top-level key naming the config this one extends (its options are inherited, its paths relative to it). */
  extends: string;
  /** The top-level key listing the inputs (paths or globs): where the common folder of the inputs is looked for. */
  include: string;
  /** The top-level key listing what the inputs leave out. */
  exclude: string;
  /** The source extensions each output extension is written from, most likely first. */
  sources: Readonly<Record<string, readonly string[]>>;
  /** Source files that are never compiled to an output (declarations). */
  notInputs: RegExp;
}

export const COMPILERS: readonly Compiler[] = [
  {
    id: 'typescript',
    configFiles: /^tsconfig(?:\.[\w-]+)*\.json$/,
    options: 'compilerOptions',
    outDir: 'outDir',
    rootDir: 'rootDir',
    extends: 'extends',
    include: 'include',
    exclude: 'exclude',
    // `allowJs` copies .js sources through as well
    sources: {
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
      '.cjs': ['.cts', '.cjs'],
    },
    notInputs: /\.d\.[cm]?ts$/,
  },
];

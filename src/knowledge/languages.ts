import type { Backend } from '../model/common.js';
/**
 * Which files count as which language, for the language-bytes share behind the `team-skills`
 * criterion (the article's "learning curve and development speed": a team writes what it knows).
 *
 * Names follow GitHub linguist, and like linguist's default statistics only programming and
 * markup languages count: data and prose (JSON, YAML, TOML, Markdown, plain text, SQL dumps)
 * get no language, so a big fixture file does not pass for code.
 *
 * `reads` marks the files scan opens: `source` for languages we extract imports from (the
 * dependencies actually used, behind the `use-case` and `ecosystem` criteria), `notebook` for
 * Jupyter notebooks (data-science work, `use-case`).
 */
export interface LanguageRule {
  name: string;
  /** Lower-case extensions with the dot. */
  extensions?: readonly string[];
  /** Exact base names, for files known by name rather than extension. */
  filenames?: readonly string[];
  reads?: 'source' | 'notebook';
}

export const LANGUAGES: readonly LanguageRule[] = [
  { name: 'JavaScript', extensions: ['.js', '.mjs', '.cjs', '.jsx'], reads: 'source' },
  { name: 'TypeScript', extensions: ['.ts', '.tsx', '.mts', '.cts'], reads: 'source' },
  // Single-file components hold their imports in a <script> block.
  { name: 'Vue', extensions: ['.vue'], reads: 'source' },
  { name: 'Svelte', extensions: ['.svelte'], reads: 'source' },
  // `.pyi` stubs are left out on purpose: they describe types of other code and add no code of their own.
  { name: 'Python', extensions: ['.py', '.pyw'], reads: 'source' },
  { name: 'Jupyter Notebook', extensions: ['.ipynb'], reads: 'notebook' },
  { name: 'Go', extensions: ['.go'] },
  { name: 'Rust', extensions: ['.rs'] },
  { name: 'Java', extensions: ['.java'] },
  { name: 'Kotlin', extensions: ['.kt', '.kts'] },
  { name: 'Scala', extensions: ['.scala', '.sc'] },
  { name: 'Groovy', extensions: ['.groovy'], filenames: ['Jenkinsfile'] },
  { name: 'Clojure', extensions: ['.clj', '.cljs', '.cljc'] },
  {
    name: 'Ruby',
    extensions: ['.rb', '.rake', '.gemspec'],
    filenames: ['Gemfile', 'Rakefile', 'Vagrantfile', 'Podfile', 'Fastfile'],
  },
  { name: 'PHP', extensions: ['.php', '.phtml'] },
  { name: 'Perl', extensions: ['.pl', '.pm'] },
  { name: 'Elixir', extensions: ['.ex', '.exs'] },
  { name: 'Erlang', extensions: ['.erl', '.hrl'] },
  { name: 'C', extensions: ['.c', '.h'] },
  { name: 'C++', extensions: ['.cpp', '.cc', '.cxx', '.c++', '.hpp', '.hh', '.hxx', '.h++'] },
  { name: 'C#', extensions: ['.cs', '.csx'] },
  { name: 'F#', extensions: ['.fs', '.fsx', '.fsi'] },
  { name: 'Visual Basic .NET', extensions: ['.vb'] },
  { name: 'Objective-C', extensions: ['.m'] },
  { name: 'Objective-C++', extensions: ['.mm'] },
  { name: 'Swift', extensions: ['.swift'] },
  { name: 'Dart', extensions: ['.dart'] },
  { name: 'Lua', extensions: ['.lua'] },
  { name: 'R', extensions: ['.r'] },
  { name: 'Julia', extensions: ['.jl'] },
  { name: 'Haskell', extensions: ['.hs', '.lhs'] },
  { name: 'OCaml', extensions: ['.ml', '.mli'] },
  { name: 'Elm', extensions: ['.elm'] },
  { name: 'Crystal', extensions: ['.cr'] },
  { name: 'Zig', extensions: ['.zig'] },
  { name: 'Nim', extensions: ['.nim'] },
  { name: 'Mojo', extensions: ['.mojo'] },
  { name: 'Solidity', extensions: ['.sol'] },
  { name: 'Fortran', extensions: ['.f90', '.f95', '.f03'] },
  { name: 'Assembly', extensions: ['.asm'] },
  { name: 'Shell', extensions: ['.sh', '.bash', '.zsh', '.ksh'], filenames: ['.bashrc', '.zshrc', '.profile'] },
  { name: 'PowerShell', extensions: ['.ps1', '.psm1'] },
  { name: 'Batchfile', extensions: ['.bat', '.cmd'] },
  { name: 'Makefile', extensions: ['.mk'], filenames: ['Makefile', 'GNUmakefile', 'makefile'] },
  { name: 'CMake', extensions: ['.cmake'], filenames: ['CMakeLists.txt'] },
  { name: 'Dockerfile', extensions: ['.dockerfile'], filenames: ['Dockerfile', 'Containerfile'] },
  { name: 'Starlark', extensions: ['.bzl', '.star'], filenames: ['BUILD', 'BUILD.bazel', 'WORKSPACE'] },
  { name: 'Nix', extensions: ['.nix'] },
  { name: 'HCL', extensions: ['.tf', '.hcl'] },
  { name: 'HTML', extensions: ['.html', '.htm', '.xhtml'] },
  { name: 'CSS', extensions: ['.css'] },
  { name: 'SCSS', extensions: ['.scss'] },
  { name: 'Sass', extensions: ['.sass'] },
  { name: 'Less', extensions: ['.less'] },
  { name: 'Astro', extensions: ['.astro'] },
  { name: 'Handlebars', extensions: ['.hbs', '.handlebars'] },
  { name: 'EJS', extensions: ['.ejs'] },
  { name: 'Pug', extensions: ['.pug'] },
  { name: 'Jinja', extensions: ['.jinja', '.jinja2', '.j2'] },
  { name: 'Twig', extensions: ['.twig'] },
];

const byExtension = new Map<string, LanguageRule>();
const byFilename = new Map<string, LanguageRule>();
for (const rule of LANGUAGES) {
  for (const extension of rule.extensions ?? []) byExtension.set(extension, rule);
  for (const filename of rule.filenames ?? []) byFilename.set(filename, rule);
}

/** The language rule for a root-relative path, or undefined when the file counts for no language. */
export function languageRuleOf(path: string): LanguageRule | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const named = byFilename.get(base);
  if (named) return named;
  const dot = base.lastIndexOf('.');
  // A leading dot makes a hidden file (`.eslintrc`), not an extension.
  if (dot <= 0) return undefined;
  return byExtension.get(base.slice(dot).toLowerCase());
}

export function languageOf(path: string): string | undefined {
  return languageRuleOf(path)?.name;
}

/** Languages a Node.js team writes. */
export const JS_LANGUAGES = new Set<string>(['JavaScript', 'TypeScript', 'Vue', 'Svelte']);
/** Languages a Python team writes (notebooks included). */
export const PYTHON_LANGUAGES = new Set<string>(['Python', 'Jupyter Notebook']);
/** Languages whose files are read for imports: the code whose imports raise signals. */
export const CODE_LANGUAGES = new Set<string>([...JS_LANGUAGES, ...PYTHON_LANGUAGES]);

/** The backend whose team writes a language, if either does. */
export function ecosystemOfLanguage(language: string): Backend | undefined {
  if (JS_LANGUAGES.has(language)) return 'node';
  if (PYTHON_LANGUAGES.has(language)) return 'python';
  return undefined;
}

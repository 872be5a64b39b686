import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { scanTomlLock } from './toml-lines.js';
import type { Dependency, Manifest, ManifestKind } from '../../model/facts.js';
import { describedInManifest } from '../self-descriptions.js';
import {
  dep,
  describeParseError,
  dirOf,
  isDevWord,
  isRecord,
  Lines,
  manifestOf,
  type ParsedManifest,
  problem,
  QUIET_YAML,
  readJsonObject,
} from './util.js';

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/;

/** A PEP 508 requirement (`name[extra] >=1 ; marker`, `name @ url`) -> name, version spec and extras. */
export function parseRequirement(text: string): { name: string; version?: string; extras?: string[] } | undefined {
  const m = NAME.exec(text.trim());
  if (!m) return undefined;
  const rest = m[3]!.split(';')[0]!.trim();
  if (rest && !/^(@|[<>=!~(]|$)/.test(rest)) return undefined;
  const version = rest.startsWith('@') ? rest.slice(1).trim() : rest.replace(/^\(|\)$/g, '').trim();
  const extras = extrasOf(m[2]?.slice(1, -1));
  return { name: m[1]!, ...(version ? { version } : {}), ...(extras ? { extras } : {}) };
}

/** `standard, all` (inside a requirement's brackets) or a TOML table's `extras` list -> the extras, lowercased. */
function extrasOf(value: unknown): string[] | undefined {
  const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  const extras = list
    .filter((e): e is string => typeof e === 'string')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  return extras.length ? extras : undefined;
}

/** Whether a requirements file is for development, from its name (`requirements-dev.txt`, `requirements/test.txt`). */
function devFile(file: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.(txt|in)$/i, '');
  const words = base.split(/[-_.]/).filter((w) => w && !/^(requirements?|reqs?|constraints?)$/i.test(w));
  const folder = /(^|\/)requirements\/[^/]+$/i.test(file) ? [base] : [];
  return [...words, ...folder].some(isDevWord);
}

/** pip requirements files: requirements, markers, extras, URLs, editables, options, `-r`/`-c` includes. */
export function parseRequirements(file: string, text: string): ParsedManifest {
  const dev = devFile(file);
  const dependencies: Dependency[] = [];
  const includes: { file: string; constraint: boolean }[] = [];
  const bad: number[] = [];
  const physical = text.split(/\r?\n/);
  const via = compiledVia(physical);
  for (let i = 0; i < physical.length; i++) {
    const lineNo = i + 1;
    let line = physical[i]!;
    while (line.endsWith('\\') && i + 1 < physical.length) line = line.slice(0, -1) + ' ' + physical[++i];
    line = line.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const include = /^(-r|--requirement|-c|--constraint)(?:\s+|=)(\S+)/.exec(line);
    if (include) {
      if (!/^[a-z]+:\/\//i.test(include[2]!))
        includes.push({
          file: joinPath(dirOf(file), include[2]!),
          constraint: include[1]!.startsWith('-c') || include[1] === '--constraint',
        });
      continue;
    }
    const editable = /^(-e|--editable)(?:\s+|=)(\S+)/.exec(line);
    if (editable) {
      const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(editable[2]!);
      if (egg) dependencies.push(dep(egg[1]!, 'python', file, { dev, line: lineNo, version: editable[2] }));
      continue;
    }
    if (line.startsWith('-')) continue; // --index-url, --hash on its own line, -f, --pre...
    if (/^[a-z+]+:\/\/|^\.{0,2}\//i.test(line)) {
      const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(line);
      if (egg) dependencies.push(dep(egg[1]!, 'python', file, { dev, line: lineNo }));
      continue;
    }
    const requirement = parseRequirement(line.replace(/\s--?[a-z-]+(=\S+|\s+\S+)?/g, ''));
    if (requirement) {
      const d = dep(requirement.name, 'python', file, { ...requirement, dev, line: lineNo });
      dependencies.push(onlyViaPackages(via.get(lineNo)) ? { ...d, transitive: true } : d);
    } else bad.push(lineNo);
  }
  const warnings = bad.length
    ? [
        {
          file,
          message: `${bad.length} line${bad.length > 1 ? 's' : ''} not understood: ${bad.slice(0, 10).join(', ')}`,
        },
      ]
    : [];
  return {
    manifest: manifestOf('requirements', file, 'python', { dependencies, ...(includes.length ? { includes } : {}) }),
    warnings,
  };
}

/**
 * pip-compile and uv write under each package why it is there: `# via fastapi`, or `# via` and
 * one `#   name` line per reason. Per 1-based line of a requirement (its first line when continued
 * with `\\`), the reasons written under it; a file that no tool compiled has none.
 */
function compiledVia(lines: readonly string[]): Map<number, string[]> {
  const via = new Map<number, string[]>();
  let owner: number | undefined; // the requirement the comments below belong to
  let listing = false; // inside a `# via` list
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const comment = /^\s*#\s*(.*?)\s*$/.exec(line);
    if (!comment) {
      const continued = i > 0 && lines[i - 1]!.endsWith('\\');
      if (!continued) owner = line.trim() && !line.trim().startsWith('-') ? i + 1 : undefined;
      listing = false;
      // older pip-compile wrote them on the requirement's line: `django==4.2  # via -r base.in, celery`
      const inline = /\s#\s*via\s+(.+)$/.exec(line);
      if (owner !== undefined && inline) via.set(owner, inline[1]!.split(/,\s*/));
      continue;
    }
    if (owner === undefined) continue;
    const words = comment[1]!;
    const head = /^via\b\s*(.*)$/.exec(words);
    if (head) {
      listing = !head[1];
      if (head[1]) via.set(owner, [...(via.get(owner) ?? []), head[1]]);
    } else if (listing && words) via.set(owner, [...(via.get(owner) ?? []), words]);
  }
  return via;
}

/**
 * A compiled requirement that only other packages pull in: transitive. One that a `-r`/`-c`
 * input or a project file names (`-r requirements.in`, `myapp (pyproject.toml)`) is direct.
 */
function onlyViaPackages(reasons: readonly string[] | undefined): boolean {
  return !!reasons?.length && reasons.every((r) => /^[A-Za-z0-9][\w.-]*(?:\[[\w,.-]+\])?$/.test(r));
}

/** Joins a folder and a relative path with `/`, resolving `.` and `..` (never above the root). */
function joinPath(dir: string, relative: string): string {
  const parts = dir === '.' ? [] : dir.split('/');
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return parts.join('/') || '.';
}

function readToml(
  file: string,
  text: string,
  kind: string,
): { data: Record<string, unknown> } | { failed: ParsedManifest } {
  try {
    return { data: parseToml(text) as Record<string, unknown> };
  } catch (error) {
    return { failed: problem(file, describeParseError(kind, error)) };
  }
}

function table(value: unknown, ...keys: string[]): Record<string, unknown> | undefined {
  let at: unknown = value;
  for (const key of keys) at = isRecord(at) ? at[key] : undefined;
  return isRecord(at) ? at : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Fields that write a distribution's page on a package index, by table: PEP 621 `classifiers` and
 * `urls`, Poetry's `classifiers`, `repository` and `homepage`. A `readme` alone is no sign (every
 * `uv init` writes one).
 */
const PYPROJECT_INDEX_FIELDS: readonly (readonly ['project' | 'poetry', string])[] = [
  ['project', 'classifiers'],
  ['project', 'urls'],
  ['poetry', 'classifiers'],
  ['poetry', 'repository'],
  ['poetry', 'homepage'],
];
/** The same in setup.py's keywords and setup.cfg's `[metadata]`. */
const SETUP_INDEX_FIELD = /^\s*(classifiers|long_description|project_urls)\s*[=:]/m;

/** pyproject.toml: PEP 621, PEP 735 groups, Poetry, PDM, uv. */
export function parsePyproject(file: string, text: string): ParsedManifest | ParsedManifest[] {
  const toml = readToml(file, text, 'TOML');
  if ('failed' in toml) return toml.failed;
  const { data } = toml;
  const lines = new Lines(text);
  const dependencies: Dependency[] = [];
  const seen = new Set<string>();
  const addSpec = (spec: string, dev: boolean) => {
    const r = parseRequirement(spec);
    if (r) add(r.name, r.version, dev, spec, r.extras);
  };
  const add = (name: string, version: string | undefined, dev: boolean, needle = name, extras?: string[]) => {
    const key = `${name.toLowerCase()}\0${dev}`;
    if (name.toLowerCase() === 'python' || seen.has(key)) return;
    seen.add(key);
    dependencies.push(dep(name, 'python', file, { version, extras, dev, line: lines.find(needle) }));
  };
  const project = table(data, 'project');
  for (const spec of strings(project?.dependencies)) addSpec(spec, false);
  for (const [extra, specs] of Object.entries(table(project, 'optional-dependencies') ?? {})) {
    for (const spec of strings(specs)) addSpec(spec, isDevWord(extra));
  }
  // PEP 735: groups are not installed with the package, but an application installs its own
  // (`uv sync --group main`): a group is dev by its name; {include-group = "x"} entries refer to others.
  const groups = table(data, 'dependency-groups') ?? {};
  for (const [group, specs] of Object.entries(groups))
    for (const spec of strings(specs)) addSpec(spec, isDevWord(group));

  const poetry = table(data, 'tool', 'poetry');
  const poetryDeps = (block: Record<string, unknown> | undefined, dev: boolean) => {
    for (const [name, value] of Object.entries(block ?? {})) {
      add(name, tableVersion(value), dev, `${name} =`, isRecord(value) ? extrasOf(value.extras) : undefined);
    }
  };
  poetryDeps(table(poetry, 'dependencies'), false);
  poetryDeps(table(poetry, 'dev-dependencies'), true);
  for (const [group, value] of Object.entries(table(poetry, 'group') ?? {})) {
    const optional = isRecord(value) && value.optional === true;
    poetryDeps(table(value, 'dependencies'), optional || isDevWord(group) || group !== 'main');
  }
  for (const specs of Object.values(table(data, 'tool', 'pdm', 'dev-dependencies') ?? {}))
    for (const spec of strings(specs)) addSpec(spec, true);
  const uv = table(data, 'tool', 'uv');
  for (const spec of strings(uv?.['dev-dependencies'])) addSpec(spec, true);
  const workspaces = strings(table(uv, 'workspace')?.members);
  const name =
    typeof project?.name === 'string' ? project.name : typeof poetry?.name === 'string' ? poetry.name : undefined;
  const scriptTable = table(project, 'scripts') ?? table(poetry, 'scripts');
  const scripts = scriptTable
    ? Object.fromEntries(Object.entries(scriptTable).filter(([, v]) => typeof v === 'string'))
    : undefined;
  const backend = table(data, 'build-system')?.['build-backend'];
  // its description may say it is no deployed backend (a mock server): see detect/self-descriptions
  const description = project?.description ?? poetry?.description;
  const describedAs = describedInManifest(file, description, (words) => new Lines(text).find(words));
  const indexMetadata = PYPROJECT_INDEX_FIELDS.find(([section, field]) => {
    const value = (section === 'project' ? project : poetry)?.[field];
    return (Array.isArray(value) && value.length > 0) || isRecord(value) || (section === 'poetry' && !!value);
  })?.[1];
  const parsed: ParsedManifest = {
    manifest: manifestOf('pyproject', file, 'python', {
      dependencies,
      ...(name ? { name } : {}),
      ...(typeof backend === 'string' ? { buildBackend: backend } : {}),
      ...(indexMetadata ? { indexMetadata } : {}),
      ...(describedAs ? { describedAs } : {}),
      ...(workspaces.length ? { workspaces } : {}),
      ...(scripts ? { scripts: scripts as Record<string, string> } : {}),
    }),
    warnings: [],
  };
  // `[tool.pixi]` is a pixi manifest kept in the pyproject: its tasks are commands, not console scripts
  const pixi = table(data, 'tool', 'pixi');
  return pixi ? [parsed, pixiManifest(file, pixi, lines)] : parsed;
}

/** pixi.toml: `[dependencies]` (conda), `[pypi-dependencies]` and `[tasks]`, and the same under each `[feature.<name>]`. */
export function parsePixi(file: string, text: string): ParsedManifest {
  const toml = readToml(file, text, 'TOML');
  if ('failed' in toml) return toml.failed;
  return pixiManifest(file, toml.data, new Lines(text));
}

/**
 * A pixi manifest's tables (a pixi.toml's root, a pyproject's `[tool.pixi]`). A feature's packages are dev
 * by its name (`test`, `lint`); its tasks are named `<feature>:<task>`, so a test feature's are no entries.
 * A task is a command string, a list of words, or a table whose `cmd` is one; one with no command (only
 * `depends-on`) runs other tasks and is left out.
 */
function pixiManifest(file: string, pixi: Record<string, unknown>, lines: Lines): ParsedManifest {
  const dependencies: Dependency[] = [];
  const scripts: Record<string, string> = {};
  const read = (scope: Record<string, unknown> | undefined, feature?: string) => {
    const dev = feature !== undefined && isDevWord(feature);
    for (const section of ['dependencies', 'pypi-dependencies']) {
      for (const [name, value] of Object.entries(table(scope, section) ?? {})) {
        // the interpreter, and the workspace's own package (`app = { path = ".", editable = true }`)
        if (['python', 'pip'].includes(name.toLowerCase()) || (isRecord(value) && 'path' in value)) continue;
        dependencies.push(tableDependency(name, value, file, dev, lines.find(`${name} =`) ?? lines.find(name)));
      }
    }
    for (const [name, value] of Object.entries(table(scope, 'tasks') ?? {})) {
      const cmd = isRecord(value) ? value.cmd : value;
      const command = typeof cmd === 'string' ? cmd : strings(cmd).join(' ');
      if (command.trim()) scripts[feature ? `${feature}:${name}` : name] = command;
    }
  };
  read(pixi);
  for (const [feature, scope] of Object.entries(table(pixi, 'feature') ?? {}))
    if (isRecord(scope)) read(scope, feature);
  const name = table(pixi, 'workspace')?.name ?? table(pixi, 'project')?.name;
  return {
    manifest: manifestOf('pixi', file, 'python', {
      dependencies,
      ...(typeof name === 'string' ? { name } : {}),
      ...(Object.keys(scripts).length ? { scripts } : {}),
    }),
    warnings: [],
  };
}

/** A TOML package entry's version: `name = "1.2"` or `name = { version = "1.2", ... }`. */
function tableVersion(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return isRecord(value) && typeof value.version === 'string' ? value.version : undefined;
}

/** A dependency of a TOML table of packages (Pipfile's, pixi's): `name = "1.2"` or `name = { version, extras }`. */
function tableDependency(
  name: string,
  value: unknown,
  file: string,
  dev: boolean,
  line: number | undefined,
): Dependency {
  const version = tableVersion(value);
  return dep(name, 'python', file, {
    version: version === '*' ? undefined : version,
    extras: isRecord(value) ? extrasOf(value.extras) : undefined,
    dev,
    line,
  });
}

export function parsePipfile(file: string, text: string): ParsedManifest {
  const toml = readToml(file, text, 'TOML');
  if ('failed' in toml) return toml.failed;
  const { data } = toml;
  const lines = new Lines(text);
  const dependencies: Dependency[] = [];
  for (const [section, dev] of [
    ['packages', false],
    ['dev-packages', true],
  ] as const) {
    for (const [name, value] of Object.entries(table(data, section) ?? {})) {
      dependencies.push(tableDependency(name, value, file, dev, lines.find(`${name} `) ?? lines.find(name)));
    }
  }
  const scripts = table(data, 'scripts');
  return {
    manifest: manifestOf('pipfile', file, 'python', {
      dependencies,
      ...(scripts ? { scripts: scripts as Record<string, string> } : {}),
    }),
    warnings: [],
  };
}

export function parsePipfileLock(file: string, text: string): ParsedManifest {
  const json = readJsonObject(file, text, 'Pipfile.lock');
  if ('failed' in json) return json.failed;
  const { data } = json;
  const dependencies: Dependency[] = [];
  for (const [section, dev] of [
    ['default', false],
    ['develop', true],
  ] as const) {
    for (const [name, value] of Object.entries(table(data, section) ?? {})) {
      const version =
        isRecord(value) && typeof value.version === 'string' ? value.version.replace(/^==/, '') : undefined;
      dependencies.push(dep(name, 'python', file, { version, dev }));
    }
  }
  return { manifest: manifestOf('pipfile-lock', file, 'python', { dependencies, lockfile: true }), warnings: [] };
}

/** uv.lock, poetry.lock and pdm.lock: `[[package]]` tables with name and version. */
export function parseTomlLock(kind: ManifestKind, file: string, text: string): ParsedManifest {
  // the line scanner reads what is needed of a lockfile as its tool wrote it; the parser the rest
  let data: Record<string, unknown> | undefined = scanTomlLock(text);
  if (!data) {
    const toml = readToml(file, text, 'TOML');
    if ('failed' in toml) return toml.failed;
    data = toml.data;
  }
  const dependencies: Dependency[] = [];
  const packages = Array.isArray(data.package) ? (data.package as unknown[]) : [];
  for (const p of packages) {
    if (!isRecord(p) || typeof p.name !== 'string') continue;
    const source = p.source;
    // uv marks the project itself and its workspace members: not dependencies
    if (isRecord(source) && (source.editable === '.' || source.virtual === '.')) continue;
    const groups = strings(p.groups);
    const dev = p.category === 'dev' || (groups.length > 0 && !groups.includes('main') && !groups.includes('default'));
    dependencies.push(
      dep(p.name, 'python', file, { version: typeof p.version === 'string' ? p.version : undefined, dev }),
    );
  }
  return { manifest: manifestOf(kind, file, 'python', { dependencies, lockfile: true }), warnings: [] };
}

/** Python string literals inside a bracketed list starting at `open`; undefined when the list is not literal. */
function literalList(
  text: string,
  open: number,
): { items: { value: string; offset: number }[]; end: number } | undefined {
  const close = open + 1;
  const items: { value: string; offset: number }[] = [];
  let i = close;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s|,/.test(c)) i++;
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
    else if (c === ']') return { items, end: i };
    else if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      const end = text.indexOf(quote, i + quote.length);
      if (end < 0) return undefined;
      items.push({ value: text.slice(i + quote.length, end), offset: i });
      i = end + quote.length;
    } else return undefined;
  }
  return undefined;
}

/** setup.py, read as text (never run): literal install_requires / extras_require / tests_require. */
export function parseSetupPy(file: string, text: string): ParsedManifest {
  // a module that happens to be called setup.py (a route, a setup step) is code, not a manifest
  // (and one that only defines a `setup` function, a CLI's `setup` command, is code too)
  if (!/^(?!\s*(?:async\s+)?def\s).*\bsetup\s*\(/m.test(text)) return { warnings: [] };
  const lines = new Lines(text);
  const dependencies: Dependency[] = [];
  const warnings: ParsedManifest['warnings'] = [];
  const take = (items: { value: string; offset: number }[], dev: boolean) => {
    for (const item of items) {
      const r = parseRequirement(item.value);
      if (r) dependencies.push(dep(r.name, 'python', file, { ...r, dev, line: lines.at(item.offset) }));
    }
  };
  for (const [key, dev] of [
    ['install_requires', false],
    ['tests_require', true],
  ] as const) {
    const m = new RegExp(`\\b${key}\\s*=\\s*`).exec(text);
    if (!m) continue;
    const at = m.index + m[0].length;
    const list = text[at] === '[' ? literalList(text, at) : undefined;
    if (list) take(list.items, dev);
    else
      warnings.push({
        file,
        message: `${key} is computed (line ${lines.at(m.index)}); it cannot be read without running setup.py, which backend-fit never does`,
      });
  }
  const extras = /\bextras_require\s*=\s*\{/.exec(text);
  if (extras) {
    const body = text.slice(extras.index, text.indexOf('}', extras.index) + 1);
    for (const m of body.matchAll(/["']([\w.-]+)["']\s*:\s*\[/g)) {
      const at = extras.index + m.index! + m[0].length - 1;
      const list = literalList(text, at);
      if (list) take(list.items, isDevWord(m[1]!));
    }
  }
  const name = /\bname\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
  // entry_points={"console_scripts": ["acme-api = acme.server:main"]}
  const consoleScripts = /["']console_scripts["']\s*:\s*(?=\[)/.exec(text);
  const scripts = consoleScripts && literalList(text, consoleScripts.index + consoleScripts[0].length);
  const entries = (scripts?.items ?? []).map((item) => consoleScript(item.value)).filter((e) => e !== undefined);
  return {
    manifest: manifestOf('setup-py', file, 'python', {
      dependencies,
      buildBackend: 'setuptools',
      ...indexField(text),
      ...(name ? { name } : {}),
      ...(entries.length ? { scripts: Object.fromEntries(entries) } : {}),
    }),
    warnings,
  };
}

/** setup.py's or setup.cfg's field that writes the distribution's index page, if it has one. */
function indexField(text: string): { indexMetadata?: string } {
  const field = SETUP_INDEX_FIELD.exec(text)?.[1];
  return field ? { indexMetadata: field } : {};
}

/** `acme-api = acme.server:main`, a console script as setup.py and setup.cfg write it -> [name, target]. */
function consoleScript(line: string): [string, string] | undefined {
  const m = /^\s*([\w.-]+)\s*=\s*(\S.*?)\s*$/.exec(line);
  return m ? [m[1]!, m[2]!] : undefined;
}

/** setup.cfg (INI): [options] install_requires, [options.extras_require], [options.entry_points] console_scripts, [metadata] name. */
export function parseSetupCfg(file: string, text: string): ParsedManifest {
  const dependencies: Dependency[] = [];
  let section = '';
  let key = '';
  let name: string | undefined;
  const scripts: [string, string][] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\s[#;].*$/, '');
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      section = header[1]!.trim();
      key = '';
      return;
    }
    const kv = /^([\w.-]+)\s*[=:]\s*(.*)$/.exec(line);
    let value: string;
    if (kv) {
      key = kv[1]!;
      value = kv[2]!;
      if (section === 'metadata' && key === 'name') name = value.trim();
    } else if (/^\s+\S/.test(line)) value = line;
    else return;
    if (section === 'options.entry_points' && key === 'console_scripts') {
      const script = consoleScript(value);
      if (script) scripts.push(script);
      return;
    }
    const dev = section === 'options.extras_require' ? isDevWord(key) : key === 'tests_require';
    const wanted =
      (section === 'options' && (key === 'install_requires' || key === 'tests_require')) ||
      section === 'options.extras_require';
    if (!wanted || !value.trim()) return;
    const r = parseRequirement(value.trim());
    if (r) dependencies.push(dep(r.name, 'python', file, { ...r, dev, line: i + 1 }));
  });
  return {
    manifest: manifestOf('setup-cfg', file, 'python', {
      dependencies,
      buildBackend: 'setuptools',
      ...indexField(text),
      ...(name ? { name } : {}),
      ...(scripts.length ? { scripts: Object.fromEntries(scripts) } : {}),
    }),
    warnings: [],
  };
}

/** conda environment.yml: conda specs (`numpy=1.26`, `conda-forge::pytorch`) and a nested `pip:` list. */
export function parseConda(file: string, text: string): ParsedManifest {
  let data: unknown;
  try {
    data = parseYaml(text, { ...QUIET_YAML, maxAliasCount: 100 });
  } catch (error) {
    return problem(file, describeParseError('YAML', error));
  }
  if (!isRecord(data)) return problem(file, 'environment file must hold a mapping');
  const lines = new Lines(text);
  const dependencies: Dependency[] = [];
  for (const item of Array.isArray(data.dependencies) ? data.dependencies : []) {
    if (typeof item === 'string') {
      const spec = item.includes('::') ? item.slice(item.indexOf('::') + 2) : item;
      const m = /^([A-Za-z0-9][\w.-]*)\s*(.*)$/.exec(spec.trim());
      if (!m || ['python', 'pip'].includes(m[1]!.toLowerCase())) continue;
      dependencies.push(dep(m[1]!, 'python', file, { version: m[2]?.trim() || undefined, line: lines.find(item) }));
    } else if (isRecord(item) && Array.isArray(item.pip)) {
      for (const spec of strings(item.pip)) {
        const r = parseRequirement(spec);
        if (r) dependencies.push(dep(r.name, 'python', file, { ...r, line: lines.find(spec) }));
      }
    }
  }
  return {
    manifest: manifestOf('conda', file, 'python', {
      dependencies,
      ...(typeof data.name === 'string' ? { name: data.name } : {}),
    }),
    warnings: [],
  };
}

export type { Manifest };

import { PYTHON_LANGUAGES } from '../knowledge/languages.js';
import type { Backend, Warning } from '../model/common.js';
import type { CodeFact, Facts, ImportRef, Manifest } from '../model/facts.js';
import type { ScannedFile, ScanResult } from '../model/scan.js';
import { extractCodeFacts } from './code-facts.js';
import { whereProjectsDepend } from './project-depends.js';
import { stackFunctions, stackManifests, type StackFunction } from './function-stacks.js';
import { handlerManifests, handlerStrings, type HandlerString } from './handler-strings.js';
import { extractJsImports } from './imports/javascript.js';
import { extractNotebookImports } from './imports/notebook.js';
import { extractPythonImports } from './imports/python.js';
import { parseManifests, type LockfileEntries } from './manifests/index.js';
import { withFunctionApps } from './manifests/function-app.js';
import { withDefaultScripts } from './default-scripts.js';
import { withComposeExtends } from './compose-extends.js';
import { CODEOWNERS_LOCATIONS } from '../knowledge/catalog.js';
import { isOwnershipKind } from '../knowledge/manifest-files.js';
import { nonRuntimeRole, standsIn } from '../knowledge/service-roles.js';
import { readCatalog } from './catalog.js';
import { parseCodeowners } from './codeowners.js';
import { catalogDecisions, withOwnership } from './ownership.js';
import type { ServerKnowledge } from '../knowledge/servers/derive.js';
import { findServices } from './services.js';
import { readTerraformFile, terraformManifests, type TerraformFile } from './terraform-functions.js';
import { readChartFile, withChartContainers, type ChartFile } from './helm-charts.js';
import { startsNothing } from './idle-entries.js';

export interface DetectOptions {
  /** Service folders declared in config: each becomes a service (`declared: true`), its backend overridden when given. */
  services?: { path: string; backend?: Backend }[];
  /** Folders declared never to be services (config `services.exclude`). */
  excludeServices?: string[];
  /** `owner/name` of the scanned repository, when known: a catalog source-location URL must name it. */
  repository?: string;
  /** The server knowledge to find services with; src/knowledge/servers/ unless a test derives its own. */
  servers?: ServerKnowledge;
  /**
   * What each file gave, kept for the next call over a scan that shares file objects (history's
   * points and probes share every file no diff names), so only changed files are parsed again.
   */
  fileMemo?: WeakMap<ScannedFile, FileFacts>;
}

/** What one file's text gives detect: its manifests, imports and code facts, and warnings. */
export interface FileFacts {
  manifests: Manifest[];
  imports: ImportRef[];
  codeFacts: CodeFact[];
  /** Functions an infrastructure stack in the file deploys, resolved once every path is known. */
  stackFunctions?: StackFunction[];
  /** Strings shaped like function handlers in a platform's infrastructure code (SST), kept for the tree to tell which name a file. */
  handlerStrings?: HandlerString[];
  /** A Terraform file's blocks, traced with its module's other files once every path is known. */
  terraform?: TerraformFile;
  /** A chart's values or template, rendered with the chart's other files once every path is known. */
  chart?: ChartFile;
  /** A source file that can start nothing (empty, or loading no module and holding no serving line). */
  inert?: boolean;
  warnings: Warning[];
}

function hasLanguage(file: ScannedFile): file is ScannedFile & { language: string } {
  return file.language !== undefined && file.language !== '';
}

function factsOfFile(file: ScannedFile & { text: string }, lockfiles?: LockfileEntries): FileFacts {
  const facts: FileFacts = { manifests: [], imports: [], codeFacts: [], warnings: [] };
  const kind = file.role === 'manifest' ? file.manifestKind : undefined;
  if (kind === 'terraform') {
    // a configuration among tests, fixtures or examples deploys an example, as a template there does
    const role = nonRuntimeRole(file.path);
    const read = role && role !== 'scripts' ? { warnings: [] } : readTerraformFile(file.path, file.text);
    if (read.terraform) facts.terraform = read.terraform;
    facts.warnings.push(...read.warnings);
  } else if (kind && !isOwnershipKind(kind)) {
    for (const parsed of parseManifests(kind, file.path, file.text, lockfiles)) {
      if (parsed.manifest) facts.manifests.push(parsed.manifest);
      facts.warnings.push(...parsed.warnings);
    }
    // a chart among tests, fixtures or examples deploys an example (its own `templates/` folder is no such role)
    const chart = kind === 'kubernetes' ? readChartFile(file.path, file.text) : undefined;
    const role = chart ? nonRuntimeRole(`${chart.chart}/Chart.yaml`) : undefined;
    if (chart && !(role && role !== 'scripts')) facts.chart = chart;
  }
  if (file.role === 'notebook') {
    const result = extractNotebookImports(file.text, file.path);
    facts.imports.push(...result.imports);
    facts.warnings.push(...result.warnings);
  } else if (file.role === 'source' || (file.role === 'manifest' && file.language)) {
    const own =
      file.language && PYTHON_LANGUAGES.has(file.language)
        ? extractPythonImports(file.text, file.path)
        : file.role === 'source'
          ? extractJsImports(file.text, file.path)
          : [];
    facts.imports.push(...own);
    facts.codeFacts.push(...extractCodeFacts(file.path, file.text, file.codeLines, own));
    if (file.role === 'source' && own.length === 0) {
      const backend = file.language && PYTHON_LANGUAGES.has(file.language) ? 'python' : 'node';
      if (startsNothing(backend, file.text, facts.codeFacts.length)) facts.inert = true;
    }
    const deployed = stackFunctions(file.path, file.text, file.codeLines, own);
    // a stack among tests, fixtures or examples deploys an example, as a template there does
    const role = deployed.length ? nonRuntimeRole(file.path) : undefined;
    if (deployed.length && !(role && role !== 'scripts')) facts.stackFunctions = deployed;
    const handlers = file.role === 'source' ? handlerStrings(file.path, file.text, file.codeLines) : [];
    const handlersRole = handlers.length ? nonRuntimeRole(file.path) : undefined;
    if (handlers.length && !(handlersRole && handlersRole !== 'scripts')) facts.handlerStrings = handlers;
  }
  return facts;
}

/**
 * Puts what `file` gives detect in `memo` now, so its text can go before the next file is read
 * (history reads thousands of changed blobs per commit); `detect` then takes it from the memo.
 * `lockfiles`: a lockfile's entries kept for its next version, so only changed entries are read.
 */
export function rememberFacts(
  file: ScannedFile & { text: string },
  memo: WeakMap<ScannedFile, FileFacts>,
  lockfiles?: LockfileEntries,
): void {
  if (!memo.has(file)) memo.set(file, factsOfFile(file, lockfiles));
}

/** Scan -> facts: manifests, imports, languages and services. Pure and synchronous. */
export function detect(scan: ScanResult, options: DetectOptions = {}): Facts {
  const manifests: Manifest[] = [];
  const imports: ImportRef[] = [];
  const warnings: Warning[] = [];
  const languages: Record<string, number> = {};
  const sources: Facts['sources'] = [];
  const codeFacts: CodeFact[] = [];
  const stacked: StackFunction[] = [];
  const handlers: HandlerString[] = [];
  const terraform: TerraformFile[] = [];
  const charts: ChartFile[] = [];
  const inert = new Set<string>();
  const ownership: { path: string; kind: 'catalog' | 'codeowners'; text: string }[] = [];
  // One string per package name: a big repository imports the same few hundred packages from every file.
  const names = new Map<string, string>();
  const intern = (text: string): string => {
    const name = names.get(text);
    if (name !== undefined) return name;
    names.set(text, text);
    return text;
  };
  const named = (ref: ImportRef): ImportRef => {
    ref.module = intern(ref.module);
    const subs = ref.submodules;
    if (subs) for (let i = 0; i < subs.length; i++) subs[i] = intern(subs[i]!);
    return ref;
  };
  for (const file of scan.files) {
    if (hasLanguage(file)) {
      languages[file.language] = (languages[file.language] ?? 0) + file.size;
      // the scanned file itself, not a copy: 200,000 copies were megabytes of live heap
      sources.push(file);
    }
    // a file in the memo needs no text: what it gives is kept (history lets such texts go)
    let own = options.fileMemo?.get(file);
    if (!own && file.text === undefined) continue;
    const kind = file.role === 'manifest' ? file.manifestKind : undefined;
    if (kind && isOwnershipKind(kind) && file.text !== undefined)
      ownership.push({ path: file.path, kind, text: file.text });
    if (!own) {
      own = factsOfFile(file as ScannedFile & { text: string });
      options.fileMemo?.set(file, own);
    }
    // most files give nothing of a kind: no spread of an empty list (15,000 files, each evaluation)
    if (own.manifests.length) manifests.push(...own.manifests);
    for (const ref of own.imports) imports.push(named(ref));
    if (own.codeFacts.length) codeFacts.push(...own.codeFacts);
    if (own.stackFunctions) stacked.push(...own.stackFunctions);
    if (own.handlerStrings) handlers.push(...own.handlerStrings);
    if (own.terraform) terraform.push(own.terraform);
    if (own.chart) charts.push(own.chart);
    if (own.inert) inert.add(file.path);
    if (own.warnings.length) warnings.push(...own.warnings);
  }
  const paths = scan.files.map((f) => f.path);
  // functions whose folders only the whole tree tells: a stack's paths, a Terraform module's, a function app's host.json
  const stacks = stackManifests(stacked, paths);
  const modules = terraformManifests(terraform, paths);
  const handled = handlerManifests(handlers, paths);
  const deployed = withFunctionApps(
    withDefaultScripts(
      withComposeExtends(
        withChartContainers(
          [...manifests, ...stacks.manifests, ...modules.manifests, ...handled.manifests],
          charts,
          paths,
        ),
      ),
      paths,
    ),
    paths,
  );
  warnings.push(...stacks.warnings, ...modules.warnings, ...handled.warnings);
  const descriptors = ownership.filter((o) => o.kind === 'catalog');
  // a descriptor among fixtures, tests or examples describes a repository it stands in for, not this one
  const catalog = readCatalog(
    descriptors.filter((d) => !standsIn(d.path)),
    {
      paths,
      descriptors: descriptors.map((d) => d.path),
      ...(options.repository ? { repository: options.repository } : {}),
    },
  );
  const decisions = catalogDecisions(catalog.components);
  // The config is the user's own word for this run: what it declares or excludes holds whatever the catalog says.
  const configured = new Set([...(options.services ?? []).map((s) => s.path), ...(options.excludeServices ?? [])]);
  // a fact that waits on its project's packages is read once every manifest is in
  const projectFacts = whereProjectsDepend(codeFacts, deployed);
  const found = findServices({
    manifests: deployed,
    imports,
    codeFacts: projectFacts,
    paths,
    inertFiles: inert,
    // the resources each configuration declares (tests' and examples' configurations are not read: see factsOfFile)
    resources: terraform.flatMap((t) =>
      t.blocks
        .filter((b) => b.type === 'resource' && b.labels.length >= 2)
        .map((b) => ({ file: t.file, line: b.line, type: b.labels[0]!, name: b.labels[1]! })),
    ),
    declared: [...(options.services ?? []), ...decisions.declared.filter((d) => !configured.has(d.path))],
    excluded: [
      ...(options.excludeServices ?? []).map((path) => ({ path })),
      ...decisions.excluded.filter((e) => !configured.has(e.path)),
    ],
    ...(options.servers ? { knowledge: options.servers } : {}),
  });
  // GitHub applies the first CODEOWNERS it finds, in this order.
  const codeownersFile = CODEOWNERS_LOCATIONS.map((path) =>
    ownership.find((o) => o.kind === 'codeowners' && o.path === path),
  ).find((o) => o !== undefined);
  const codeowners = codeownersFile ? parseCodeowners(codeownersFile.path, codeownersFile.text) : undefined;
  return {
    manifests: deployed,
    projects: found.projects,
    imports,
    languages,
    sources,
    services: withOwnership(found.services, decisions.byPath, codeowners?.codeowners),
    notServices: found.notServices,
    codeFacts: projectFacts,
    warnings: [
      ...warnings,
      ...catalog.warnings,
      ...decisions.warnings,
      ...(codeowners?.warnings ?? []),
      ...found.warnings,
    ],
  };
}

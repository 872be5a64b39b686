import { PROCESS_MODULES } from '../knowledge/plans.js';
import { modulesOf, SIGNAL_RULES } from '../knowledge/signals.js';
import type { Backend, Evidence } from '../model/common.js';
import type { Facts } from '../model/facts.js';
import type { Reach } from '../model/plan.js';
import type { ServiceProfile } from '../model/profile.js';
import { CODE_LANGUAGES, ecosystemOfLanguage } from '../knowledge/languages.js';
import { ownershipOf } from '../profile/ownership.js';

/** A place in the service that uses a library behind a signal. */
export interface Use {
  file: string;
  line?: number;
  signal: string;
  library?: string;
  /** Code that joins an area other drift makes, never makes one (PackageSource.alongside). */
  alongside?: boolean;
}

/** What the plan stage reads about one service; built by `planInputs`, the one place that knows the profile's details. */
export interface PlanInputs {
  /**
   * The service's non-empty code files (its scope), with languages and sizes: what would move.
   * An empty `__init__.py` marks a package, and a Dockerfile, a stylesheet or a template is not
   * code in either backend's language.
   */
  sources: { path: string; language: string; size: number }[];
  /** Code that uses a signal's libraries: imports, notebooks, files the evidence names. */
  uses: Use[];
  /** Runtime dependencies that raise a signal, where they are declared. */
  declared: Use[];
  /** Files the evidence says are reached another way than an import, and from where. */
  reached: Map<string, { reach: Exclude<Reach, 'imports' | 'apart'>; from: Evidence }>;
  /** Imports of process-starting modules in the service's own language. */
  starters: Evidence[];
}

/** `${ecosystem}:${name}` -> signal ids, for dependencies and for imports (module names). */
const BY_PACKAGE = new Map<string, string[]>();
const BY_MODULE = new Map<string, string[]>();
/** `${signal}\0${ecosystem}:${name}` of the packages and modules that only ride along (PackageSource.alongside). */
const ALONGSIDE = new Set<string>();
for (const rule of SIGNAL_RULES) {
  for (const name of rule.packages) push(BY_PACKAGE, `${rule.ecosystem}:${name}`, rule.signal);
  for (const name of modulesOf(rule)) push(BY_MODULE, `${rule.ecosystem}:${name}`, rule.signal);
  if (rule.alongside)
    for (const name of [...rule.packages, ...modulesOf(rule)])
      ALONGSIDE.add(`${rule.signal}\0${rule.ecosystem}:${name}`);
}

/** The use, marked when its library only rides along. */
function use(u: Use, ecosystem: Backend | undefined): Use {
  return u.library && ecosystem && ALONGSIDE.has(`${u.signal}\0${ecosystem}:${u.library}`)
    ? { ...u, alongside: true }
    : u;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list);
}

/**
 * The adapter between the profile and the plan. Scope: the code the service runs (the same
 * ownership the profile scopes signals by), plus any source file a signal's evidence names (e.g.
 * a script the service spawns, whose evidence reads `run by src/predict.js:2`). Uses come from
 * the imports and notebooks in scope and from the evidence's source files; only signals the
 * service carries count, so the plan explains the same signals the score used.
 */
export function planInputs(index: number, service: ServiceProfile, facts: Facts): PlanInputs {
  const ownership = ownershipOf(facts);
  const inScope = (path: string, ecosystem: Backend | undefined) =>
    ownership.servicesOf(path, ecosystem).includes(index);
  const carried = new Set(service.signals.map((s) => s.id));
  const byPath = new Map(facts.sources.map((s) => [s.path, s]));
  const sources = new Map(
    facts.sources.filter((s) => inScope(s.path, ecosystemOfLanguage(s.language))).map((s) => [s.path, s]),
  );
  const uses: Use[] = [];
  const reached: PlanInputs['reached'] = new Map();

  for (const signal of service.signals) {
    for (const e of signal.evidence) {
      const source = byPath.get(e.file);
      if (!source) continue;
      sources.set(source.path, source);
      if (e.via?.reach === 'spawns' && !reached.has(e.file))
        reached.set(e.file, {
          reach: e.via.reach,
          from: { file: e.via.file, line: e.via.line, detail: e.detail, ...(e.module ? { module: e.module } : {}) },
        });
      // a usage line or a count names an example file, not a use of its own: the file items do
      if (e.kind === 'usage' || e.kind === 'more') continue;
      const library = e.module;
      uses.push(
        use(
          { file: e.file, ...(e.line ? { line: e.line } : {}), signal: signal.id, ...(library ? { library } : {}) },
          ecosystemOfLanguage(source.language),
        ),
      );
    }
  }
  for (const i of facts.imports) {
    if (!sources.has(i.file)) continue;
    for (const signal of BY_MODULE.get(`${i.ecosystem}:${i.module}`) ?? [])
      if (carried.has(signal)) uses.push(use({ file: i.file, line: i.line, signal, library: i.module }, i.ecosystem));
  }
  const declared: Use[] = [];
  for (const m of facts.manifests) {
    if (m.lockfile || !inScope(m.file, m.ecosystem)) continue;
    for (const d of m.dependencies) {
      if (d.dev) continue;
      for (const signal of BY_PACKAGE.get(`${d.ecosystem}:${d.name}`) ?? [])
        if (carried.has(signal))
          declared.push(
            use({ file: d.file, ...(d.line ? { line: d.line } : {}), signal, library: d.name }, d.ecosystem),
          );
    }
  }
  const own: Backend = service.current;
  const starters = facts.imports
    .filter((i) => i.ecosystem === own && sources.has(i.file) && PROCESS_MODULES[own].includes(i.module))
    .map((i) => ({ file: i.file, line: i.line, detail: `imports ${i.module}`, module: i.module }));
  const code = [...sources.values()].filter((s) => s.size > 0 && CODE_LANGUAGES.has(s.language));
  return { sources: code, uses, declared, reached, starters };
}

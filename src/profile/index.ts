import type { Backend, Evidence, Via } from '../model/common.js';
import type { Facts, ImportRef, ServiceFacts } from '../model/facts.js';
import type { Component, Profile, ServiceProfile, Signal } from '../model/profile.js';
import { reasonApart } from './apart.js';
import { noEvidence } from './evidence.js';
import { ownershipOf } from './ownership.js';
import { ecosystemOfLanguage } from '../knowledge/languages.js';
import { SERVERS } from '../knowledge/servers/index.js';
import { Scope, unreachable } from './scope.js';
import { parentOf } from '../paths.js';
import { deriveSignals, groupsOfImport, serverWorkOnly, type Contribution } from './signals.js';
import { teamShare, teamSignals } from './team.js';

export { MAX_EVIDENCE, MAX_USAGE_MODULES, mergeEvidence, usageEvidence } from './evidence.js';
export { MAX_IMPORT_EXAMPLES } from './scope.js';
export { centrality, combine, notebookStrength, packageStrength } from './strength.js';

/** Framework evidence items a service's `web-framework` and `django` signals carry. */
export const MAX_FRAMEWORK_EVIDENCE = 3;
/** Components listed in a profile, the ones with the most code first. */
export const MAX_COMPONENTS = 20;

/**
 * Facts -> signals, per service and for the repo. Pure.
 *
 * A service's scope is the code it runs (see ownership.ts): the projects of its backend in its
 * folder, the workspace packages it depends on, and the other language's code it spawns.
 * Tests, fixtures, examples, demos, docs, benchmarks and build scripts are nobody's evidence;
 * code that no service runs is listed as components with their own signals. Signals are
 * derived per scope (see signals.ts). A service's team share is that of the code it runs, so
 * that no folder it does not run moves its scores (team.ts). A service also carries `web-framework` (the framework in use, of
 * its backend) and, for Django, `django`: the article's example of out-of-the-box security.
 */
export function buildProfile(facts: Facts): Profile {
  const ownership = ownershipOf(facts);
  const repo = new Scope();
  // the files that start each service: the code lines its entry evidence cites (a framework's
  // evidence may be any file that imports it, not the one that starts the service); the few
  // entry files are looked up among the sources, not every source among them
  const entryFiles = new Set(facts.services.flatMap((s) => s.entry.map((e) => e.file)));
  const codePaths = new Set<string>();
  for (const source of facts.sources) if (entryFiles.has(source.path)) codePaths.add(source.path);
  const scopes = facts.services.map(
    (s) => new Scope(new Set(s.entry.map((e) => e.file).filter((f) => codePaths.has(f)))),
  );
  const outside = new Map<string, { path: string; backend: Backend; scope: Scope }>();
  const reached = facts.services.map(() => new Map<string, Via>());
  // Where a file's evidence goes, asked once per file: a file's imports come one after another.
  let last: { path: string; ecosystem: Backend | undefined; targets: readonly Scope[] } | undefined;
  /** The scopes a runtime file's evidence goes to, and how each service reaches it (`via`) or starts it. */
  const destinationOf = (path: string, ecosystem: Backend | undefined): Destination => {
    const owners = ownership.runtimeServicesOf(path, ecosystem);
    const targets = [repo];
    const vias: [number, Via][] = [];
    const starts: number[] = [];
    for (const i of owners) {
      targets.push(scopes[i]!);
      const via = ownership.via(i, path, ecosystem);
      if (via) vias.push([i, via]);
      if (ownership.starts(i, path)) starts.push(i);
    }
    if (owners.length === 0 && ecosystem) {
      const dir = ownership.projectOf(path, ecosystem);
      const k = `${ecosystem}:${dir}`;
      let component = outside.get(k);
      if (!component) outside.set(k, (component = { path: dir, backend: ecosystem, scope: new Scope() }));
      targets.push(component.scope);
    }
    return { targets, vias, starts };
  };
  // A file no service reaches by its own path goes where its folder's files go: asked once per folder.
  const byFolder: Record<Backend | 'none', Map<string, Destination>> = {
    node: new Map(),
    python: new Map(),
    none: new Map(),
  };
  const targetsOf = (path: string, ecosystem: Backend | undefined): readonly Scope[] | undefined => {
    if (ownership.isNonRuntime(path)) return undefined;
    let destination: Destination | undefined;
    if (ownership.reachesFile(path)) destination = destinationOf(path, ecosystem);
    else {
      const folders = byFolder[ecosystem ?? 'none'];
      const folder = parentOf(path);
      destination = folders.get(folder);
      if (!destination) folders.set(folder, (destination = destinationOf(path, ecosystem)));
    }
    for (const [i, via] of destination.vias) reached[i]!.set(path, via);
    for (const i of destination.starts) scopes[i]!.markEntry(path);
    return destination.targets;
  };
  // no closure per import: 400,000 imports at 200,000 files
  const targetsFor = (path: string, ecosystem: Backend | undefined): readonly Scope[] => {
    if (last?.path !== path || last.ecosystem !== ecosystem)
      last = { path, ecosystem, targets: targetsOf(path, ecosystem) ?? [] };
    return last.targets;
  };
  for (const m of facts.manifests) for (const scope of targetsFor(m.file, m.ecosystem)) scope.addManifest(m);
  // files that run in the browser: their imports of a server's work are a page's (see PackageSource.serverWork)
  const browser = new Set(facts.codeFacts.flatMap((f) => (f.kind === 'browser' ? [f.file] : [])));
  const addImport = (i: ImportRef) => {
    const groups = groupsOfImport(i.ecosystem, i.module);
    if (groups.length === 0) return;
    const targets = targetsFor(i.file, i.ecosystem);
    const inBrowser = browser.has(i.file);
    for (const group of groups)
      for (const scope of targets)
        if (inBrowser && serverWorkOnly(group)) scope.addBrowserImport(group);
        else scope.addImport(group, i.module, i.file, i.line);
  };
  // Detect lists imports and sources in the same file order: a file's imports are taken with
  // the file, so that where its evidence goes is asked once. Any out of that order come last.
  let next = 0;
  for (const f of facts.sources) {
    for (; next < facts.imports.length && facts.imports[next]!.file === f.path; next++) addImport(facts.imports[next]!);
    for (const scope of targetsFor(f.path, ecosystemOfLanguage(f.language)))
      scope.addSource(f.path, f.language, f.size);
  }
  for (; next < facts.imports.length; next++) addImport(facts.imports[next]!);
  for (const fact of facts.codeFacts) {
    switch (fact.kind) {
      case 'handler':
      case 'route':
        for (const scope of targetsFor(fact.file, fact.ecosystem)) scope.addHandler(fact);
        break;
      // the services' evidence and the reach of spawned code (detect, ownership.ts)
      case 'server':
      case 'start':
      case 'server-start':
      case 'app-object':
      case 'spawn':
      case 'static-export':
      case 'script':
      case 'browser':
      case 'build-host':
        break;
      default:
        unreachable(fact.kind);
    }
  }

  const repoShare = teamShare(repo);
  const repoSignals = deriveSignals(repo, teamSignals(repoShare, '.', 'repo'));
  const services: ServiceProfile[] = facts.services.map((service, i) => {
    const scope = scopes[i]!;
    const context = { ...teamSignals(teamShare(scope), service.path), ...frameworkSignals(service) };
    const signals = deriveSignals(scope, context, service.current);
    return {
      path: service.path,
      current: service.current,
      kind: service.kind,
      frameworks: service.frameworks,
      languages: scope.languages,
      signals: citeReach(signals, reached[i]!),
      ...(service.catalog ? { catalog: service.catalog } : {}),
    };
  });
  return {
    signals: repoSignals,
    services,
    components: components([...outside.values()], facts),
    languages: facts.languages,
  };
}

/** Evidence from code a service reaches outside its folder says how (`run by src/predict.js:12`), in words and typed. */
function citeReach(signals: Signal[], reached: Map<string, Via>): Signal[] {
  if (reached.size === 0) return signals;
  return signals.map((s) => ({
    ...s,
    evidence: s.evidence.map((e) => {
      const via = reached.get(e.file);
      return via && !e.via ? { ...e, detail: `${e.detail} (${viaWords(via)})`, via } : e;
    }),
  }));
}

function viaWords(via: Via): string {
  return via.reach === 'spawns'
    ? `run by ${via.file}:${via.line}`
    : `workspace package ${via.package}, used by ${via.usedBy}`;
}

function components(list: { path: string; backend: Backend; scope: Scope }[], facts: Facts): Component[] {
  return list
    .filter((c) => c.scope.codeFiles > 0)
    .map((c) => ({
      path: c.path,
      backend: c.backend,
      files: c.scope.codeFiles,
      signals: deriveSignals(c.scope)
        .filter((s) => !s.id.startsWith('team-'))
        .map((s) => ({ id: s.id, strength: s.strength })),
      ...reasonApart(c.path, c.backend, facts),
    }))
    .sort((a, b) => b.files - a.files || (a.path < b.path ? -1 : 1))
    .slice(0, MAX_COMPONENTS);
}

/** Where one file's evidence goes: the scopes, the services that reach it from outside (and how), those that start it. */
interface Destination {
  targets: readonly Scope[];
  vias: [number, Via][];
  starts: number[];
}

function frameworkSignals(service: ServiceFacts): Record<string, Contribution[]> {
  const out: Record<string, Contribution[]> = {};
  const declared = (pick: (e: Evidence) => boolean, fallback: string) => {
    const found = service.evidence.filter(pick).slice(0, MAX_FRAMEWORK_EVIDENCE);
    return { ...noEvidence(), declared: found.length ? found : [{ file: service.path, detail: fallback }] };
  };
  if (service.frameworks.length > 0) {
    out['web-framework'] = [
      { ecosystem: service.current, strength: 1, evidence: declared(() => true, service.frameworks.join(', ')) },
    ];
  }
  // signals a framework raises by itself (Django's built-in security), from its record
  for (const record of SERVERS) {
    if (!record.signals || !service.frameworks.includes(record.name)) continue;
    for (const id of record.signals)
      (out[id] ??= []).push({
        ecosystem: service.current,
        strength: 1,
        evidence: declared((e) => e.technology === record.name, record.name),
      });
  }
  return out;
}

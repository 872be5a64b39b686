import { nonRuntimeRole } from '../knowledge/service-roles.js';
import type { Backend, Via } from '../model/common.js';
import type { CodeFact, Facts, Project } from '../model/facts.js';
import { isInside, parentOf } from '../paths.js';

/** A project of one language: its folder and ecosystem (`.` stands for code with no manifest above it). */
type ProjectKey = `${Backend}:${string}`;

const key = (backend: Backend, dir: string): ProjectKey => `${backend}:${dir}`;

/**
 * Who runs which code. A file belongs to the nearest project of its language above it; a
 * project belongs to the nearest service of the same backend that encloses it, or else to the one
 * service below it that it lends its manifests to. A service also
 * runs the workspace packages it depends on (and theirs), and the code of the other language
 * that it spawns (`spawn('python3', ['ml/predict.py'])`), with the project that code belongs to.
 * Tests, fixtures, examples, demos, docs, benchmarks and build scripts belong to nobody.
 */
export class Ownership {
  private readonly dirs: Record<Backend, Set<string>> = { node: new Set(), python: new Set() };
  private readonly owner = new Map<ProjectKey, number>();
  /** Projects and single files reached from outside their own service, with who reaches them and how. */
  private readonly reachedProjects = new Map<ProjectKey, Map<number, Via>>();
  private readonly reachedFiles = new Map<string, Map<number, Via>>();
  /** Per ecosystem, folder -> its project (two levels: no key string built per question). */
  private readonly projectCache: Record<Backend, Map<string, string>> = { node: new Map(), python: new Map() };
  private readonly folderCache = new Map<string, number[]>();
  /** Per service, the services of its folder and backend (itself, and a worker run from the web process's code). */
  private readonly twins: number[][];
  private readonly projectServicesCache: Record<Backend, Map<string, number[]>> = {
    node: new Map(),
    python: new Map(),
  };

  constructor(private readonly facts: Pick<Facts, 'projects' | 'services' | 'codeFacts' | 'sources'>) {
    const byFolder = new Map<ProjectKey, number[]>();
    facts.services.forEach((s, i) =>
      byFolder.set(key(s.current, s.path), [...(byFolder.get(key(s.current, s.path)) ?? []), i]),
    );
    this.twins = facts.services.map((s) => byFolder.get(key(s.current, s.path))!);
    for (const p of facts.projects) this.dirs[p.backend].add(p.dir);
    for (const p of facts.projects) {
      const service = this.enclosingService(p.dir, p.backend);
      if (service !== undefined) this.owner.set(key(p.backend, p.dir), service);
    }
    // a service found from code with no manifest of its own (`server/main.py`, or `apps/core` under a
    // root manifest that nothing runs) owns its folder's code, as a project would
    facts.services.forEach((s, i) => {
      if (s.declared || this.dirs[s.current].has(s.path)) return;
      this.dirs[s.current].add(s.path);
      this.owner.set(key(s.current, s.path), i);
    });
    // a project that lends its manifests to the one service below it (a Django site run from manage.py's
    // folder under the project's pyproject) belongs to that service: its lockfile and manifests are the service's
    for (const p of facts.projects) {
      if (this.owner.has(key(p.backend, p.dir))) continue;
      const lentTo = facts.services.flatMap((s, i) =>
        s.current === p.backend && isInside(s.path, p.dir) && s.manifests.some((m) => p.manifests.includes(m))
          ? [i]
          : [],
      );
      if (new Set(lentTo.map((i) => facts.services[i]!.path)).size === 1)
        this.owner.set(key(p.backend, p.dir), lentTo[0]!);
    }
    // code of a language with no manifest above it belongs to the root project of that language
    for (const backend of ['node', 'python'] as const) {
      const root = this.enclosingService('.', backend);
      if (root !== undefined && !this.owner.has(key(backend, '.'))) this.owner.set(key(backend, '.'), root);
    }
    this.addWorkspaceReach();
    this.addSpawnReach();
  }

  /** The services that run a file (or manifest) of this ecosystem; [] for tests, docs and code no service runs. */
  servicesOf(path: string, ecosystem: Backend | undefined): readonly number[] {
    return this.isNonRuntime(path) ? [] : this.runtimeServicesOf(path, ecosystem);
  }

  /** servicesOf, for a path already known not to be a test's, a doc's or a build script's. */
  runtimeServicesOf(path: string, ecosystem: Backend | undefined): readonly number[] {
    if (!ecosystem) return this.enclosingAny(path);
    const ofProject = this.servicesOfProject(ecosystem, this.projectOf(path, ecosystem));
    const byFile = this.reachedFiles.get(path);
    if (!byFile) return ofProject;
    const out = [...ofProject];
    for (const i of byFile.keys()) if (!out.includes(i)) out.push(i);
    return out;
  }

  /** The services that run a project: its owner, then those that reach it (asked once per project). */
  private servicesOfProject(ecosystem: Backend, dir: string): readonly number[] {
    const cache = this.projectServicesCache[ecosystem];
    let out = cache.get(dir);
    if (out) return out;
    const project = key(ecosystem, dir);
    const own = this.owner.get(project);
    // the web process and the worker of one folder run the same code
    out = own === undefined ? [] : [...this.twins[own]!];
    for (const i of this.reachedProjects.get(project)?.keys() ?? []) if (!out.includes(i)) out.push(i);
    cache.set(dir, out);
    return out;
  }

  /** Tests, fixtures, examples, demos, docs, benchmarks, build scripts: nobody's evidence. */
  isNonRuntime(path: string): boolean {
    return nonRuntimeRole(path) !== undefined;
  }

  /**
   * Whether a service reaches this very file (a script it spawns outside every project of its
   * language). Every other file's services, reach and project follow from its folder alone.
   */
  reachesFile(path: string): boolean {
    return this.reachedFiles.has(path);
  }

  /** Whether the service starts this very file as a process (a script it spawns). */
  starts(service: number, path: string): boolean {
    return this.reachedFiles.get(path)?.has(service) ?? false;
  }

  /** How a service reaches a file it runs outside its own projects (`run by src/predict.js:12`). */
  via(service: number, path: string, ecosystem: Backend | undefined): Via | undefined {
    if (!ecosystem) return undefined;
    return (
      this.reachedFiles.get(path)?.get(service) ??
      this.reachedProjects.get(key(ecosystem, this.projectOf(path, ecosystem)))?.get(service)
    );
  }

  /** The project folder a file of this ecosystem belongs to. */
  projectOf(path: string, ecosystem: Backend): string {
    const folder = parentOf(path);
    const cache = this.projectCache[ecosystem];
    const cached = cache.get(folder);
    if (cached !== undefined) return cached;
    let dir = folder;
    while (!this.dirs[ecosystem].has(dir) && dir !== '.') dir = parentOf(dir);
    cache.set(folder, dir);
    return dir;
  }

  /** The nearest service of `backend` whose folder encloses `dir`. */
  private enclosingService(dir: string, backend: Backend): number | undefined {
    let best: number | undefined;
    this.facts.services.forEach((s, i) => {
      if (s.current !== backend || !encloses(s.path, dir)) return;
      if (best === undefined || s.path.length > this.facts.services[best]!.path.length) best = i;
    });
    return best;
  }

  /** For files of no language (Dockerfiles, configs): the services of the nearest enclosing service folder, of either backend. */
  private enclosingAny(path: string): number[] {
    return this.servicesAtOrAbove(parentOf(path));
  }

  private servicesAtOrAbove(folder: string): number[] {
    const cached = this.folderCache.get(folder);
    if (cached) return cached;
    const here = this.facts.services.flatMap((s, i) => (s.path === folder ? [i] : []));
    const found = here.length > 0 || folder === '.' ? here : this.servicesAtOrAbove(parentOf(folder));
    this.folderCache.set(folder, found);
    return found;
  }

  private reach(project: ProjectKey | undefined, file: string | undefined, service: number, via: Via): void {
    const [map, k] = project ? [this.reachedProjects, project] : [this.reachedFiles, file!];
    let by = map.get(k);
    if (!by) map.set(k, (by = new Map()));
    for (const twin of this.twins[service]!) if (!by.has(twin)) by.set(twin, via);
  }

  /** Each service runs the workspace packages its projects depend on, and theirs. */
  private addWorkspaceReach(): void {
    const byName = new Map<string, Project>();
    for (const p of this.facts.projects) if (p.name) byName.set(`${p.backend}:${p.name}`, p);
    const ownProjects = new Map<number, Project[]>();
    for (const p of this.facts.projects) {
      const index = this.owner.get(key(p.backend, p.dir));
      if (index === undefined) continue;
      const own = ownProjects.get(index);
      if (own) own.push(p);
      else ownProjects.set(index, [p]);
    }
    this.facts.services.forEach((_, index) => {
      const owns = (p: Project) => this.owner.get(key(p.backend, p.dir)) === index;
      const queue = [...(ownProjects.get(index) ?? [])];
      const seen = new Set(queue.map((p) => key(p.backend, p.dir)));
      while (queue.length > 0) {
        const p = queue.shift()!;
        for (const name of p.dependencies) {
          const dep = byName.get(`${p.backend}:${name}`);
          if (!dep || seen.has(key(dep.backend, dep.dir)) || this.isNonRuntime(`${dep.dir}/x`)) continue;
          seen.add(key(dep.backend, dep.dir));
          if (!owns(dep))
            this.reach(key(dep.backend, dep.dir), undefined, index, { reach: 'imports', package: name, usedBy: p.dir });
          queue.push(dep);
        }
      }
    });
  }

  /** A service runs the other language's code that its own code spawns, with the project it belongs to. */
  private addSpawnReach(): void {
    const spawns = this.facts.codeFacts.filter((f) => f.kind === 'spawn' && !this.isNonRuntime(f.file));
    if (spawns.length === 0) return;
    const scripts = new Map<string, CodeFact[]>();
    for (const f of this.facts.codeFacts)
      if (f.kind === 'script') scripts.set(f.file, [...(scripts.get(f.file) ?? []), f]);
    const paths = new Set(this.facts.sources.map((s) => s.path));
    for (const spawn of spawns) {
      const index = this.owner.get(key(spawn.ecosystem, this.projectOf(spawn.file, spawn.ecosystem)));
      if (index === undefined) continue;
      const service = this.facts.services[index]!;
      const other: Backend = spawn.ecosystem === 'node' ? 'python' : 'node';
      const via: Via = { reach: 'spawns', file: spawn.file, line: spawn.line };
      for (const script of scripts.get(spawn.file) ?? []) {
        for (const target of resolveScript(script.target!, spawn.file, service.path, paths)) {
          if (this.isNonRuntime(target)) continue;
          const project = this.projectOf(target, other);
          if (this.dirs[other].has(project)) this.reach(key(other, project), undefined, index, via);
          else this.reach(undefined, target, index, via);
        }
      }
    }
  }
}

function encloses(folder: string, dir: string): boolean {
  return isInside(dir, folder);
}

/**
 * A script path as a spawn names it (or the folder of its scripts, python-shell's `scriptPath`):
 * relative to the spawning file, the service, or the root; else the one file of that name in the
 * repository, when there is exactly one. A folder resolves to the files in it.
 */
function resolveScript(target: string, from: string, servicePath: string, paths: Set<string>): string[] {
  const candidates = [join(parentOf(from), target), join(servicePath, target), join('.', target)].filter(
    (c): c is string => c !== undefined,
  );
  const found = candidates.find((c) => paths.has(c));
  if (found) return [found];
  for (const c of candidates) {
    const inside = [...paths].filter((p) => p.startsWith(`${c}/`));
    if (inside.length > 0) return inside;
  }
  const name = `/${target.slice(target.lastIndexOf('/') + 1)}`;
  const same = [...paths].filter((p) => p.endsWith(name) || p === name.slice(1));
  return same.length === 1 ? same : [];
}

function join(dir: string, relative: string): string | undefined {
  const parts = dir === '.' ? [] : dir.split('/');
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join('/') || undefined;
}

/** One ownership per Facts: the profile and the plan stage ask the same questions of it. */
const OWNERSHIPS = new WeakMap<object, Ownership>();
export function ownershipOf(facts: Pick<Facts, 'projects' | 'services' | 'codeFacts' | 'sources'>): Ownership {
  let ownership = OWNERSHIPS.get(facts);
  if (!ownership) OWNERSHIPS.set(facts, (ownership = new Ownership(facts)));
  return ownership;
}

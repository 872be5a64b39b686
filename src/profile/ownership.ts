import { nonRuntimeRole } from '../knowledge/service-roles.js';
import type { Backend } from '../model/common.js';
import type { CodeFact, Facts, Project, ServiceFacts } from '../model/facts.js';
import { parentOf } from './attribution.js';

/** A project of one language: its folder and ecosystem (`.` stands for code with no manifest above it). */
type ProjectKey = `${Backend}:${string}`;

const key = (backend: Backend, dir: string): ProjectKey => `${backend}:${dir}`;

/** What a service runs beyond its own folder, and how it reaches it (for evidence). */
interface Reach {
  projects: Map<ProjectKey, string>;
  /** Single files of the other language it runs, where they belong to no project of their own. */
  files: Map<string, string>;
}

/**
 * Who runs which code. A file belongs to the nearest project of its language above it; a
 * project belongs to the nearest service of the same backend that encloses it. A service also
 * runs the workspace packages it depends on (and theirs), and the code of the other language
 * that it spawns (`spawn('python3', ['ml/predict.py'])`), with the project that code belongs to.
 * Tests, fixtures, examples, demos, docs, benchmarks and build scripts belong to nobody.
 */
export class Ownership {
  private readonly dirs: Record<Backend, Set<string>> = { node: new Set(), python: new Set() };
  private readonly owner = new Map<ProjectKey, number>();
  private readonly reach: Reach[];
  private readonly projectCache = new Map<string, string>();

  constructor(private readonly facts: Pick<Facts, 'projects' | 'services' | 'codeFacts' | 'sources'>) {
    for (const p of facts.projects) this.dirs[p.backend].add(p.dir);
    for (const p of facts.projects) {
      const service = this.enclosingService(p.dir, p.backend);
      if (service !== undefined) this.owner.set(key(p.backend, p.dir), service);
    }
    // code of a language with no manifest above it belongs to the root project of that language
    for (const backend of ['node', 'python'] as const) {
      const root = this.enclosingService('.', backend);
      if (root !== undefined && !this.owner.has(key(backend, '.'))) this.owner.set(key(backend, '.'), root);
    }
    this.reach = facts.services.map((s, i) => this.reachOf(s, i));
  }

  /** The services that run a file (or manifest) of this ecosystem; [] for tests, docs and code no service runs. */
  servicesOf(path: string, ecosystem: Backend | undefined): number[] {
    if (nonRuntimeRole(path)) return [];
    if (!ecosystem) return this.enclosingAny(path);
    const project = key(ecosystem, this.projectOf(path, ecosystem));
    const out: number[] = [];
    const own = this.owner.get(project);
    if (own !== undefined) out.push(own);
    this.reach.forEach((r, i) => {
      if (i !== own && (r.projects.has(project) || r.files.has(path))) out.push(i);
    });
    return out;
  }

  /** Tests, fixtures, examples, demos, docs, benchmarks, build scripts: nobody's evidence. */
  isNonRuntime(path: string): boolean {
    return nonRuntimeRole(path) !== undefined;
  }

  /** How a service reaches a file it runs outside its own projects (`run by src/predict.js:12`). */
  via(service: number, path: string, ecosystem: Backend | undefined): string | undefined {
    const r = this.reach[service];
    if (!r || !ecosystem) return undefined;
    return r.files.get(path) ?? r.projects.get(key(ecosystem, this.projectOf(path, ecosystem)));
  }

  /** The project folder a file of this ecosystem belongs to. */
  projectOf(path: string, ecosystem: Backend): string {
    const folder = parentOf(path);
    const cacheKey = `${ecosystem}:${folder}`;
    const cached = this.projectCache.get(cacheKey);
    if (cached !== undefined) return cached;
    let dir = folder;
    while (!this.dirs[ecosystem].has(dir) && dir !== '.') dir = parentOf(dir);
    this.projectCache.set(cacheKey, dir);
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

  /** For files of no language (Dockerfiles, configs): the nearest enclosing service folder, of either backend. */
  private enclosingAny(path: string): number[] {
    const dir = parentOf(path);
    let bestLength = -1;
    let found: number[] = [];
    this.facts.services.forEach((s, i) => {
      if (!encloses(s.path, dir)) return;
      if (s.path.length > bestLength) {
        bestLength = s.path.length;
        found = [i];
      } else if (s.path.length === bestLength) found.push(i);
    });
    return found;
  }

  private reachOf(service: ServiceFacts, index: number): Reach {
    const reach: Reach = { projects: new Map(), files: new Map() };
    const byName = new Map<string, Project>();
    for (const p of this.facts.projects) if (p.name) byName.set(`${p.backend}:${p.name}`, p);
    const owns = (p: Project) => this.owner.get(key(p.backend, p.dir)) === index;
    // workspace packages it depends on, and theirs
    const queue = this.facts.projects.filter(owns);
    const seen = new Set(queue.map((p) => key(p.backend, p.dir)));
    while (queue.length > 0) {
      const p = queue.shift()!;
      for (const name of p.dependencies) {
        const dep = byName.get(`${p.backend}:${name}`);
        if (!dep || seen.has(key(dep.backend, dep.dir)) || nonRuntimeRole(`${dep.dir}/x`)) continue;
        seen.add(key(dep.backend, dep.dir));
        if (!owns(dep)) reach.projects.set(key(dep.backend, dep.dir), `workspace package ${name}, used by ${p.dir}`);
        queue.push(dep);
      }
    }
    // the other language's code it spawns
    const scripts = new Map<string, CodeFact[]>();
    for (const f of this.facts.codeFacts)
      if (f.kind === 'script') scripts.set(f.file, [...(scripts.get(f.file) ?? []), f]);
    const paths = new Set(this.facts.sources.map((s) => s.path));
    for (const spawn of this.facts.codeFacts) {
      if (spawn.kind !== 'spawn' || nonRuntimeRole(spawn.file)) continue;
      if (this.servicesOfOwn(spawn.file, spawn.ecosystem) !== index) continue;
      const other: Backend = spawn.ecosystem === 'node' ? 'python' : 'node';
      const via = `run by ${spawn.file}:${spawn.line}`;
      for (const script of scripts.get(spawn.file) ?? []) {
        const target = resolveScript(script.target!, spawn.file, service.path, paths);
        if (!target || nonRuntimeRole(target)) continue;
        const project = this.projectOf(target, other);
        const isRealProject = this.dirs[other].has(project);
        if (isRealProject) {
          if (!reach.projects.has(key(other, project))) reach.projects.set(key(other, project), via);
        } else reach.files.set(target, via);
      }
    }
    return reach;
  }

  private servicesOfOwn(path: string, ecosystem: Backend): number | undefined {
    return this.owner.get(key(ecosystem, this.projectOf(path, ecosystem)));
  }
}

function encloses(folder: string, dir: string): boolean {
  return folder === '.' || dir === folder || dir.startsWith(folder + '/');
}

/**
 * A script path as a spawn names it: relative to the spawning file, the service, or the root;
 * else the one file of that name in the repository, when there is exactly one.
 */
function resolveScript(target: string, from: string, servicePath: string, paths: Set<string>): string | undefined {
  const candidates = [join(parentOf(from), target), join(servicePath, target), join('.', target)];
  const found = candidates.find((c): c is string => c !== undefined && paths.has(c));
  if (found) return found;
  const name = `/${target.slice(target.lastIndexOf('/') + 1)}`;
  const same = [...paths].filter((p) => p.endsWith(name) || p === name.slice(1));
  return same.length === 1 ? same[0] : undefined;
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

import { frameworkOfImport, frameworkOfPackage, inNonServiceFolder, type Framework } from '../knowledge/frameworks.js';
import type { Backend, Evidence, Warning } from '../model/common.js';
import type { ImportRef, Manifest, ServiceFacts } from '../model/facts.js';

const PYTHON_PROJECT_KINDS = new Set(['pyproject', 'requirements', 'pipfile', 'setup-py', 'setup-cfg', 'conda']);

export interface ServiceInput {
  manifests: Manifest[];
  imports: ImportRef[];
  /** Every kept path (for server routes of full-stack frameworks and manage.py). */
  paths: string[];
  declared?: { path: string; backend?: Backend }[];
}

/**
 * The folder a manifest speaks for: its own, except requirements files kept in a
 * `requirements/` folder, which speak for the folder above it (`requirements/base.txt`).
 */
export function projectDir(m: Manifest): string {
  if (m.kind === 'requirements' && /(^|\/)requirements$/.test(m.dir)) {
    const up = m.dir.slice(0, Math.max(0, m.dir.lastIndexOf('/')));
    return up || '.';
  }
  return m.dir;
}

interface Candidate {
  path: string;
  backend: Backend;
  frameworks: Map<string, Evidence>;
  manifests: Set<string>;
  declared?: boolean;
}

/**
 * Services: folders holding a backend. A Node package whose runtime dependencies include a
 * server framework, or a full-stack one plus server routes in the folder; a Python project
 * whose runtime dependencies, or whose code, use a server framework, or a Django `manage.py`.
 */
export function findServices(input: ServiceInput): { services: ServiceFacts[]; warnings: Warning[] } {
  const candidates = new Map<string, Candidate>();
  const candidate = (path: string, backend: Backend) => {
    const key = `${backend}\0${path}`;
    let c = candidates.get(key);
    if (!c) candidates.set(key, (c = { path, backend, frameworks: new Map(), manifests: new Set() }));
    return c;
  };
  const sorted = isSorted(input.paths);
  const pathsUnder = (dir: string) => {
    if (dir === '.') return input.paths;
    const prefix = `${dir}/`;
    if (!sorted) return input.paths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
    // In code-unit order the paths under a folder are one run, starting where its prefix would sort.
    const under: string[] = [];
    for (let i = lowerBound(input.paths, prefix); i < input.paths.length && input.paths[i]!.startsWith(prefix); i++)
      under.push(input.paths[i]!.slice(prefix.length));
    return under;
  };
  const routesIn = (dir: string, f: Framework) =>
    f.routes?.some((r) => pathsUnder(dir).some((p) => r.test(p))) ?? false;

  // Python projects, grouped by folder (pyproject + requirements in one folder are one project).
  const pythonDirs = new Map<string, Manifest[]>();
  for (const m of input.manifests) {
    if (m.ecosystem === 'python' && PYTHON_PROJECT_KINDS.has(m.kind)) {
      const dir = projectDir(m);
      pythonDirs.set(dir, [...(pythonDirs.get(dir) ?? []), m]);
    }
  }
  for (const m of input.manifests) {
    const usable =
      m.kind === 'package.json' ||
      (m.kind === 'pnpm-lock' && m.dir !== '.') ||
      (m.ecosystem === 'python' && PYTHON_PROJECT_KINDS.has(m.kind));
    if (!usable) continue;
    const dir = m.ecosystem === 'python' ? projectDir(m) : m.dir;
    for (const d of m.dependencies) {
      if (d.dev) continue;
      const f = frameworkOfPackage(d.ecosystem, d.name);
      if (!f || (f.role === 'fullstack' && !routesIn(dir, f))) continue;
      const c = candidate(dir, f.ecosystem);
      c.manifests.add(m.file);
      if (!c.frameworks.has(f.name))
        c.frameworks.set(f.name, {
          file: d.file,
          ...(d.line ? { line: d.line } : {}),
          detail: `${d.name}${d.version ? ` ${d.version}` : ''}`,
        });
    }
  }
  // Django projects by manage.py; Python projects whose code imports a framework.
  for (const p of input.paths) {
    if (p === 'manage.py' || p.endsWith('/manage.py')) {
      const dir = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.';
      const c = candidate(nearest(dir, pythonDirs) ?? dir, 'python');
      if (!c.frameworks.has('Django')) c.frameworks.set('Django', { file: p, detail: 'Django manage.py' });
    }
  }
  for (const ref of input.imports) {
    if (ref.ecosystem !== 'python') continue;
    const f = frameworkOfImport('python', ref.module);
    if (!f) continue;
    // code with no Python manifest above it (dependencies declared elsewhere, e.g. only in a
    // Dockerfile) belongs to the repository's root project
    const dir = nearest(parentOf(ref.file), pythonDirs) ?? '.';
    if (inNonServiceFolder(ref.file)) continue;
    const c = candidate(dir, 'python');
    if (!c.frameworks.has(f.name))
      c.frameworks.set(f.name, { file: ref.file, line: ref.line, detail: `imports ${ref.module}` });
  }
  for (const [dir, manifests] of pythonDirs) {
    const c = candidates.get(`python\0${dir}`);
    if (c) for (const m of manifests) c.manifests.add(m.file);
  }

  const warnings: Warning[] = [];
  for (const declared of input.declared ?? []) {
    const existing = [...candidates.values()].filter((c) => c.path === declared.path);
    const backend = declared.backend ?? existing[0]?.backend ?? inferBackend(declared.path, input.manifests);
    if (!backend) {
      warnings.push({
        file: declared.path,
        message: 'declared service has no Node.js or Python manifest and no backend given; skipped',
      });
      continue;
    }
    for (const c of existing) if (c.backend !== backend) candidates.delete(`${c.backend}\0${c.path}`);
    const c = candidate(declared.path, backend);
    c.declared = true;
  }

  const services = [...candidates.values()]
    .filter((c) => c.declared || (c.frameworks.size > 0 && !inNonServiceFolder(c.path)))
    .map((c): ServiceFacts => ({
      path: c.path,
      current: c.backend,
      frameworks: [...c.frameworks.keys()].sort(),
      manifests: [...c.manifests].sort(),
      evidence: [...c.frameworks].map(([name, e]) => ({ ...e, detail: `${name}: ${e.detail}` })),
      ...(c.declared ? { declared: true } : {}),
    }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.current < b.current ? -1 : 1));
  return { services, warnings };
}

function parentOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
}

/** The nearest folder at or above `dir` that is a key of `dirs`. */
function nearest(dir: string, dirs: Map<string, unknown>): string | undefined {
  for (let d = dir; ; d = parentOf(d)) {
    if (dirs.has(d)) return d;
    if (d === '.') return undefined;
  }
}

function inferBackend(path: string, manifests: Manifest[]): Backend | undefined {
  return manifests.find((m) => m.dir === path && m.ecosystem)?.ecosystem;
}

function isSorted(paths: readonly string[]): boolean {
  for (let i = 1; i < paths.length; i++) if (paths[i - 1]! > paths[i]!) return false;
  return true;
}

/** The first index whose path sorts at or after `key` (code-unit order). */
function lowerBound(paths: readonly string[], key: string): number {
  let lo = 0;
  let hi = paths.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (paths[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

import type { Backend } from '../../src/model/common.js';
import type { Facts, ImportRef, Manifest } from '../../src/model/facts.js';

/** A small builder of realistic Facts for stage tests that should not depend on detect. */
export function facts() {
  const f: Facts = {
    manifests: [],
    projects: [],
    imports: [],
    languages: {},
    sources: [],
    services: [],
    notServices: [],
    codeFacts: [],
    warnings: [],
  };
  const api = {
    facts: f,
    manifest(file: string, ecosystem: Backend, deps: string[], extra: Partial<Manifest> = {}) {
      const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
      f.manifests.push({
        kind: ecosystem === 'node' ? 'package.json' : 'requirements',
        file,
        dir,
        ecosystem,
        dependencies: deps.map((d, i) => {
          const [name, dev] = d.startsWith('dev:') ? [d.slice(4), true] : [d, false];
          return { name, ecosystem, dev, file, line: i + 2, version: '^1.0.0' };
        }),
        ...extra,
      });
      const project = f.projects.find((p) => p.dir === dir && p.backend === ecosystem);
      const runtime = deps.filter((d) => !d.startsWith('dev:'));
      if (project) project.dependencies.push(...runtime);
      else f.projects.push({ dir, backend: ecosystem, manifests: [file], dependencies: runtime });
      return api;
    },
    /** `count` files of `language` under `dir`, each importing `modules`. */
    code(
      dir: string,
      language: 'TypeScript' | 'JavaScript' | 'Python' | 'Jupyter Notebook',
      count: number,
      modules: string[] = [],
      size = 2000,
    ) {
      const ext = { TypeScript: 'ts', JavaScript: 'js', Python: 'py', 'Jupyter Notebook': 'ipynb' }[language];
      const ecosystem: Backend = language === 'Python' || language === 'Jupyter Notebook' ? 'python' : 'node';
      const start = f.sources.length;
      for (let i = 0; i < count; i++) {
        const path = `${dir === '.' ? '' : dir + '/'}f${start + i}.${ext}`;
        f.sources.push({ path, language, size });
        f.languages[language] = (f.languages[language] ?? 0) + size;
        modules.forEach((module, j) =>
          f.imports.push({ module, ecosystem, file: path, line: j + 1 } satisfies ImportRef),
        );
      }
      return api;
    },
    /** `file` (JavaScript or Python) spawns the other language's `script` (root-relative), as code facts record it. */
    spawn(file: string, script: string, line = 3) {
      const ecosystem: Backend = file.endsWith('.py') ? 'python' : 'node';
      f.codeFacts.push(
        { pattern: 'test-spawn', kind: 'spawn', ecosystem, file, line, detail: 'runs the other language' },
        { pattern: 'test-script', kind: 'script', ecosystem, file, line: line + 1, detail: script, target: script },
      );
      return api;
    },
    service(path: string, current: Backend, frameworks: string[]) {
      f.services.push({
        path,
        current,
        kind: 'http',
        frameworks,
        manifests: [],
        evidence: [{ file: `${path}/x`, detail: frameworks.join(', ') }],
        entry: [{ file: `${path}/x`, detail: 'start: node x' }],
      });
      return api;
    },
  };
  return api;
}

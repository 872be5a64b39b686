import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractJsImports } from '../../src/detect/imports/javascript.js';
import { extractNotebookImports } from '../../src/detect/imports/notebook.js';
import { extractPythonImports } from '../../src/detect/imports/python.js';
import { normalizePythonName, parseManifests } from '../../src/detect/manifests/index.js';
import { isOwnershipKind, manifestKindOf } from '../../src/knowledge/manifest-files.js';
import type { DependencyManifestKind } from '../../src/detect/manifests/index.js';

/** `npm run fuzz` sets FUZZ_RUNS (10,000+); `npm test` runs a small seeded sample. */
const RUNS = Number(process.env.FUZZ_RUNS) || 150;
const SEED = process.env.FUZZ_RUNS ? undefined : 42;
const options = { numRuns: RUNS, seed: SEED };
/**
 * A hang guard, not a speed claim: a catastrophic regex takes minutes on these inputs, while a
 * shared 2-core CI machine under load has been seen to take 600 ms on a healthy one.
 */
const TIME_BOUND_MS = 5_000;

const fixturesRoot = path.resolve(import.meta.dirname, '../../fixtures');
/** Every manifest of the fixtures, as real-looking seeds to mutate. */
const seeds: { kind: DependencyManifestKind; file: string; text: string }[] = [];
(function collect(dir: string) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) collect(full);
    else {
      const rel = path.relative(fixturesRoot, full).split(path.sep).join('/');
      const kind = manifestKindOf(rel);
      if (kind && !isOwnershipKind(kind)) seeds.push({ kind, file: rel, text: readFileSync(full, 'utf8') });
    }
  }
})(fixturesRoot);
const KINDS = [...new Set(seeds.map((s) => s.kind))];

function timed<T>(fn: () => T): T {
  const started = performance.now();
  const result = fn();
  expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
  return result;
}

/** A real manifest with a random splice: bytes cut, text inserted, a line duplicated. */
const mutated = fc
  .tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat(), fc.string({ unit: 'binary', maxLength: 40 }))
  .map(([seed, a, b, insert]) => {
    const i = a % (seed.text.length + 1);
    const j = Math.min(seed.text.length, i + (b % 30));
    return { ...seed, text: seed.text.slice(0, i) + insert + seed.text.slice(j) };
  });

describe('manifest parsers never throw or hang', () => {
  it(`covers ${KINDS.length} kinds from the fixtures`, () => {
    expect(KINDS.length).toBeGreaterThanOrEqual(18);
  });

  it('arbitrary text, for every kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.string({ unit: 'binary', maxLength: 2000 }), (kind, text) => {
        const parsed = timed(() => parseManifests(kind, 'x/file', text));
        for (const p of parsed) for (const w of p.warnings) expect(w.message).not.toContain('\n');
      }),
      options,
    );
  });

  it('mutated real manifests', () => {
    fc.assert(
      fc.property(mutated, (m) => void timed(() => parseManifests(m.kind, m.file, m.text))),
      options,
    );
  });

  it('long lines and deep nesting', () => {
    for (const kind of KINDS) {
      timed(() => parseManifests(kind, 'f', 'a'.repeat(200_000)));
      timed(() => parseManifests(kind, 'f', '['.repeat(5000) + '{"a":'.repeat(2000)));
      timed(() => parseManifests(kind, 'f', '- '.repeat(20_000) + '\n' + '  x: "'.repeat(3000)));
    }
  });
});

const pyName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}([-_.][A-Za-z0-9]{1,6}){0,2}$/);
const npmName = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
  fc.stringMatching(/^@[a-z][a-z0-9-]{0,6}\/[a-z][a-z0-9-]{0,8}$/),
);

describe('valid manifests round-trip to the same dependency list', () => {
  it('requirements.txt', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(pyName, { maxLength: 20, selector: normalizePythonName }),
        fc.constantFrom('', '==1.0', '>=2,<3', '[extra]>=1'),
        (names, spec) => {
          const text = names.map((n) => `${n}${spec}  # pinned`).join('\n');
          const [parsed] = parseManifests('requirements', 'requirements.txt', text);
          expect(parsed!.manifest!.dependencies.map((d) => d.name)).toEqual(names.map(normalizePythonName));
        },
      ),
      options,
    );
  });

  it('package.json and pyproject.toml', () => {
    fc.assert(
      fc.property(fc.uniqueArray(npmName, { maxLength: 15 }), (names) => {
        const text = JSON.stringify({ dependencies: Object.fromEntries(names.map((n) => [n, '^1.0.0'])) }, null, 2);
        expect(
          parseManifests('package.json', 'package.json', text)[0]!.manifest!.dependencies.map((d) => d.name),
        ).toEqual(names);
      }),
      options,
    );
    fc.assert(
      fc.property(fc.uniqueArray(pyName, { maxLength: 15, selector: normalizePythonName }), (names) => {
        const text = `[project]\nname = "x"\ndependencies = [${names.map((n) => JSON.stringify(`${n}>=1`)).join(', ')}]\n`;
        expect(
          parseManifests('pyproject', 'pyproject.toml', text)[0]!.manifest!.dependencies.map((d) => d.name),
        ).toEqual(names.map(normalizePythonName));
      }),
      options,
    );
  });
});

describe('more formats round-trip', () => {
  const names = fc.uniqueArray(pyName, { minLength: 1, maxLength: 12, selector: normalizePythonName });
  const cases: [DependencyManifestKind, string, (n: string[]) => string][] = [
    ['pipfile', 'Pipfile', (n) => `[packages]\n${n.map((x) => `"${x}" = "*"`).join('\n')}\n`],
    ['setup-cfg', 'setup.cfg', (n) => `[options]\ninstall_requires =\n${n.map((x) => `    ${x}>=1`).join('\n')}\n`],
    ['setup-py', 'setup.py', (n) => `setup(\n    install_requires=[${n.map((x) => `'${x}'`).join(', ')}],\n)\n`],
    ['conda', 'environment.yml', (n) => `dependencies:\n${n.map((x) => `  - ${x}=1.0`).join('\n')}\n`],
    ['pyproject', 'pyproject.toml', (n) => `[tool.poetry.dependencies]\n${n.map((x) => `"${x}" = "^1"`).join('\n')}\n`],
    ['uv-lock', 'uv.lock', (n) => n.map((x) => `[[package]]\nname = "${x}"\nversion = "1.0"\n`).join('\n')],
  ];
  for (const [kind, file, render] of cases) {
    it(kind, () => {
      fc.assert(
        fc.property(names, (list) => {
          const deps = parseManifests(kind, file, render(list))[0]!.manifest!.dependencies.map((d) => d.name);
          expect(deps).toEqual(list.map(normalizePythonName));
        }),
        options,
      );
    });
  }
  it('package-lock.json, bun.lock, Pipfile.lock, poetry.lock', () => {
    fc.assert(
      fc.property(fc.uniqueArray(npmName, { minLength: 1, maxLength: 12 }), (list) => {
        const lock = JSON.stringify({
          lockfileVersion: 3,
          packages: Object.fromEntries([['', {}], ...list.map((n) => [`node_modules/${n}`, { version: '1.0.0' }])]),
        });
        expect(
          parseManifests('package-lock', 'package-lock.json', lock)[0]!.manifest!.dependencies.map((d) => d.name),
        ).toEqual(list);
        const bun = `{\n  "lockfileVersion": 1,\n  "packages": {\n${list.map((n) => `    "${n}": ["${n}@1.0.0", "", {}, "sha512-x"],`).join('\n')}\n  },\n}\n`;
        expect(parseManifests('bun-lock', 'bun.lock', bun)[0]!.manifest!.dependencies.map((d) => d.name)).toEqual(list);
      }),
      options,
    );
    fc.assert(
      fc.property(fc.uniqueArray(pyName, { minLength: 1, maxLength: 12, selector: normalizePythonName }), (list) => {
        const pipfileLock = JSON.stringify({ default: Object.fromEntries(list.map((n) => [n, { version: '==1.0' }])) });
        expect(
          parseManifests('pipfile-lock', 'Pipfile.lock', pipfileLock)[0]!.manifest!.dependencies.map((d) => d.name),
        ).toEqual(list.map(normalizePythonName));
        const poetry = list.map((n) => `[[package]]\nname = "${n}"\nversion = "1.0"\ngroups = ["main"]\n`).join('\n');
        expect(
          parseManifests('poetry-lock', 'poetry.lock', poetry)[0]!.manifest!.dependencies.map((d) => d.name),
        ).toEqual(list.map(normalizePythonName));
      }),
      options,
    );
  });

  it('yarn.lock and pnpm-lock.yaml', () => {
    fc.assert(
      fc.property(fc.uniqueArray(npmName, { minLength: 1, maxLength: 12 }), (list) => {
        const yarn = list.map((n) => `"${n}@^1.0.0":\n  version "1.0.0"\n`).join('\n');
        expect(parseManifests('yarn-lock', 'yarn.lock', yarn)[0]!.manifest!.dependencies.map((d) => d.name)).toEqual(
          list,
        );
        const pnpm = `lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n${list.map((n) => `      '${n}':\n        specifier: ^1\n        version: 1.0.0`).join('\n')}\n`;
        expect(
          parseManifests('pnpm-lock', 'pnpm-lock.yaml', pnpm)[0]!.manifest!.dependencies.map((d) => d.name),
        ).toEqual(list);
      }),
      options,
    );
  });
});

describe('import extractors', () => {
  it('never throw or hang on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => {
        timed(() => extractJsImports(text, 'a.ts'));
        timed(() => extractJsImports(text, 'a.vue'));
        timed(() => extractPythonImports(text, 'a.py'));
        timed(() => extractNotebookImports(text, 'a.ipynb'));
      }),
      options,
    );
  });

  it('find exactly the modules written as imports', () => {
    fc.assert(
      fc.property(fc.uniqueArray(npmName, { minLength: 1, maxLength: 10 }), (names) => {
        const text = names
          .map((n, i) =>
            i % 3 === 0
              ? `import x${i} from '${n}';`
              : i % 3 === 1
                ? `const y${i} = require("${n}");`
                : `export * from '${n}/sub';`,
          )
          .join('\n');
        expect(
          extractJsImports(text, 'a.ts')
            .map((r) => r.module)
            .sort(),
        ).toEqual([...names].sort());
      }),
      options,
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/), { minLength: 1, maxLength: 10 }),
        (names) => {
          const text = names
            .map((n, i) => (i % 2 ? `import ${n}.sub as alias${i}` : `from ${n}.x import (\n    y,\n)`))
            .join('\n');
          expect(
            extractPythonImports(text, 'a.py')
              .map((r) => r.module)
              .sort(),
          ).toEqual([...names].sort());
        },
      ),
      options,
    );
  });
});

/**
 * The Python extractor's definition, line by line: what the one-search extractor must agree
 * with (it looks only at the lines that hold an import word or a triple quote).
 */
function pythonImportsByLine(text: string): [string, number][] {
  const found = new Map<string, number>();
  const add = (dotted: string, line: number) => {
    const top = dotted.trim().split('.')[0]!;
    if (/^[A-Za-z_]\w*$/.test(top) && top !== '__future__' && !found.has(top)) found.set(top, line);
  };
  const stripComment = (line: string) => {
    let quote: string | undefined;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = undefined;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '#') return line.slice(0, i);
    }
    return line;
  };
  const opened = (line: string) => ['"""', "'''"].find((q) => (line.split(q).length - 1) % 2 === 1);
  let inString: string | undefined;
  text.split('\n').forEach((withCr, i) => {
    const raw = withCr.replace(/\r$/, '');
    if (inString) {
      if (raw.includes(inString)) inString = undefined;
      return;
    }
    const code = stripComment(raw);
    const opens = opened(code);
    if (opens && !/^\s*(import|from)\s/.test(code)) {
      inString = opens;
      return;
    }
    const imp = /^\s*import\s+(.+)$/.exec(code);
    if (imp) {
      for (const part of imp[1]!.replace(/\\$/, '').split(',')) add(part.trim().split(/\s+/)[0]!, i + 1);
      return;
    }
    const from = /^\s*from\s+(\.*)([\w.]*)\s+import\b/.exec(code);
    if (from && !from[1] && from[2]) add(from[2], i + 1);
  });
  return [...found];
}

describe('the Python import extractor', () => {
  it('agrees with its line-by-line definition', () => {
    const name = fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}(\.[a-z]{1,4})?$/);
    const line = fc.oneof(
      name.map((n) => `import ${n}`),
      fc.tuple(name, name).map(([a, b]) => `import ${a}, ${b} as c`),
      name.map((n) => `    from ${n} import x`),
      name.map((n) => `from .${n} import y`),
      name.map((n) => `from ${n} import (\n    a,\n)`),
      name.map((n) => `x = "import ${n}"  # import ${n}`),
      fc.constantFrom(
        '"""',
        "'''",
        '"""Docstring."""',
        '    """Starts a docstring',
        "s = '''",
        'def f():',
        '    return 1',
        '# import os',
        '',
        'from __future__ import annotations',
        'import os \\',
        'x = "#" # import nothing',
        'important = 1',
        'reimport(x)',
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.boolean(), (lines, crlf) => {
        const text = lines.join(crlf ? '\r\n' : '\n');
        const got = extractPythonImports(text, 'a.py').map((r): [string, number] => [r.module, r.line]);
        expect(got).toEqual(pythonImportsByLine(text));
      }),
      options,
    );
  });

  it('reads the imports of a file with Windows line ends', () => {
    expect(extractPythonImports('import os\r\nimport flask\r\nfrom django import x\r\n', 'a.py')).toEqual([
      { module: 'os', ecosystem: 'python', file: 'a.py', line: 1 },
      { module: 'flask', ecosystem: 'python', file: 'a.py', line: 2 },
      // the name a `from` line imports may be a module of the package (see ImportRef.submodules)
      { module: 'django', ecosystem: 'python', file: 'a.py', line: 3, submodules: ['django.x'] },
    ]);
  });
});

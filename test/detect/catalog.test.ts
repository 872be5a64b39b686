import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCatalog, type CatalogContext } from '../../src/detect/catalog.js';
import { compilePattern, ownersOf, parseCodeowners } from '../../src/detect/codeowners.js';
import { detect } from '../../src/detect/index.js';
import { catalogDecisions } from '../../src/detect/ownership.js';
import { manifestKindOf } from '../../src/knowledge/manifest-files.js';
import type { ScannedFile } from '../../src/model/scan.js';
import { classify } from '../../src/scan/index.js';

const PATHS = [
  'catalog-info.yaml',
  'services/api/catalog-info.yaml',
  'services/api/package.json',
  'services/worker/catalog-info.yaml',
  'services/worker/pyproject.toml',
  'catalog/extra.yaml',
  'docs/index.md',
];

function context(extra: Partial<CatalogContext> = {}): CatalogContext {
  return { paths: PATHS, descriptors: PATHS.filter((p) => manifestKindOf(p) === 'catalog'), ...extra };
}

function component(name: string, spec: string, annotations = '') {
  return `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\n${annotations}spec:\n${spec}`;
}

describe('which files are read as descriptors and CODEOWNERS', () => {
  it.each([
    ['catalog-info.yaml', 'catalog'],
    ['services/api/catalog-info.yml', 'catalog'],
    ['catalog-info.prod.yaml', 'catalog'],
    ['.backstage/components.yaml', 'catalog'],
    ['apps/web/.backstage/nested/entities.yml', 'catalog'],
    ['deploy/catalog-info.yaml', 'catalog'],
    ['.github/CODEOWNERS', 'codeowners'],
    ['CODEOWNERS', 'codeowners'],
    ['docs/CODEOWNERS', 'codeowners'],
  ])('%s is %s', (path, kind) => {
    expect(classify(path)).toMatchObject({ role: 'manifest', manifestKind: kind });
  });

  it.each(['services/CODEOWNERS', 'catalog.yaml', '.backstage/README.md', 'mycatalog-info.yaml'])(
    '%s is not',
    (path) => {
      const kind = manifestKindOf(path);
      expect(kind === 'catalog' || kind === 'codeowners').toBe(false);
    },
  );
});

describe('readCatalog', () => {
  it('places components on their descriptor folder, across documents of one file', () => {
    const text = [
      component(
        'api',
        '  type: service\n  owner: group:default/payments\n  lifecycle: production\n  system: checkout\n',
      ),
      'apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: api-spec\nspec:\n  type: openapi\n',
      component(
        'api-docs',
        '  type: documentation\n',
        '  annotations:\n    backstage.io/source-location: dir:../../docs\n',
      ),
    ].join('---\n');
    const { components, warnings } = readCatalog([{ path: 'services/api/catalog-info.yaml', text }], context());
    expect(warnings).toEqual([]);
    expect(components).toEqual([
      {
        name: 'api',
        path: 'services/api',
        type: 'service',
        owner: 'group:default/payments',
        lifecycle: 'production',
        system: 'checkout',
        source: { file: 'services/api/catalog-info.yaml', line: 1, detail: 'Component api' },
      },
      {
        name: 'api-docs',
        path: 'docs',
        type: 'documentation',
        source: { file: 'services/api/catalog-info.yaml', line: 18, detail: 'Component api-docs' },
      },
    ]);
  });

  it('a source-location URL counts when it names this repository, with its tree path', () => {
    const annotations = (url: string) => `  annotations:\n    backstage.io/source-location: ${url}\n`;
    const read = (url: string, repository?: string) =>
      readCatalog(
        [{ path: 'catalog-info.yaml', text: component('w', '  type: service\n', annotations(url)) }],
        context(repository ? { repository } : {}),
      );
    expect(read('url:https://github.com/acme/shop/tree/main/services/worker/', 'acme/shop').components[0]?.path).toBe(
      'services/worker',
    );
    expect(read('url:https://github.com/Acme/Shop', 'acme/shop').components[0]?.path).toBe('.');
    const scaffolded = readCatalog(
      [
        {
          path: 'services/api/catalog-info.yaml',
          text: component('api', '  type: service\n', annotations('url:https://github.com/acme/shop/tree/main')),
        },
      ],
      context({ repository: 'acme/shop' }),
    );
    expect(scaffolded.components[0]?.path).toBe('services/api');
    expect(read('url:https://github.com/acme/shop/blob/main/services/api/package.json').components[0]?.path).toBe(
      'services/api',
    );
    expect(read('url:https://gitlab.example.com/acme/shop/-/tree/main/services/api').components[0]?.path).toBe(
      'services/api',
    );
    const other = read('url:https://github.com/acme/billing/tree/main/services/api', 'acme/shop');
    expect(other.components).toEqual([]);
    expect(other.warnings).toEqual([
      {
        file: 'catalog-info.yaml',
        message:
          'line 6: w: backstage.io/source-location "url:https://github.com/acme/billing/tree/main/services/api" is another repository (acme/billing), outside this one; this component is skipped',
      },
    ]);
    expect(read('dir:../elsewhere').warnings[0]?.message).toMatch(
      /line 6: .*"dir:\.\.\/elsewhere" is outside the repository/,
    );
    expect(read('url:https://github.com/acme/shop/tree/main/nowhere').warnings[0]?.message).toMatch(
      /names nowhere, which is not a folder here/,
    );
  });

  it('broken entities are warnings with the line, and the others are still read', () => {
    const text = [
      component('good', '  type: service\n'),
      'apiVersion: backstage.io/v1alpha1\nkind: Sytem\nmetadata:\n  name: s\n',
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: [unclosed\n',
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  description: no name\n',
      component('typed', '  type: [service]\n  owner: 42\n'),
      '- just\n- a list\n',
      'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n',
      component('${{ values.name }}', '  type: service\n  owner: ${{ values.owner }}\n'),
    ].join('---\n');
    const { components, warnings } = readCatalog([{ path: 'catalog-info.yaml', text }], context());
    expect(components.map((c) => c.name)).toEqual(['good', 'typed']);
    expect(components[1]).not.toHaveProperty('type');
    expect(warnings.map((w) => w.message)).toEqual([
      'line 9: unknown kind "Sytem" (did you mean System?); skipped',
      expect.stringMatching(/^line 1[5-7]: YAML syntax error: .*; this entity is skipped$/),
      'line 21: Component without metadata.name; skipped',
      'line 28: typed: spec.type must be a non-empty string; ignored',
      'line 29: typed: spec.owner must be a non-empty string; ignored',
      'line 31: not a Backstage entity (a mapping with apiVersion, kind and metadata); skipped',
      expect.stringMatching(/^line 35: unknown kind "Widget" \(Backstage kinds: Component, Location/),
      'line 39: a Backstage Scaffolder template skeleton (${{ … }} placeholders), not an entity yet; skipped',
    ]);
    for (const w of warnings) expect(w.file).toBe('catalog-info.yaml');
  });

  it('Location targets: read descriptors need nothing, the rest is said and never followed', () => {
    const text = [
      'apiVersion: backstage.io/v1alpha1',
      'kind: Location',
      'metadata:',
      '  name: all',
      'spec:',
      '  targets:',
      '    - ./services/*/catalog-info.yaml',
      '    - ./catalog/extra.yaml',
      '    - ./catalog/missing.yaml',
      '    - ../other-repo/catalog-info.yaml',
      '    - https://github.com/acme/catalog/blob/main/all.yaml',
      '',
    ].join('\n');
    const { components, warnings } = readCatalog([{ path: 'catalog-info.yaml', text }], context());
    expect(components).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual([
      'line 8: Location target "./catalog/extra.yaml": catalog/extra.yaml not read (backend-fit reads descriptors named catalog-info*.yaml or kept under .backstage/)',
      'line 9: Location target "./catalog/missing.yaml" matches no file in the repository',
      'line 10: Location target "../other-repo/catalog-info.yaml" is outside the repository; not followed',
      'line 11: Location target "https://github.com/acme/catalog/blob/main/all.yaml" is a URL; backend-fit reads only this repository and does not follow it',
    ]);
  });

  it('two components on one folder: the first holds, the second is a warning naming both', () => {
    const text = [component('one', '  type: service\n'), component('two', '  type: library\n')].join('---\n');
    const { components } = readCatalog([{ path: 'services/api/catalog-info.yaml', text }], context());
    const decisions = catalogDecisions(components);
    expect(decisions.declared).toEqual([
      { path: 'services/api', source: { file: 'services/api/catalog-info.yaml', line: 1 } },
    ]);
    expect(decisions.excluded).toEqual([]);
    expect(decisions.warnings).toEqual([
      {
        file: 'services/api/catalog-info.yaml',
        message:
          'line 8: two describes services/api, as one (services/api/catalog-info.yaml:1) already does; one is used',
      },
    ]);
  });

  it('spec.type decides: service declares, library/website/documentation exclude, others decide nothing', () => {
    const types = ['service', 'Website', 'library', 'documentation', 'other', 'grpc-gateway'];
    const components = types.map((type, i) => ({
      name: type,
      path: `f${i}`,
      type,
      source: { file: `f${i}/catalog-info.yaml`, line: 1, detail: '' },
    }));
    const decisions = catalogDecisions(components);
    expect(decisions.declared.map((d) => d.path)).toEqual(['f0']);
    expect(decisions.excluded.map((e) => [e.path, e.reason])).toEqual([
      ['f1', 'frontend'],
      ['f2', 'library'],
      ['f3', 'docs'],
    ]);
  });
});

describe('CODEOWNERS', () => {
  // GitHub's documented examples (docs: "Example of a CODEOWNERS file").
  it.each([
    ['*', 'a.txt', true],
    ['*', 'deep/in/tree/a.txt', true],
    ['*.js', 'src/app.js', true],
    ['*.js', 'src/app.ts', false],
    ['/build/logs/', 'build/logs/a/b.log', true],
    ['/build/logs/', 'x/build/logs/a.log', false],
    ['docs/*', 'docs/getting-started.md', true],
    ['docs/*', 'docs/build-app/troubleshooting.md', false],
    ['apps/', 'apps/web/page.tsx', true],
    ['apps/', 'services/apps/x.py', true],
    ['/docs/', 'docs/a/b.md', true],
    ['/docs/', 'src/docs/a.md', false],
    ['/scripts/', 'scripts/deploy.sh', true],
    ['**/logs', 'deeply/nested/logs/x.log', true],
    ['**/logs', 'logs/x.log', true],
    ['/apps/github', 'apps/github/x.ts', true],
    ['/apps/github', 'apps/github-x/y.ts', false],
    ['services/api', 'services/api/src/a.ts', true],
    ['services/api', 'other/services/api/a.ts', false],
    ['README.md', 'sub/README.md', true],
    ['a?c', 'abc', true],
    ['a?c', 'a/c', false],
    ['/a/**/b/', 'a/b/c.txt', true],
    ['/a/**/b/', 'a/x/y/b/c.txt', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(compilePattern(pattern)(path)).toBe(expected);
  });

  const FILE = [
    '# owners',
    '*                 @acme/platform',
    '*.md              @acme/docs',
    '/services/api/    @acme/payments @alice   # inline comment',
    '/services/api/generated/',
    'services/worker   ops@acme.example',
    '\\#notes/         @acme/historians',
    '!/vendor/         @acme/nobody',
    '/tools/[ab]/      @acme/tools',
    '/legacy/          acme-team',
    '',
  ].join('\n');

  it('a hostile pattern cannot make matching backtrack for ever', () => {
    const match = compilePattern(`/${'*a'.repeat(40)}b/`);
    const started = performance.now();
    expect(match(`${'a'.repeat(200)}/x`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('parses rules in order; lines GitHub would skip are warnings naming the line', () => {
    const { codeowners, warnings } = parseCodeowners('.github/CODEOWNERS', FILE);
    expect(codeowners.rules.map((r) => [r.line, r.pattern, r.owners])).toEqual([
      [2, '*', ['@acme/platform']],
      [3, '*.md', ['@acme/docs']],
      [4, '/services/api/', ['@acme/payments', '@alice']],
      [5, '/services/api/generated/', []],
      [6, 'services/worker', ['ops@acme.example']],
      [7, '#notes/', ['@acme/historians']],
    ]);
    expect(warnings).toEqual([
      {
        file: '.github/CODEOWNERS',
        message: 'line 8: "!/vendor/": CODEOWNERS has no ! negation; GitHub skips this line too',
      },
      {
        file: '.github/CODEOWNERS',
        message: 'line 9: "/tools/[ab]/": CODEOWNERS has no [ ] character ranges; GitHub skips this line too',
      },
      {
        file: '.github/CODEOWNERS',
        message: 'line 10: "acme-team" is not an owner (@user, @org/team or an email); GitHub skips this line too',
      },
    ]);
  });

  it('a folder is owned by the last rule matching a new file at its top level', () => {
    const { codeowners } = parseCodeowners('.github/CODEOWNERS', FILE);
    const owner = (folder: string) => ownersOf(codeowners, folder)?.owners;
    expect(owner('.')).toEqual(['@acme/platform']);
    expect(owner('services/api')).toEqual(['@acme/payments', '@alice']);
    expect(owner('services/api/src')).toEqual(['@acme/payments', '@alice']);
    expect(owner('services/api/generated')).toBeUndefined();
    expect(owner('services/worker')).toEqual(['ops@acme.example']);
    expect(owner('#notes')).toEqual(['@acme/historians']);
    expect(ownersOf(codeowners, 'services/api')?.evidence).toEqual({
      file: '.github/CODEOWNERS',
      line: 4,
      detail: 'CODEOWNERS /services/api/ @acme/payments @alice',
    });
  });
});

function file(path: string, text: string): ScannedFile {
  return { path, size: text.length, ...classify(path)!, text };
}

describe('detect: the catalog decides, evidence that disagrees is a warning', () => {
  const EXPRESS = JSON.stringify({
    name: 'x',
    scripts: { start: 'node server.js' },
    dependencies: { express: '^4.21.0' },
  });

  it('only the first CODEOWNERS GitHub would use counts', () => {
    const facts = detect({
      files: [
        file('package.json', EXPRESS),
        file('CODEOWNERS', '* @acme/root-file\n'),
        file('.github/CODEOWNERS', '* @acme/github-folder\n'),
        file('docs/CODEOWNERS', '* @acme/docs-folder\n'),
      ],
      warnings: [],
      stats: { files: 4, bytesRead: 0 },
    });
    expect(facts.services[0]?.catalog).toEqual({
      owner: '@acme/github-folder',
      evidence: [{ file: '.github/CODEOWNERS', line: 1, detail: 'CODEOWNERS * @acme/github-folder' }],
    });
  });

  it('a root service whose folder CODEOWNERS leaves unowned takes the owners of its manifest; a subfolder does not', () => {
    const files = [
      file('pyproject.toml', '[project]\nname = "app"\ndependencies = ["django>=5"]\n'),
      file('Procfile', 'web: gunicorn app.wsgi\n'),
      file('src/app/wsgi.py', 'from django.core.wsgi import get_wsgi_application\n'),
      file('CODEOWNERS', '/src-ui/ @acme/frontend\n/src/ @acme/backend\npyproject.toml @acme/backend\n'),
    ];
    const facts = detect({ files, warnings: [], stats: { files: files.length, bytesRead: 0 } });
    expect(facts.services.map((s) => [s.path, s.catalog])).toEqual([
      [
        '.',
        {
          owner: '@acme/backend',
          evidence: [{ file: 'CODEOWNERS', line: 3, detail: 'CODEOWNERS pyproject.toml @acme/backend' }],
        },
      ],
    ]);
    const lib = [
      file('lib/pyproject.toml', '[project]\nname = "lib"\ndependencies = ["django>=5"]\n'),
      file('lib/Procfile', 'web: gunicorn app.wsgi\n'),
      file('lib/app/wsgi.py', 'from django.core.wsgi import get_wsgi_application\n'),
      file('CODEOWNERS', 'lib/pyproject.toml @acme/release\n'),
    ];
    const below = detect({ files: lib, warnings: [], stats: { files: lib.length, bytesRead: 0 } });
    expect(below.services.map((s) => [s.path, s.catalog])).toEqual([['lib', undefined]]);
  });

  it('a descriptor owner wins over CODEOWNERS; a config-declared folder wins over a catalog exclusion', () => {
    const files = [
      file('web/package.json', EXPRESS),
      file('web/catalog-info.yaml', component('web', '  type: website\n  owner: marketing\n')),
      file('.github/CODEOWNERS', '* @acme/platform\n'),
    ];
    const scanned = { files, warnings: [], stats: { files: files.length, bytesRead: 0 } };
    const excluded = detect(scanned);
    expect(excluded.services).toEqual([]);
    expect(excluded.warnings).toEqual([
      {
        file: 'web/catalog-info.yaml',
        message:
          'line 1: the catalog makes web a website, not a service, though detection found a service: Express: express ^4.21.0 (web/package.json:1), start: node server.js (web/package.json)',
      },
    ]);
    const declared = detect(scanned, { services: [{ path: 'web' }] });
    expect(declared.services.map((s) => [s.path, s.catalog?.owner])).toEqual([['web', 'marketing']]);
    expect(declared.warnings).toEqual([]);
  });

  it('an exclusion is for the exact folder, not the ones below it', () => {
    const server = JSON.stringify({ name: 'x', scripts: { start: 'node server.js' }, dependencies: { express: '^4' } });
    const files = [
      file('package.json', server),
      file('catalog-info.yaml', component('root', '  type: library\n')),
      file('packages/backend/package.json', server),
    ];
    const facts = detect({ files, warnings: [], stats: { files: files.length, bytesRead: 0 } });
    expect(facts.services.map((s) => s.path)).toEqual(['packages/backend']);
    expect(facts.notServices.map((n) => [n.path, n.reason, n.why])).toEqual([
      ['.', 'library', 'a library in the catalog (catalog-info.yaml:1)'],
    ]);
    expect(facts.warnings.map((w) => w.message)).toEqual([
      'line 1: the catalog makes the root folder a library, not a service, though detection found a service: Express: express ^4 (package.json:1), start: node server.js (package.json)',
    ]);
  });

  it('descriptors among fixtures, tests and examples describe another repository: not read', () => {
    const api = JSON.stringify({ name: 'api', dependencies: { express: '^4' } });
    const files = [
      file('fixtures/shop/api/package.json', api),
      file('fixtures/shop/api/catalog-info.yaml', component('api', '  type: service\n  owner: shop\n')),
      file('test/data/catalog-info.yaml', component('ghost', '  type: service\n')),
      file('examples/web/catalog-info.yaml', component('web', '  type: website\n')),
    ];
    const facts = detect({ files, warnings: [], stats: { files: files.length, bytesRead: 0 } });
    expect(facts.services).toEqual([]);
    expect(facts.warnings).toEqual([]);
  });

  it('a catalog service without any manifest is skipped with a warning at the descriptor', () => {
    const files = [file('infra/catalog-info.yaml', component('infra', '  type: service\n')), file('infra/main.tf', '')];
    const facts = detect({ files, warnings: [], stats: { files: 2, bytesRead: 0 } });
    expect(facts.services).toEqual([]);
    expect(facts.warnings).toEqual([
      {
        file: 'infra/catalog-info.yaml',
        message: 'line 1: the catalog makes infra a service, but it has no Node.js or Python manifest; skipped',
      },
    ]);
  });
});

describe('descriptor and CODEOWNERS readers never throw', () => {
  const seeds = [
    component('api', '  type: service\n  owner: a\n', '  annotations:\n    backstage.io/source-location: dir:.\n'),
    'apiVersion: backstage.io/v1alpha1\nkind: Location\nspec:\n  targets: [./a/*.yaml, "**/catalog-info.yaml"]\n',
    '* @acme/a\n/services/ @b\n**/x/*.py c@d.ee\n',
  ];
  it('on arbitrary and mutated text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.nat(),
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.string({ unit: 'binary', maxLength: 600 }),
        (seed, at, insert, random) => {
          const i = at % (seed.length + 1);
          for (const text of [seed.slice(0, i) + insert + seed.slice(i), random]) {
            const catalog = readCatalog([{ path: 'x/catalog-info.yaml', text }], context());
            const owners = parseCodeowners('CODEOWNERS', text);
            for (const w of [...catalog.warnings, ...owners.warnings]) expect(w.message).not.toContain('\n');
            ownersOf(owners.codeowners, 'services/api');
          }
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});

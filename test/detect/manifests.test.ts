import { describe, expect, it } from 'vitest';
import { normalizePythonName, parseManifest, parseManifests } from '../../src/detect/manifests/index.js';
import { parseRequirement } from '../../src/detect/manifests/python.js';

const deps = (kind: Parameters<typeof parseManifest>[0], file: string, text: string) =>
  parseManifest(kind, file, text).manifest!.dependencies.map(
    (d) => `${d.name}${d.version ? ' ' + d.version : ''}${d.dev ? ' (dev)' : ''}${d.line ? ' :' + d.line : ''}`,
  );

describe('npm manifests', () => {
  it('package.json: sections, lines, workspaces in both shapes', () => {
    const text =
      '{\n  "name": "api",\n  "workspaces": { "packages": ["apps/*"] },\n  "dependencies": { "express": "^4.21.1" },\n  "devDependencies": { "vitest": "^2.1.4" }\n}\n';
    const m = parseManifest('package.json', 'svc/package.json', text).manifest!;
    expect(m).toMatchObject({ name: 'api', dir: 'svc', workspaces: ['apps/*'], ecosystem: 'node' });
    expect(deps('package.json', 'package.json', text)).toEqual(['express ^4.21.1 :4', 'vitest ^2.1.4 (dev) :5']);
  });

  it('broken JSON is one warning with line and column', () => {
    const r = parseManifest('package.json', 'package.json', '{\n  "a": 1,\n}\n');
    expect(r.manifest).toBeUndefined();
    expect(r.warnings).toEqual([
      { file: 'package.json', message: expect.stringMatching(/^invalid JSON at line 3, column 1: /) },
    ]);
  });

  it('package-lock v1 and v3', () => {
    const v3 = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': {},
        'node_modules/a': { version: '1.0.0' },
        'node_modules/a/node_modules/@s/b': { version: '2.0.0', dev: true },
        'node_modules/ws': { resolved: 'x', link: true },
      },
    });
    expect(deps('package-lock', 'package-lock.json', v3)).toEqual(['a 1.0.0', '@s/b 2.0.0 (dev)']);
    const v1 = JSON.stringify({
      lockfileVersion: 1,
      dependencies: { a: { version: '1.0.0', dependencies: { b: { version: '2.0.0' } } } },
    });
    expect(deps('package-lock', 'package-lock.json', v1)).toEqual(['a 1.0.0', 'b 2.0.0']);
  });

  it('yarn.lock classic and berry', () => {
    const classic =
      '# yarn lockfile v1\n\n"@babel/core@^7.0.0", "@babel/core@^7.1.0":\n  version "7.26.0"\n\nlodash@^4.17.21:\n  version "4.17.21"\n';
    expect(deps('yarn-lock', 'yarn.lock', classic)).toEqual(['@babel/core 7.26.0', 'lodash 4.17.21']);
    const berry =
      '__metadata:\n  version: 8\n\n"express@npm:^4.21.1":\n  version: 4.21.1\n\n"app@workspace:.":\n  version: 0.0.0-use.local\n';
    expect(deps('yarn-lock', 'yarn.lock', berry)).toEqual(['express 4.21.1']);
  });

  it('pnpm-lock: one manifest per importer, v6 and v9 keys', () => {
    const v9 =
      "lockfileVersion: '9.0'\nimporters:\n  .:\n    devDependencies:\n      eslint: {specifier: ^9, version: 9.14.0}\n  apps/api:\n    dependencies:\n      fastify:\n        specifier: ^5\n        version: 5.1.0\npackages:\n  fastify@5.1.0: {}\n  '@scope/x@1.0.0': {}\n";
    const all = parseManifests('pnpm-lock', 'pnpm-lock.yaml', v9);
    expect(all.map((p) => [p.manifest!.dir, p.manifest!.dependencies.map((d) => d.name)])).toEqual([
      ['.', ['eslint', 'fastify', '@scope/x']],
      ['apps/api', ['fastify']],
    ]);
    const v6 =
      "lockfileVersion: '6.0'\ndependencies:\n  koa:\n    specifier: ^2\n    version: 2.15.3\npackages:\n  /koa@2.15.3: {}\n  /@types/node@20.1.0: {}\n";
    expect(parseManifest('pnpm-lock', 'pnpm-lock.yaml', v6).manifest!.dependencies.map((d) => d.name)).toEqual([
      'koa',
      '@types/node',
    ]);
  });

  it('bun.lock is JSONC with trailing commas; strings keep their commas and slashes', () => {
    const text =
      '{\n  // comment\n  "lockfileVersion": 1,\n  "packages": {\n    "hono": ["hono@4.6.9", "", {}, "sha512-a,b//c"],\n  },\n}\n';
    expect(deps('bun-lock', 'bun.lock', text)).toEqual(['hono 4.6.9']);
  });
});

describe('Python manifests', () => {
  it('normalises names per PEP 503', () => {
    expect(normalizePythonName('Django_REST.framework')).toBe('django-rest-framework');
  });

  it('requirements: extras, markers, hashes, URLs, editables, includes, dev from the file name', () => {
    const text =
      '-r base.txt\n-c ../constraints.txt\n--index-url https://x\nFlask[async]>=3 ; python_version >= "3.11"  # web\nrequests==2.32.3 \\\n    --hash=sha256:abc\n-e git+https://github.com/a/b.git#egg=Extra_Pkg\nname @ https://example.test/name-1.0.tar.gz\nhttps://example.test/nameless.whl\n>>> junk\n';
    const r = parseManifest('requirements', 'requirements/dev.txt', text);
    expect(r.manifest!.dependencies.map((d) => `${d.name}|${d.version ?? ''}|${d.dev}|${d.line}`)).toEqual([
      'flask|>=3|true|4',
      'requests|==2.32.3|true|5',
      'extra-pkg|git+https://github.com/a/b.git#egg=Extra_Pkg|true|7',
      'name|https://example.test/name-1.0.tar.gz|true|8',
    ]);
    expect(r.manifest!.includes).toEqual([
      { file: 'requirements/base.txt', constraint: false },
      { file: 'constraints.txt', constraint: true },
    ]);
    expect(r.warnings).toEqual([{ file: 'requirements/dev.txt', message: '1 line not understood: 10' }]);
    expect(parseManifest('requirements', 'requirements.txt', 'flask\n').manifest!.dependencies[0]!.dev).toBe(false);
  });

  it('compiled requirements: a package only `# via` other packages is transitive', () => {
    const text = [
      '# This file is autogenerated by pip-compile with Python 3.12',
      '#    pip-compile requirements.in',
      'aiohttp==3.9.5 \\',
      '    --hash=sha256:abc',
      '    # via',
      '    #   langchain',
      '    #   yarl',
      'fastapi==0.111.0',
      '    # via -r requirements.in',
      'langchain==0.2.5',
      '    # via',
      '    #   -r requirements.in',
      '    #   langchain-community',
      'myapp==1.0',
      '    # via myapp (pyproject.toml)',
      'starlette==0.37.2',
      '    # via fastapi',
      'django==4.2  # via -r base.in, celery',
      'tornado==6.4  # via jupyter-client',
      'requests==2.32.3',
    ].join('\n');
    const found = parseManifest('requirements', 'requirements.txt', text).manifest!.dependencies;
    expect(found.map((d) => `${d.name}${d.transitive ? ' (transitive)' : ''}`)).toEqual([
      'aiohttp (transitive)',
      'fastapi',
      'langchain',
      'myapp',
      'starlette (transitive)',
      'django',
      'tornado (transitive)',
      'requests',
    ]);
  });

  it('PEP 508 requirements', () => {
    expect(parseRequirement('uvicorn[standard] (>=0.30)')).toEqual({
      name: 'uvicorn',
      version: '>=0.30',
      extras: ['standard'],
    });
    expect(parseRequirement('not a requirement')).toBeUndefined();
  });

  it('pyproject: PEP 621, optional deps, PEP 735 groups, Poetry groups, PDM and uv dev deps', () => {
    const text = `[project]\nname = "svc"\ndependencies = ["FastAPI>=0.115", "torch"]\n[project.optional-dependencies]\ntest = ["pytest"]\ngpu = ["cupy"]\n[dependency-groups]\nlint = ["ruff", {include-group = "test"}]\nserver = ["gunicorn"]\n[tool.poetry.dependencies]\npython = "^3.12"\nDjango = "^5.1"\n[tool.poetry.group.docs.dependencies]\nmkdocs = "*"\n[tool.pdm.dev-dependencies]\ndev = ["ipython"]\n[tool.uv]\ndev-dependencies = ["mypy"]\n[tool.uv.workspace]\nmembers = ["packages/*"]\n`;
    const m = parseManifest('pyproject', 'pyproject.toml', text).manifest!;
    expect(m.name).toBe('svc');
    expect(m.workspaces).toEqual(['packages/*']);
    expect(m.dependencies.map((d) => `${d.name}${d.dev ? ' (dev)' : ''}`)).toEqual([
      'fastapi',
      'torch',
      'pytest (dev)',
      'cupy',
      'ruff (dev)',
      // an application installs its own non-dev groups (`uv sync --group server`)
      'gunicorn',
      'django',
      'mkdocs (dev)',
      'ipython (dev)',
      'mypy (dev)',
    ]);
    expect(m.dependencies[0]!.line).toBe(3);
  });

  it('bad TOML is one warning with its position', () => {
    const r = parseManifest('pyproject', 'pyproject.toml', '[project]\ndependencies = ["a"\n');
    expect(r.warnings[0]!.message).toMatch(/^invalid TOML at line \d+, column \d+: /);
  });

  it('Pipfile, Pipfile.lock, uv/poetry/pdm locks', () => {
    expect(
      deps(
        'pipfile',
        'Pipfile',
        '[packages]\nDjango = "~=5.1"\nchannels = {version = "*", extras = ["daphne"]}\n[dev-packages]\nruff = "*"\n',
      ),
    ).toEqual(['django ~=5.1 :2', 'channels :3', 'ruff (dev) :5']);
    expect(
      deps(
        'pipfile-lock',
        'Pipfile.lock',
        JSON.stringify({ default: { a: { version: '==1.0' } }, develop: { b: { version: '==2.0' } } }),
      ),
    ).toEqual(['a 1.0', 'b 2.0 (dev)']);
    const uv =
      '[[package]]\nname = "svc"\nversion = "0.1.0"\nsource = { editable = "." }\n[[package]]\nname = "numpy"\nversion = "2.1.3"\n';
    expect(deps('uv-lock', 'uv.lock', uv)).toEqual(['numpy 2.1.3']);
    const pdm =
      '[[package]]\nname = "pytest"\nversion = "8.3.3"\ngroups = ["test"]\n[[package]]\nname = "fastapi"\nversion = "0.115.4"\ngroups = ["default"]\n';
    expect(deps('pdm-lock', 'pdm.lock', pdm)).toEqual(['pytest 8.3.3 (dev)', 'fastapi 0.115.4']);
  });

  it('setup.py read as text: literal lists, triple quotes, extras; a computed list is a warning, never run', () => {
    const literal =
      'setup(\n  name="x",\n  install_requires=[\n    "tornado>=6",\n    \'motor\',\n    """pyyaml""",\n  ],\n  extras_require={"test": ["pytest"], "s3": ["boto3"]},\n)\n';
    expect(deps('setup-py', 'setup.py', literal)).toEqual([
      'tornado >=6 :4',
      'motor :5',
      'pyyaml :6',
      'pytest (dev) :8',
      'boto3 :8',
    ]);
    const computed = parseManifest('setup-py', 'setup.py', 'setup(install_requires=read())\n');
    expect(computed.warnings[0]!.message).toMatch(/install_requires is computed \(line 1\)/);
  });

  it('setup.cfg and conda environment files', () => {
    expect(
      deps(
        'setup-cfg',
        'setup.cfg',
        '[options]\ninstall_requires =\n    flask>=3\n    requests\n[options.extras_require]\ntest =\n    pytest\n',
      ),
    ).toEqual(['flask >=3 :3', 'requests :4', 'pytest (dev) :7']);
    expect(
      deps(
        'conda',
        'environment.yml',
        'dependencies:\n  - python=3.11\n  - conda-forge::pytorch=2.5\n  - pip\n  - pip:\n      - flask==3.0.3\n',
      ).map((d) => d.split(' ')[0]),
    ).toEqual(['pytorch', 'flask']);
  });
});

describe('deployment files', () => {
  it('Dockerfile: stages, ARG images, runtimes, installs, CMD', () => {
    const text =
      'ARG PY=3.12\nFROM python:${PY}-slim AS base\nRUN pip install --no-cache-dir fastapi uvicorn[standard]==0.32 \\\n    && npm install -g pm2\nFROM base\nCMD ["uvicorn", "app:app"]\n';
    const m = parseManifest('dockerfile', 'Dockerfile', text).manifest!;
    expect(m.images).toEqual([{ file: 'Dockerfile', line: 2, detail: 'python:3.12-slim' }]);
    expect(m.dependencies.map((d) => `${d.ecosystem}:${d.name}`)).toEqual([
      'python:fastapi',
      'python:uvicorn',
      'node:pm2',
    ]);
    expect(m.runtimes!.map((r) => r.detail)).toEqual([
      'python runtime: python:3.12-slim',
      'python runtime: ["uvicorn", "app:app"]',
    ]);
  });

  it('compose replicas and SAM templates with CloudFormation tags', () => {
    const compose = parseManifest(
      'compose',
      'docker-compose.yml',
      'services:\n  api:\n    image: node:20\n    deploy:\n      replicas: 3\n',
    ).manifest!;
    expect(compose.scaleOut![0]!.detail).toBe('api: 3 replicas');
    const sam = parseManifest(
      'serverless',
      'template.yaml',
      'Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.12\n      Role: !GetAtt Role.Arn\n      Environment: !Ref Env\n',
    );
    expect(sam.warnings).toEqual([]);
    expect(sam.manifest!.runtimes![0]!.detail).toBe('python runtime: python3.12');
  });

  it('Kubernetes: replicas, HPA, Helm templates not parsed as YAML', () => {
    const k = parseManifest(
      'kubernetes',
      'k8s/d.yaml',
      'kind: Deployment\nspec:\n  replicas: 4\n---\nkind: HorizontalPodAutoscaler\n',
    ).manifest!;
    expect(k.scaleOut!.map((e) => e.detail)).toEqual(['replicas: 4', 'HorizontalPodAutoscaler']);
    expect(parseManifest('kubernetes', 'charts/x/templates/d.yaml', 'replicas: {{ .Values.n }}\n').warnings).toEqual(
      [],
    );
  });

  it('Procfile runtimes', () => {
    expect(
      parseManifest('procfile', 'Procfile', 'web: gunicorn app:app\nworker: node worker.js\n').manifest!.runtimes!.map(
        (r) => r.detail,
      ),
    ).toEqual(['python runtime: gunicorn app:app', 'node runtime: node worker.js']);
  });
});

describe('YAML a generator has not filled in yet', () => {
  it('is read without a warning on the process (a key made of a flow map)', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      const text = 'services:\n  {{ cookiecutter.project_slug }}:\n    build:\n      context: .\n';
      parseManifests('compose', 'template/docker-compose.yml', text);
      parseManifests('pnpm-workspace', 'template/pnpm-workspace.yaml', 'packages:\n  {{ x }}: y\n');
      parseManifests('conda', 'template/environment.yml', 'name: env\n{{ a }}: 1\n');
      // a process warning is emitted on a later tick
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });
});

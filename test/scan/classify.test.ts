import { describe, expect, it } from 'vitest';
import { classify, isVirtualenv } from '../../src/scan/index.js';
import { languageOf } from '../../src/knowledge/languages.js';

describe('classify', () => {
  it('gives JS, TS and Python files the source role with linguist names', () => {
    expect(classify('src/app.mjs')).toEqual({ role: 'source', language: 'JavaScript' });
    expect(classify('src/App.jsx')).toEqual({ role: 'source', language: 'JavaScript' });
    expect(classify('src/server.cts')).toEqual({ role: 'source', language: 'TypeScript' });
    expect(classify('src/View.tsx')).toEqual({ role: 'source', language: 'TypeScript' });
    expect(classify('app/main.py')).toEqual({ role: 'source', language: 'Python' });
    expect(classify('tools/gui.pyw')).toEqual({ role: 'source', language: 'Python' });
    expect(classify('web/App.vue')).toEqual({ role: 'source', language: 'Vue' });
    expect(classify('web/Page.svelte')).toEqual({ role: 'source', language: 'Svelte' });
  });

  it('makes notebooks their own role', () => {
    expect(classify('analysis/explore.ipynb')).toEqual({ role: 'notebook', language: 'Jupyter Notebook' });
  });

  it('counts other programming and markup languages without reading them', () => {
    expect(classify('cmd/main.go')).toEqual({ role: 'other', language: 'Go' });
    expect(classify('lib/app.ex')).toEqual({ role: 'other', language: 'Elixir' });
    expect(classify('lib/app.exs')).toEqual({ role: 'other', language: 'Elixir' });
    expect(classify('analysis/model.R')).toEqual({ role: 'other', language: 'R' });
    // a Makefile is read for the run commands of its recipes, and still counts as Makefile
    expect(classify('Makefile')).toEqual({ role: 'manifest', manifestKind: 'run-doc', language: 'Makefile' });
    expect(classify('public/index.html')).toEqual({ role: 'other', language: 'HTML' });
    expect(classify('styles/site.scss')).toEqual({ role: 'other', language: 'SCSS' });
  });

  it('gives data, prose and typing stubs no language', () => {
    // YAML and JSON files of no known name are read only as possible templates (issue 25), with no language
    for (const path of ['data.json', 'config.yaml'])
      expect(classify(path), path).toEqual({ role: 'manifest', manifestKind: 'template-candidate' });
    for (const path of ['.github/ci.yml', 'tests/data/cases.json', 'docs/mkdocs.yaml'])
      expect(classify(path), path).toEqual({ role: 'other' });
    // a CI workflow is read for the functions its steps deploy from the command line, with no language
    expect(classify('.github/workflows/ci.yml')).toEqual({ role: 'manifest', manifestKind: 'workflow' });
    for (const path of ['Cargo.toml', 'notes.txt', 'stubs/mod.pyi', '.eslintrc']) {
      expect(classify(path), path).toEqual({ role: 'other' });
    }
    // a README is read for the run commands in its code, with no language
    expect(classify('README.md')).toEqual({ role: 'manifest', manifestKind: 'run-doc' });
  });

  it('marks manifests by name and keeps the language of code manifests', () => {
    expect(classify('package.json')).toEqual({ role: 'manifest', manifestKind: 'package.json' });
    expect(classify('api/requirements-dev.txt')).toEqual({ role: 'manifest', manifestKind: 'requirements' });
    expect(classify('setup.py')).toEqual({ role: 'manifest', manifestKind: 'setup-py', language: 'Python' });
    expect(classify('Dockerfile')).toEqual({
      role: 'manifest',
      manifestKind: 'dockerfile',
      language: 'Dockerfile',
    });
  });

  it('reads lockfiles as manifests but counts them for no language', () => {
    expect(classify('yarn.lock')).toEqual({ role: 'manifest', manifestKind: 'yarn-lock' });
    expect(classify('package-lock.json')).toEqual({ role: 'manifest', manifestKind: 'package-lock' });
    expect(classify('poetry.lock')).toEqual({ role: 'manifest', manifestKind: 'poetry-lock' });
  });

  it('leaves out files under vendored, cache and build folders at any depth', () => {
    for (const path of [
      'node_modules/express/index.js',
      'packages/web/node_modules/react/package.json',
      'vendor/github.com/x/y.go',
      'third_party/lib.py',
      '.venv/lib/python3.12/site-packages/flask/app.py',
      'app/__pycache__/x.py',
      '.tox/py312/x.py',
      'web/dist/main.js',
      'build/lib/x.py',
      '.next/server/page.js',
      'web/.svelte-kit/output/x.js',
      'coverage/lcov-report/x.js',
      '.git/config',
    ]) {
      expect(classify(path), path).toBeUndefined();
    }
  });

  it('leaves out minified, bundled, mapped and generated files', () => {
    for (const path of [
      'public/jquery.min.js',
      'public/lib-min.js',
      'public/app.bundle.js',
      'public/app.js.map',
      'proto/user_pb2.py',
      'proto/user_pb2_grpc.py',
      'proto/user.pb.go',
      'src/api.generated.ts',
      'src/env.d.ts',
    ]) {
      expect(classify(path), path).toBeUndefined();
    }
  });

  it('does not mistake names that merely contain a vendored word', () => {
    expect(classify('src/distance.py')?.language).toBe('Python');
    expect(classify('builder/index.ts')?.language).toBe('TypeScript');
    expect(classify('src/vendors.ts')?.language).toBe('TypeScript');
  });

  it('maps well-known file names and ignores a leading dot as an extension', () => {
    expect(languageOf('Gemfile')).toBe('Ruby');
    expect(languageOf('ci/Jenkinsfile')).toBe('Groovy');
    expect(languageOf('.bashrc')).toBe('Shell');
    expect(languageOf('.py')).toBeUndefined();
  });
});

describe('isVirtualenv', () => {
  const from = (paths: string[]) => (path: string) => paths.includes(path);

  it('recognises any folder holding pyvenv.cfg', () => {
    expect(isVirtualenv('py312-env', from(['pyvenv.cfg', 'bin/python']))).toBe(true);
  });

  it('recognises the usual names with an activation script', () => {
    expect(isVirtualenv('venv', from(['bin/activate']))).toBe(true);
    expect(isVirtualenv('.venv', from(['Scripts/activate']))).toBe(true);
  });

  it('keeps an env folder of settings and activation scripts under other names', () => {
    expect(isVirtualenv('env', from(['production.py', 'bin/deploy']))).toBe(false);
    expect(isVirtualenv('tools', from(['bin/activate']))).toBe(false);
  });
});

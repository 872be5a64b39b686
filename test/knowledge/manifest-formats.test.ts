import { describe, expect, it } from 'vitest';
import { manifestKindOf } from '../../src/knowledge/manifest-files.js';
import { LOCKFILE_KINDS, MANIFEST_FORMATS, PYTHON_PROJECT_KINDS } from '../../src/knowledge/manifest-formats.js';
import { FILE_SIGNAL_RULES } from '../../src/knowledge/signals.js';
import { LANGUAGELESS_MANIFESTS } from '../../src/knowledge/vendored.js';

describe('manifest formats table', () => {
  it('one row per kind', () => {
    const kinds = MANIFEST_FORMATS.map((f) => f.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('lockfiles and Python project kinds are derived from it', () => {
    expect(LOCKFILE_KINDS.node).toEqual(['package-lock', 'yarn-lock', 'pnpm-lock', 'bun-lock']);
    expect(LOCKFILE_KINDS.python).toEqual(['pipfile-lock', 'uv-lock', 'poetry-lock', 'pdm-lock']);
    expect([...PYTHON_PROJECT_KINDS].sort()).toEqual(
      ['conda', 'pipfile', 'pixi', 'pyproject', 'requirements', 'setup-cfg', 'setup-py'].sort(),
    );
    expect(LANGUAGELESS_MANIFESTS.map((m) => m.kind)).toEqual([...LOCKFILE_KINDS.node, ...LOCKFILE_KINDS.python]);
    const lockfileRules = FILE_SIGNAL_RULES.filter((r) => r.fact.kind === 'manifest' && r.signal === 'security');
    expect(lockfileRules.flatMap((r) => (r.fact.kind === 'manifest' ? r.fact.manifests : []))).toEqual([
      ...LOCKFILE_KINDS.node,
      ...LOCKFILE_KINDS.python,
    ]);
  });

  it('file names resolve to their kind, first match in table order', () => {
    const cases: [string, string | undefined][] = [
      ['package.json', 'package.json'],
      ['a/npm-shrinkwrap.json', 'package-lock'],
      ['requirements/base.txt', 'requirements'],
      ['constraints.txt', 'requirements'],
      ['Pipfile.lock', 'pipfile-lock'],
      ['app/pixi.toml', 'pixi'],
      ['Taskfile.yml', 'run-doc'],
      ['svc/vagga.yaml', 'run-doc'],
      ['deploy/app.yaml', 'platform'],
      ['deploy/api.yaml', 'kubernetes'],
      ['template.yaml', 'serverless'],
      ['api.Dockerfile', 'dockerfile'],
      ['docker/web.dockerfile', 'dockerfile'],
      ['Dockerfile.api', 'dockerfile'],
      ['dockerfile-prod', 'dockerfile'],
      ['lambdas/image/docker_file', 'dockerfile'],
      ['docker-file.md', undefined],
      ['deploy/backend.Dockerfile.dev', 'dockerfile'],
      ['dockerfiles/worker', 'dockerfile'],
      ['docs/Dockerfile.md', undefined],
      ['.dockerignore', undefined],
      ['README.md', 'run-doc'],
      ['api/readme.rst', 'run-doc'],
      ['Makefile', 'run-doc'],
      ['justfile', 'run-doc'],
      ['README-zh.md', undefined],
      ['docs/readme-images.png', undefined],
    ];
    for (const [path, kind] of cases) expect(manifestKindOf(path), path).toBe(kind);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { parseBuildFile, resolveTarget } from '../../src/detect/manifests/build-file.js';
import { parseDockerfile } from '../../src/detect/manifests/deploy.js';
import { manifestKindOf } from '../../src/knowledge/manifest-files.js';
import { scan } from '../../src/scan/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const factsOf = async (name: string) => detect(await scan(path.join(FIXTURES, name)));
const targets = (file: string, text: string) =>
  (parseBuildFile(file, text).manifest?.buildTargets ?? []).map((t) => [
    t.label,
    t.rule,
    t.line,
    t.backend,
    t.packages,
  ]);

describe('programs declared by BUILD files: Bazel and Pants (issue 25)', () => {
  it('BUILD, BUILD.bazel and BUILD.pants are read as BUILD files; a build/ folder or BUILD.md is not', () => {
    expect(manifestKindOf('services/api/BUILD.bazel')).toBe('build-file');
    expect(manifestKindOf('src/python/app/BUILD')).toBe('build-file');
    expect(manifestKindOf('BUILD.pants')).toBe('build-file');
    expect(manifestKindOf('docs/BUILD.md')).not.toBe('build-file');
  });

  it('reads binaries and the targets packaging them, not libraries, tests or calls inside strings and comments', () => {
    const text = [
      'load("@rules_python//python:defs.bzl", "py_binary")',
      'py_library(name = "lib", srcs = ["lib.py"])',
      'py_binary(',
      '    name = "server",',
      '    srcs = ["server.py"],  # py_binary(name = "commented")',
      '    args = ["--greeting=(hi"],',
      ')',
      'py_test(name = "server_test", srcs = ["server_test.py"], deps = [":server"])',
      'oci_image(',
      '    name = "image",',
      '    tars = [py_image_layer(name = "layer", binary = ":server")],',
      ')',
      'js_binary(name = "web", entry_point = "main.js")',
      'py3_image(name = "all_in_one", srcs = ["server.py"], main = "server.py")',
    ].join('\n');
    expect(targets('api/BUILD.bazel', text)).toEqual([
      ['api:server', 'py_binary', 3, 'python', undefined],
      ['api:image', 'oci_image', 9, undefined, ['api:server']],
      ['api:web', 'js_binary', 13, 'node', undefined],
      ['api:all_in_one', 'py3_image', 14, 'python', undefined],
    ]);
    // a Pants docker_image packages what its dependencies name; python_sources and a distribution are nothing
    expect(
      targets(
        'src/app/BUILD',
        'python_sources()\npex_binary(name="bin", entry_point="main.py")\ndocker_image(name="img", dependencies=[":bin", "//src/shared:lib"])\n',
      ),
    ).toEqual([
      ['src/app:bin', 'pex_binary', 2, 'python', undefined],
      ['src/app:img', 'docker_image', 3, undefined, ['src/app:bin', 'src/shared:lib']],
    ]);
    expect(
      parseBuildFile('libs/BUILD', 'py_library(name = "common", srcs = glob(["*.py"]))\n').manifest,
    ).toBeUndefined();
    // unbalanced to the end of the file: read as far as it goes, no throw
    expect(targets('BUILD', 'py_binary(name = "cli", srcs = ["cli.py"]')).toEqual([
      ['.:cli', 'py_binary', 1, 'python', undefined],
    ]);
  });

  it('resolves targets as commands and BUILD files write them', () => {
    expect(resolveTarget(':server', 'services/api')).toBe('services/api:server');
    expect(resolveTarget('server', 'services/api')).toBe('services/api:server');
    expect(resolveTarget('//services/api:server', 'x')).toBe('services/api:server');
    expect(resolveTarget('//services/api', 'x')).toBe('services/api:api');
    expect(resolveTarget('//:tool', 'x')).toBe('.:tool');
    expect(resolveTarget('src/app:bin', '.')).toBe('src/app:bin');
    expect(resolveTarget('@pypi//flask', 'x')).toBeUndefined();
    expect(resolveTarget('//../outside:x', '.')).toBeUndefined();
  });

  it('a Dockerfile RUN that builds a target is kept as a build run, in shell or exec form', () => {
    const dockerfile = parseDockerfile(
      'Dockerfile',
      'FROM bazel AS b\nRUN ["bazel", "build", "//svc:app"]\nRUN bazelisk build --config=opt //svc:worker && cp -rL bazel-bin /o\nRUN pip install flask\n',
    ).manifest!;
    expect(dockerfile.buildRuns?.map((r) => [r.line, r.command])).toEqual([
      [2, 'bazel build //svc:app'],
      [3, 'bazelisk build --config=opt //svc:worker && cp -rL bazel-bin /o'],
    ]);
  });

  it('Bazel binaries an image packages or a Dockerfile builds are services at their folders, by their own code', async () => {
    const facts = await factsOf('bazel-binaries');
    expect(facts.services.map((s) => [s.path, s.current, s.kind, s.frameworks])).toEqual([
      ['services/gateway', 'python', 'http', ['Flask']],
      ['services/relay', 'python', 'worker', ['MQTT subscriber']],
      ['services/storefront', 'node', 'http', ['Express']],
    ]);
    const entry = (p: string) => facts.services.find((s) => s.path === p)?.entry;
    expect(entry('services/gateway')).toContainEqual(
      expect.objectContaining({ file: 'Dockerfile', line: 4, detail: 'RUN bazel build //services/gateway:app' }),
    );
    expect(entry('services/relay')).toContainEqual(
      expect.objectContaining({
        file: 'services/relay/BUILD.bazel',
        line: 11,
        detail: 'oci_image image packages //services/relay:relay',
      }),
    );
    // the root lends its manifests and is no service; a binary run by hand and a library are none
    const paths = [...facts.services.map((s) => s.path), ...facts.notServices.map((n) => n.path)];
    for (const none of ['.', 'tools/migrate', 'libs/common'])
      expect(facts.services.map((s) => s.path)).not.toContain(none);
    expect(paths).not.toContain('tools/migrate');
  });

  it('a Pants pex that a docker_image packages or a Dockerfile copies in is a service; a pex nobody images is not', async () => {
    const facts = await factsOf('pants-pex-images');
    expect(facts.services.map((s) => [s.path, s.current, s.kind])).toEqual([
      ['src/python/ledger/api', 'python', 'http'],
      ['src/python/ledger/webhooks', 'python', 'http'],
    ]);
    // a docker_image naming no dependency: Pants infers the pex from the Dockerfile's COPY, and so does the reader
    expect(facts.services[1]?.entry).toContainEqual(
      expect.objectContaining({
        file: 'src/python/ledger/webhooks/Dockerfile',
        line: 2,
        detail: 'COPY src.python.ledger.webhooks/server.pex',
      }),
    );
    expect(facts.services[0]?.entry).toContainEqual(
      expect.objectContaining({
        file: 'src/python/ledger/api/BUILD',
        line: 8,
        detail: 'docker_image img packages //src/python/ledger/api:bin',
      }),
    );
  });
});

describe('meta-framework apps run as a Node server: server routes decide (issue 25)', () => {
  it('a SvelteKit app whose only function platform is listed, never registered, is a frontend whatever runs its preview', async () => {
    const facts = await factsOf('sveltekit-adapters');
    expect(facts.services.map((s) => [s.path, s.current, s.kind, s.frameworks])).toEqual([
      ['shop', 'node', 'http', ['SvelteKit']],
    ]);
    const console = facts.notServices.find((n) => n.path === 'console');
    expect(console?.reason).toBe('frontend');
    expect(console?.why).toBe(
      'a SvelteKit app with no server routes: Firebase Functions among its dependencies, but none of its code imports one or starts a server; its server only renders its pages',
    );
  });
});

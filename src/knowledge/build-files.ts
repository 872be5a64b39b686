import type { Backend } from '../model/common.js';

/**
 * Build systems whose BUILD files declare programs (Bazel, Pants): a binary target makes its
 * package folder a program of its own, without a package.json or requirements file beside it (it
 * takes its dependencies from the workspace's). The binary's folder is a service only where an
 * image packages it or a deployment or start command runs it; a library target never is one, and
 * a binary nothing runs is a tool. One record per build system; the manifest format's file names,
 * the BUILD file reader and the command reader are derived from these records.
 */
export interface BuildSystem {
  id: string;
  /** The tool's name, as the evidence shows it. */
  tool: string;
  /** Base names of its BUILD files. */
  names: readonly RegExp[];
  /** Rules that declare a program run by the backend (`py_binary`, `js_binary`). */
  binaries: Readonly<Partial<Record<Backend, readonly string[]>>>;
  /**
   * Rules that are a program and its image at once (`py3_image`): the folder holding one is
   * packaged to run, by the backend given.
   */
  imagedBinaries: Readonly<Partial<Record<Backend, readonly string[]>>>;
  /**
   * Attributes by which any other target names the binary it packages (`binary = ":server"` of an
   * `oci_image` macro or a `py_image_layer`, `dependencies = [":bin"]` of a Pants `docker_image`),
   * with the rules that read it that way; `*` for any rule.
   */
  packagedBy: readonly { attribute: string; rules: readonly string[] | '*' }[];
  /**
   * The tool's commands that build or run one target (`bazel run //api:server`, `pants package
   * api:bin`), regular-expression source matched on a command line; the target is the `target` group.
   */
  commands: readonly string[];
  /**
   * The tool's commands that run one target (`bazel run //api:server`, `pants run api:main`), as `commands`: read where
   * people write down how to start the project (a README, a Makefile, a script), where a build alone runs nothing.
   */
  runs: readonly string[];
  /**
   * Paths of the binary's built artifact as a Dockerfile copies it in (Pants' `src.python.app/bin.pex`),
   * regular-expression source with the groups `dir` (the package folder, `.` for `/`) and `name`: the image
   * runs that binary, as a packaging target's would.
   */
  artifacts?: readonly string[];
}

/** A target as commands write it: `//pkg:name`, `pkg:name`, `//pkg`, `:name`. */
const TARGET = String.raw`(?<target>(?://)?[\w./@-]*(?::[\w./@+-]+)?)`;

export const BUILD_SYSTEMS: readonly BuildSystem[] = [
  {
    id: 'bazel',
    tool: 'Bazel',
    names: [/^BUILD$/, /^BUILD\.bazel$/],
    binaries: { python: ['py_binary'], node: ['js_binary', 'nodejs_binary'] },
    // rules_docker's language images build the program and its image in one target
    imagedBinaries: { python: ['py_image', 'py3_image'], node: ['nodejs_image'] },
    packagedBy: [{ attribute: 'binary', rules: '*' }],
    commands: [String.raw`\bbazel(?:isk)?\s+(?:build|run)\s+(?:--?[\w-]+(?:=\S+)?\s+)*${TARGET}`],
    runs: [String.raw`\bbazel(?:isk)?\s+run\s+(?:--?[\w-]+(?:=\S+)?\s+)*${TARGET}`],
  },
  {
    id: 'pants',
    tool: 'Pants',
    names: [/^BUILD$/, /^BUILD\.pants$/],
    binaries: { python: ['pex_binary'] },
    imagedBinaries: {},
    // a docker_image packages the pex its dependencies name (and infers the ones its Dockerfile copies)
    packagedBy: [{ attribute: 'dependencies', rules: ['docker_image'] }],
    commands: [String.raw`\bpants\s+(?:run|package)\s+(?:--?[\w-]+(?:=\S+)?\s+)*${TARGET}`],
    runs: [String.raw`\bpants\s+run\s+(?:--?[\w-]+(?:=\S+)?\s+)*${TARGET}`],
    // `pants package` writes a pex to dist/<package path with dots>/<target>.pex; docker_image infers it from COPY
    artifacts: [String.raw`^(?:dist\/)?(?<dir>[\w-]+(?:\.[\w-]+)*)\/(?<name>[\w-]+)\.pex$`],
  },
];

/** Every build system's commands naming a target, compiled (global: a line may build several). */
export const BUILD_TARGET_COMMANDS: readonly { system: string; pattern: RegExp }[] = BUILD_SYSTEMS.flatMap((s) =>
  s.commands.map((c) => ({ system: s.id, pattern: new RegExp(c, 'g') })),
);

/** Every build system's commands running a target, compiled (global). */
export const RUN_TARGET_COMMANDS: readonly { system: string; pattern: RegExp }[] = BUILD_SYSTEMS.flatMap((s) =>
  s.runs.map((c) => ({ system: s.id, pattern: new RegExp(c, 'g') })),
);

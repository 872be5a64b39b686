import { BUILD_SYSTEMS, BUILD_TARGET_COMMANDS, RUN_TARGET_COMMANDS } from '../knowledge/build-files.js';
import type { Backend, Evidence } from '../model/common.js';
import type { BuildTarget, Manifest } from '../model/facts.js';
import { shellForm } from './command-words.js';
import { writtenLines } from './image-runs.js';
import { resolveTarget } from './manifests/build-file.js';
import { commandsOf, type WorkspaceStart } from './workspace-projects.js';

/** A BUILD file's binary that something runs: its folder is a program of the backend, started as `starts` say. */
export interface StartedBinary {
  backend: Backend;
  /** The BUILD file declaring it. */
  manifest: Manifest;
  starts: WorkspaceStart[];
}

/**
 * The folders of BUILD files' binaries that run, each with how: an image target packaging the
 * binary (`oci_image` with `binary = ":server"`, a `py3_image`, a Pants `docker_image`), a
 * Dockerfile that builds it into its image or a deployment file running the tool on it (`bazel run
 * //api:server`), both deployments; a package.json script running it, and a README, Makefile or
 * script line running it (`bazel run`, not a bare build). A binary nothing runs is a tool of the
 * repository, and no folder here.
 */
export function startedBinaries(manifests: readonly Manifest[]): Map<string, StartedBinary> {
  const binaries = new Map<string, { target: BuildTarget; manifest: Manifest }>();
  for (const manifest of manifests)
    for (const target of manifest.buildTargets ?? [])
      if (target.backend) binaries.set(target.label, { target, manifest });
  const started = new Map<string, StartedBinary>();
  if (binaries.size === 0) return started;
  const start = (label: string, at: Evidence, deployed: boolean) => {
    const binary = binaries.get(label);
    if (!binary) return;
    const { target, manifest } = binary;
    const known = started.get(target.dir);
    if (known) known.starts.push({ at, deployed });
    else
      started.set(target.dir, {
        backend: target.backend!,
        manifest,
        starts: [{ at, deployed }],
      });
  };
  for (const manifest of manifests)
    for (const target of manifest.buildTargets ?? []) {
      const at = (detail: string) => ({ file: manifest.file, line: target.line, detail });
      const name = target.label.slice(target.label.lastIndexOf(':') + 1);
      if (target.imaged) start(target.label, at(`${target.rule} ${name} builds the program's image`), true);
      for (const label of target.packages ?? [])
        start(label, at(`${target.rule} ${name} packages ${absolute(label)}`), true);
    }
  // a Dockerfile copying a binary's built artifact in (`COPY src.python.app/bin.pex /bin/app`) runs it
  const artifacts = BUILD_SYSTEMS.flatMap((s) => (s.artifacts ?? []).map((a) => new RegExp(a)));
  for (const m of manifests)
    for (const copy of m.image?.stages.flatMap((stage) => stage.copies) ?? [])
      for (const source of copy.from === undefined ? copy.sources : [])
        for (const artifact of artifacts) {
          const g = artifact.exec(source)?.groups;
          if (g)
            start(
              `${g.dir!.replace(/\./g, '/')}:${g.name!}`,
              { file: m.file, line: copy.line, detail: `COPY ${source}` },
              true,
            );
        }
  const commands = [
    ...commandsOf(manifests),
    ...manifests.flatMap((m) =>
      (m.buildRuns ?? []).map(({ command, ...at }) => ({ command, at, deployed: true, dir: m.dir })),
    ),
  ];
  // the commands a README, Makefile or script writes down for people to run (`bazel run //api:server`): a build alone runs nothing
  const written = writtenLines(manifests, ['run-doc', 'shell-script', 'start-script']).map(({ command, at, dir }) => ({
    command,
    at,
    deployed: false,
    dir,
  }));
  for (const [lines, patterns] of [
    [commands, BUILD_TARGET_COMMANDS],
    [written, RUN_TARGET_COMMANDS],
  ] as const)
    for (const { command, at, deployed, dir } of lines)
      for (const { pattern } of patterns)
        for (const m of shellForm(command).matchAll(pattern)) {
          const target = m.groups?.target;
          // a pattern of targets (`//...`, `//api/...`) builds everything, runs nothing in particular
          if (!target || target.includes('...')) continue;
          const label = resolveTarget(target, dir);
          if (label) start(label, at, deployed);
        }
  return started;
}

/** A resolved target as an absolute label (`services/api:server` -> `//services/api:server`). */
function absolute(label: string): string {
  return `//${label.startsWith('.:') ? label.slice(1) : label}`;
}

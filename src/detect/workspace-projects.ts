import { WORKSPACE_FILE_FORMATS } from '../knowledge/workspace-files.js';
import type { Evidence } from '../model/common.js';
import type { Manifest, WorkspaceProject } from '../model/facts.js';
import { isInside, nearest, parentOf } from '../paths.js';
import { programWords, shellForm } from './command-words.js';
import { shortCommand } from './manifests/util.js';
import { packageScriptRun } from './package-script-runs.js';

/** A project of an Nx or Nest CLI workspace, with the workspace file that makes it and the root that lends it its manifests. */
export interface WorkspaceMember {
  project: WorkspaceProject;
  manifest: Manifest;
  /** The folder of the workspace root's package.json: its dependencies are the project's. */
  root: string;
}

/** How a workspace project is started: the evidence, and whether a deployment file (not a start script) gives it. */
export interface WorkspaceStart {
  at: Evidence;
  deployed: boolean;
}

/**
 * The projects workspace files make, by folder: each one without a package.json of its own
 * under a workspace root that has one. A project in a folder with its own package.json is that
 * package (an Nx package-based repository), and a project at the root is the root itself.
 */
export function workspaceMembers(
  manifests: readonly Manifest[],
  packages: ReadonlyMap<string, readonly Manifest[]>,
): Map<string, WorkspaceMember> {
  const hasPackageJson = { has: (dir: string) => packages.get(dir)?.some((m) => m.kind === 'package.json') === true };
  const members = new Map<string, WorkspaceMember>();
  for (const manifest of manifests) {
    for (const project of manifest.workspaceProjects ?? []) {
      if (hasPackageJson.has(project.dir)) continue;
      const root = nearest(parentOf(manifest.file), hasPackageJson);
      if (root === undefined || root === project.dir || !isInside(project.dir, root)) continue;
      // a project listed twice (a workspace.json entry and its project.json): the one that says how it runs
      const known = members.get(project.dir);
      if (!known || (!known.project.serve && project.serve)) members.set(project.dir, { project, manifest, root });
    }
  }
  return members;
}

/** What a member's folders lend: each workspace root's package.json manifests go to its projects. */
export function lentFolders(members: ReadonlyMap<string, WorkspaceMember>): Map<string, string[]> {
  const lends = new Map<string, string[]>();
  for (const [dir, { root }] of members) {
    const lent = lends.get(root);
    if (lent) lent.push(dir);
    else lends.set(root, [dir]);
  }
  for (const lent of lends.values()) lent.sort();
  return lends;
}

/** The tool a workspace file format belongs to (`Nx`, `Nest CLI`). */
export function workspaceTool(project: WorkspaceProject): string {
  return WORKSPACE_FILE_FORMATS.find((f) => f.id === project.format)?.tool ?? 'workspace';
}

/**
 * How each application project starts: its own target that runs it with Node.js (`serve:
 * @nx/js:node`), and the commands of the workspace's start scripts and deployment files that run
 * it by name with the workspace tool (`nx serve api`, `nx run api:serve`, `nest start auth`, a
 * bare `nest start` for the Nest CLI's default project), a package manager's run of a script
 * read as that script with the words after it (`yarn start:dev auth`).
 */
export function workspaceStarts(
  members: ReadonlyMap<string, WorkspaceMember>,
  manifests: readonly Manifest[],
): Map<string, WorkspaceStart[]> {
  const starts = new Map<string, WorkspaceStart[]>();
  const add = (dir: string, start: WorkspaceStart) => starts.set(dir, [...(starts.get(dir) ?? []), start]);
  const applications = [...members.values()].filter((m) => m.project.type === 'application');
  if (applications.length === 0) return starts;
  for (const { project, manifest } of applications)
    if (project.serve)
      add(project.dir, {
        at: {
          file: manifest.file,
          ...(project.line ? { line: project.line } : {}),
          detail: `${project.serve} runs ${project.name} with Node.js`,
        },
        deployed: false,
      });
  const scriptsOf = new Map(
    manifests.filter((m) => m.kind === 'package.json' && m.scripts).map((m) => [m.dir, m.scripts!] as const),
  );
  for (const { command, at, deployed, dir } of commandsOf(manifests)) {
    // an exec form (`["nx", "serve", "api"]`) read as the line a shell would run
    const line = expandScript(shellForm(command), scriptsOf.get(nearest(dir, scriptsOf) ?? '.'));
    for (const member of applications) {
      if (!isInside(dir, member.root) && !isInside(member.root, dir)) continue;
      if (runsProject(line, member.project)) add(member.project.dir, { at, deployed });
    }
  }
  return starts;
}

/** Whether a command runs the project with its workspace tool: by name, or bare for the default project. */
function runsProject(command: string, project: WorkspaceProject): boolean {
  const format = WORKSPACE_FILE_FORMATS.find((f) => f.id === project.format);
  return (
    format?.runCommands.some((pattern) => {
      const match = pattern.exec(command);
      if (!match) return false;
      const named = match.groups?.project;
      return named === undefined ? project.default === true : named === project.name;
    }) ?? false
  );
}

/** A package manager's run of a script (`yarn start:dev auth`) as the script's command with the words given after it. */
function expandScript(command: string, scripts: Readonly<Record<string, string>> | undefined): string {
  const run = packageScriptRun(command, scripts);
  if (!run) return command;
  const words = programWords(command);
  const after = words.slice(words.indexOf(run.name) + 1);
  return [run.command, ...after].join(' ');
}

/** Every start command of the tree's start scripts and deployment files, with where it runs. */
export function commandsOf(
  manifests: readonly Manifest[],
): { command: string; at: Evidence; deployed: boolean; dir: string }[] {
  const commands: { command: string; at: Evidence; deployed: boolean; dir: string }[] = [];
  for (const m of manifests) {
    if (m.kind === 'package.json' || m.kind === 'dockerfile' || m.kind === 'procfile') {
      for (const [name, command] of Object.entries(m.scripts ?? {}))
        commands.push({
          command,
          at: {
            file: m.file,
            detail:
              m.kind === 'dockerfile'
                ? `${name.toUpperCase()} ${shortCommand(command)}`
                : `${name}: ${shortCommand(command)}`,
          },
          deployed: m.kind !== 'package.json',
          dir: m.dir,
        });
    } else if (m.kind === 'compose') {
      for (const { path, command, dockerfile: _, workdir: __, ...at } of m.buildContexts ?? [])
        if (command !== undefined) commands.push({ command, at, deployed: true, dir: path });
    } else if (m.kind === 'platform') {
      for (const { name: _, command, dir, ...at } of m.processes ?? [])
        commands.push({ command, at, deployed: true, dir });
    }
  }
  return commands;
}

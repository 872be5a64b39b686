/**
 * Workspace files that make folders projects without a package.json of their own: an Nx
 * project's `project.json`, an Nx or Angular CLI workspace listing its projects
 * (`workspace.json`, `angular.json`), the Nest CLI's monorepo mode (`nest-cli.json` with
 * `"monorepo": true`). Such a project takes its dependencies from the package.json of the
 * workspace root, and is started by the workspace's tool (`nx serve api`, `nest start auth`).
 * One record per workspace tool; the manifest format's file names and the parser's reading are
 * derived from these records.
 */
export interface WorkspaceFileFormat {
  id: string;
  /** The tool's name, as the evidence shows it. */
  tool: string;
  /** Base names of its files. */
  names: readonly RegExp[];
  /**
   * How the file lists its projects: `project` is one project, the file's own folder (Nx's
   * `project.json`); `projects` is a map of project name to its root folder or to its settings
   * (`workspace.json`, `angular.json`, `nest-cli.json`).
   */
  layout: 'project' | 'projects';
  /** A top-level flag the file must set to be a workspace (`monorepo` for the Nest CLI): a single-project file makes none. */
  requires?: string;
  /**
   * Target executors (or builders, as older files call them) that run the project's built
   * program with Node.js: such a serve target makes it a server-side application.
   */
  nodeExecutors?: RegExp;
  /**
   * A command of the tool that runs one project by name: the project's name is the pattern's
   * `project` group; without one the command runs the workspace's default project.
   */
  runCommands: readonly RegExp[];
}

/** The name of an Nx or Nest project, as a command names it. */
const NAME = String.raw`(?<project>[\w@./-]+)`;
/** `@nx/js:node`, `@nx/node:node`, `@nrwl/node:execute`, `@nrwl/js:node`: Nx runs the project's built main with Node.js. */
const NX_NODE_EXECUTORS = /^@(?:nx|nrwl)\/(?:js|node):(?:node|execute)$/;
/** `nx serve api`, `nx run api:serve`, `npx nx start api`. */
const NX_RUN_COMMANDS = [
  new RegExp(String.raw`\bnx\s+(?:run\s+)?${NAME}:(?:serve|start)\b`),
  new RegExp(String.raw`\bnx\s+(?:serve|start)\s+${NAME}`),
];

export const WORKSPACE_FILE_FORMATS: readonly WorkspaceFileFormat[] = [
  {
    id: 'nx-project',
    tool: 'Nx',
    names: [/^project\.json$/],
    layout: 'project',
    nodeExecutors: NX_NODE_EXECUTORS,
    runCommands: NX_RUN_COMMANDS,
  },
  {
    id: 'nx-workspace',
    tool: 'Nx',
    names: [/^workspace\.json$/, /^angular\.json$/],
    layout: 'projects',
    nodeExecutors: NX_NODE_EXECUTORS,
    runCommands: NX_RUN_COMMANDS,
  },
  {
    id: 'nest-cli',
    tool: 'Nest CLI',
    names: [/^nest-cli\.json$/],
    layout: 'projects',
    requires: 'monorepo',
    // `nest start auth` runs the project named; a bare `nest start` the workspace's default (`root`)
    runCommands: [new RegExp(String.raw`\bnest\s+start(?:\s+--?[\w-]+)*(?:\s+(?!-)${NAME})?`)],
  },
];

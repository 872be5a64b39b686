import { escape } from './matchers.js';
/**
 * Package managers and how a command names one of the package's scripts: `npm run worker`,
 * `npm start`, `yarn worker`, `pnpm run worker`, `bun run worker`. A deployment's command that
 * runs a script is read as the script's own command, from the folder's package.json.
 */
export interface PackageScriptRunner {
  program: string;
  /** Words that run the script named after them (`run` of `npm run worker`). */
  run: readonly string[];
  /** Scripts run by their own name without `run` (`npm start`); `*` for any script (`yarn worker`). */
  direct: readonly string[] | '*';
  /** The manifest kind whose tasks it runs, where not package.json's scripts (pixi's `pixi.toml` tasks). */
  tasks?: 'pixi';
  /** Options of its run command that take a value before the script's name (`pixi run -e prod start`). */
  valueOptions?: readonly string[];
}

/**
 * Scripts a package manager runs though package.json has none of that name: `npm start` (and
 * `pnpm start`) runs `node server.js` when the package holds a `server.js` and no `start` script.
 * Such a package is started by that command like any other whose start script names it.
 */
export interface DefaultScript {
  script: string;
  /** The file, in the package's folder, whose presence makes the default. */
  file: string;
  command: string;
  /** Who runs it so, for the evidence. */
  by: string;
}

export const DEFAULT_SCRIPTS: readonly DefaultScript[] = [
  { script: 'start', file: 'server.js', command: 'node server.js', by: "npm's default start" },
];

export const PACKAGE_SCRIPT_RUNNERS: readonly PackageScriptRunner[] = [
  { program: 'npm', run: ['run', 'run-script'], direct: ['start'] },
  { program: 'yarn', run: ['run'], direct: '*' },
  { program: 'pnpm', run: ['run'], direct: '*' },
  { program: 'bun', run: ['run'], direct: [] },
  // `pixi run start` runs the `start` task of the folder's pixi manifest; a word that names no task is a
  // command pixi runs in its environment (`pixi run streamlit run app.py`), read as written
  {
    program: 'pixi',
    run: ['run'],
    direct: [],
    tasks: 'pixi',
    valueOptions: ['-e', '--environment', '--manifest-path'],
  },
];

/** Words a package manager takes as its own commands, never a script's name (`yarn install`, `pnpm dlx`). */
export const PACKAGE_MANAGER_COMMANDS: readonly string[] = [
  'install',
  'add',
  'ci',
  'exec',
  'dlx',
  'workspace',
  'workspaces',
];

/**
 * Programs that run a Node.js script of the folder (`node server.js`, `pm2 start app.js`), as
 * regular-expression source. `devMode`: the program runs the source as it is being worked on, a
 * transpiling runner (`ts-node`, `tsx`, `babel-node`) or a restarter on change (`nodemon`,
 * `ts-node-dev`); such a program is also a plain word that names it.
 */
export const NODE_LAUNCHERS: readonly { program: string; devMode?: true }[] = [
  { program: 'node' },
  { program: 'nodemon', devMode: true },
  { program: 'ts-node-dev', devMode: true },
  { program: 'ts-node', devMode: true },
  { program: 'tsx', devMode: true },
  { program: 'babel-node', devMode: true },
  { program: String.raw`bun(?:\s+run)?` },
  { program: String.raw`deno\s+run` },
  { program: String.raw`pm2(?:-runtime)?(?:\s+start)?` },
  { program: String.raw`forever\s+start` },
];

/**
 * What runs a package's TypeScript or JavaScript source in development mode: a launcher of
 * NODE_LAUNCHERS that does (`tsx watch` too), node with a source loader (`node -r
 * ts-node/register`) or a debugger's attach (`--inspect`), or `node --watch`. A package started
 * only this way is being worked on, not run as built for production.
 */
export const DEV_RUNNERS: {
  programs: readonly string[];
  nodeOptions: readonly string[];
  nodeLoaders: readonly string[];
} = {
  programs: NODE_LAUNCHERS.filter((l) => l.devMode).map((l) => l.program),
  nodeOptions: ['--watch', '--inspect', '--inspect-brk'],
  nodeLoaders: ['ts-node', 'tsx', '@babel/register'],
};
const words = (list: readonly string[]) => list.map(escape).join('|');
/** A command line that runs source in development mode (DEV_RUNNERS). */
export const DEV_RUNNER_COMMAND = new RegExp(
  String.raw`(?:^|[\s;&|("'])(?:${words(DEV_RUNNERS.programs)})(?=\s|$)` +
    String.raw`|\bnode\s+(?:\S+\s+)*?(?:(?:-r|--require|--loader|--import)\s+(?:${words(DEV_RUNNERS.nodeLoaders)})\S*|(?:${words(DEV_RUNNERS.nodeOptions)})(?:=\S*)?)(?=\s|$)`,
);

/**
 * Commands that run a program installed in the package (its dependencies' bins), not a script:
 * `npx ts-node src/server.ts`, `bunx tsx app.ts`, `pnpm exec babel-node app.js`, and `yarn
 * babel-node app.js` (yarn and pnpm run a bin by its name when no script has it). What they run
 * is read as if the bin's own command were written: a launcher's file is the code it starts.
 */
export const BIN_RUNNERS: readonly { program: string; subcommand?: string }[] = [
  { program: 'npx' },
  { program: 'bunx' },
  { program: 'npm', subcommand: 'exec' },
  { program: 'yarn', subcommand: 'exec' },
  { program: 'pnpm', subcommand: 'exec' },
  { program: 'yarn' },
  { program: 'pnpm' },
];

/**
 * Options that make an app server reload on code changes (`uvicorn hello:app --reload`, `flask run
 * --reload`, `gunicorn --reload`): the server of someone editing code, not of a deployment.
 */
export const RELOAD_OPTIONS: readonly string[] = ['--reload', '--autoreload', '--auto-reload'];

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
}

export const PACKAGE_SCRIPT_RUNNERS: readonly PackageScriptRunner[] = [
  { program: 'npm', run: ['run', 'run-script'], direct: ['start'] },
  { program: 'yarn', run: ['run'], direct: '*' },
  { program: 'pnpm', run: ['run'], direct: '*' },
  { program: 'bun', run: ['run'], direct: [] },
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

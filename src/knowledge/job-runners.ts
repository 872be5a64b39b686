/**
 * Programs that run several commands side by side from one line, one record each: a start script
 * or an image's command that runs `concurrently "node server.js" "node worker.js"` starts both, a
 * web process and a worker, as a Procfile's two lines would. detect reads each job as a command
 * of its own (see command-words `sideBySideJobs`).
 */
export interface JobRunner {
  id: string;
  /** Its program names, as a command line or a package's `node_modules/.bin` runs them. */
  programs: readonly string[];
  /** Options whose value is the next word (`--names api,worker`), so that the value is no job. */
  valuedOptions: readonly string[];
  /**
   * What each argument is: a command line of its own (concurrently), or the name of one of the
   * package's scripts (npm-run-all's `run-p api worker`), run as `npm run <name>`.
   */
  jobs: 'commands' | 'scripts';
  /** A job written as a package manager's shorthand for one of its scripts (concurrently's `npm:worker`). */
  scriptShorthand?: RegExp;
}

export const JOB_RUNNERS: readonly JobRunner[] = [
  {
    id: 'concurrently',
    programs: ['concurrently'],
    valuedOptions: [
      '-n',
      '--names',
      '-c',
      '--prefix-colors',
      '-p',
      '--prefix',
      '-l',
      '--prefix-length',
      '-t',
      '--timestamp-format',
      '-m',
      '--max-processes',
      '-s',
      '--success',
      '--restart-tries',
      '--restart-after',
      '--hide',
      '--names-separator',
      '--default-input-target',
      '--teardown',
    ],
    jobs: 'commands',
    scriptShorthand: /^(npm|yarn|pnpm|bun):(\S+)$/,
  },
  {
    // `run-p api worker`, `npm-run-all --parallel api worker` (a sequential `run-s` ends in what keeps running too)
    id: 'npm-run-all',
    programs: ['npm-run-all', 'npm-run-all2', 'run-p', 'run-s'],
    valuedOptions: ['-c', '--max-parallel', '--npm-path'],
    jobs: 'scripts',
  },
];

/**
 * Files that list the processes a process manager keeps running on a host, one record per
 * manager. They are read as a Procfile is: each process is a start command of the file's folder,
 * deployed (a process manager's list is what runs in production), so that an `api` app beside a
 * `mailer` app is a web process and a worker.
 */
export interface ProcessList {
  id: string;
  /** Base names of its files. */
  files: RegExp;
  /** The key holding the list of processes. */
  list: string;
  /** Keys of one process: the program or script it runs, its arguments, the interpreter running the script, its working folder. */
  keys: { script: string; args: string; interpreter: string; cwd: string; name: string };
  /** The interpreter by the script's extension, where the entry names none (pm2 runs `.py` with python, the rest with node). */
  interpreters: readonly { extension: RegExp; program: string }[];
}

export const PROCESS_LISTS: readonly ProcessList[] = [
  {
    id: 'pm2',
    // ecosystem.config.js, ecosystem.config.cjs, ecosystem.prod.config.js, ecosystem.json, pm2.config.js, pm2.json
    files: /^(?:ecosystem|pm2)(?:[-_.][\w-]+)*?(?:\.config(?:\.[\w-]+)?\.[cm]?js|\.json)$/,
    list: 'apps',
    keys: { script: 'script', args: 'args', interpreter: 'interpreter', cwd: 'cwd', name: 'name' },
    interpreters: [
      { extension: /\.py$/, program: 'python' },
      { extension: /\.[cm]?[jt]s$/, program: 'node' },
    ],
  },
];

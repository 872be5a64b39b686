/**
 * Process supervisors an image runs as its command, one record each: they start the programs
 * their config files list, so a deployment chain follows those programs' commands as it follows
 * a start script's.
 */
export interface ProcessSupervisor {
  id: string;
  /** The program as an image's command runs it: its name, or its path (s6-overlay's `/init`). */
  programs: readonly string[];
  /** Options whose value is the config file it reads (`supervisord -c supervisord.conf`). */
  configOptions: readonly string[];
  /** Files that list the programs it starts, looked for in the image's build context when no option names one. */
  programFiles: RegExp;
}

export const PROCESS_SUPERVISORS: readonly ProcessSupervisor[] = [
  {
    id: 'supervisord',
    programs: ['supervisord'],
    configOptions: ['-c', '--configuration'],
    programFiles:
      /(?:^|\/)supervisord?(?:[-_.][\w.-]+)?\.conf$|(?:^|\/)supervisord?(?:\/conf\.d)?\/[^/]+\.(?:conf|ini)$/i,
  },
  {
    // s6-overlay: each long-running service is a folder with a `run` script
    id: 's6-overlay',
    programs: ['/init'],
    configOptions: [],
    programFiles: /(?:^|\/)(?:services\.d|s6-rc\.d)\/[^/]+\/run$/,
  },
];

/**
 * Platform deployment files that name the commands they start, one record per file: where the
 * start commands are, and (for a file that deploys several services) the folder each one runs
 * in. Detect reads each command like a Procfile line, in that folder: `python worker.py` starts
 * the folder's worker, `gunicorn app:app` its web app.
 *
 * Heroku's app.json is not here: its `scripts` (`postdeploy`, `pr-predestroy`) run once at a
 * release; the Procfile beside it is what starts the app.
 */
export interface PlatformStartFile {
  id: string;
  /** The platform, for evidence (`deployed by Render: ...`). */
  platform: string;
  /** The file's base name. */
  file: RegExp;
  format: 'toml' | 'yaml' | 'json';
  /**
   * Key paths to a start command. `*` stands for each entry of a list or table there: a table's
   * key names the process (fly.toml `[processes] worker = "..."`), a list entry's `name` key
   * does (render.yaml `services: [{ name: worker, startCommand: ... }]`). A command may be a
   * string or a list of words (fly.toml `[experimental] cmd = ["python", "app.py"]`).
   */
  commands: readonly (readonly string[])[];
  /** In a `*` entry: the key of the folder its command runs in, relative to the repository root (render.yaml `rootDir`). */
  rootDir?: string;
  /** In a `*` entry: a key and the values that make the entry no running service (a cron job, a static site). */
  notServing?: { key: string; values: readonly string[] };
  /**
   * A line every file of the platform holds (App Engine's `runtime:`): a file of the same name
   * without it is another tool's (a GitHub App's `app.yml` of permissions, a Slack app manifest), no deployment.
   */
  marker?: RegExp;
}

export const PLATFORM_START_FILES: readonly PlatformStartFile[] = [
  {
    id: 'nixpacks',
    platform: 'Nixpacks',
    file: /^nixpacks\.toml$/,
    format: 'toml',
    commands: [['start', 'cmd']],
  },
  {
    id: 'railway-json',
    platform: 'Railway',
    file: /^railway\.json$/,
    format: 'json',
    commands: [['deploy', 'startCommand']],
  },
  {
    id: 'railway-toml',
    platform: 'Railway',
    file: /^railway\.toml$/,
    format: 'toml',
    commands: [['deploy', 'startCommand']],
  },
  {
    id: 'render',
    platform: 'Render',
    file: /^render\.ya?ml$/,
    format: 'yaml',
    commands: [
      ['services', '*', 'startCommand'],
      ['services', '*', 'dockerCommand'],
    ],
    rootDir: 'rootDir',
    notServing: { key: 'type', values: ['cron', 'static'] },
  },
  {
    id: 'fly',
    platform: 'Fly.io',
    file: /^fly\.toml$/,
    format: 'toml',
    commands: [
      ['processes', '*'],
      ['experimental', 'cmd'],
    ],
  },
  {
    id: 'app-engine',
    platform: 'App Engine',
    file: /^app\.ya?ml$/,
    format: 'yaml',
    commands: [['entrypoint']],
    marker: /^runtime\s*:/m,
  },
];

/**
 * How a server command finds its app when the command line does not name it, for the commands
 * people write in READMEs and Makefiles: an environment variable set before the command, else
 * the modules the server looks for by default. One record per server command.
 */
export interface AppDiscovery {
  /** The command's program. */
  program: string;
  /** The option that names the app on the command line (`--app`). */
  option: string;
  /** The environment variable that names it (`FLASK_APP=server.py flask run`). */
  env: string;
  /** The modules the server tries, in order, when nothing names the app. */
  defaults: readonly string[];
}

export const APP_DISCOVERY: readonly AppDiscovery[] = [
  // Flask's CLI: `--app`, else FLASK_APP, else `app.py` or `wsgi.py` in the folder it runs in
  { program: 'flask', option: '--app', env: 'FLASK_APP', defaults: ['app', 'wsgi'] },
];

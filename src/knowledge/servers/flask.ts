import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

export const flask: ServerRecord = {
  id: 'flask',
  name: 'Flask',
  role: 'http',
  python: {
    packages: ['flask'],
    // `flask --app pkg run`, `flask --app pkg --debug run`: the app option and flags may come before the subcommand
    commands: [String.raw`flask(?:\s+(?:--app|-A)(?:=|\s+)\S+|\s+--?(?!app\b)[a-z][\w-]*)*\s+run`],
    // without `--app`, FLASK_APP names the app, else the CLI tries `app.py`, then `wsgi.py`, where it runs
    appArgument: {
      options: ['--app', '-A'],
      discovery: { program: 'flask', env: 'FLASK_APP', defaults: ['app', 'wsgi'] },
    },
    modules: ['flask'],
    appObjects: ['Flask'],
    code: [
      {
        // `manage.py` built on flask.cli: `python manage.py run` starts the app's server
        id: 'py-flask-group',
        kind: 'start',
        keyword: 'FlaskGroup(',
        pattern: /\bFlaskGroup\s*\(/,
        detail: 'a FlaskGroup command line that runs the app',
        whenImports: ['flask'],
        files: PY_FILE,
      },
    ],
  },
};

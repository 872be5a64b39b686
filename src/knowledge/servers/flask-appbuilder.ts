import type { ServerRecord } from './types.js';

/**
 * Flask-AppBuilder: builds an admin app on a Flask app (`AppBuilder(app, db.session)`); the app is
 * Flask's and so is its start (`app.run()`, `flask run`, `flask fab run`). Its package brings Flask,
 * so a folder may list only `Flask-AppBuilder`.
 */
export const flaskAppbuilder: ServerRecord = {
  id: 'flask-appbuilder',
  name: 'Flask-AppBuilder',
  role: 'http',
  python: {
    packages: ['flask-appbuilder'],
    imports: ['flask_appbuilder'],
    // `flask fab run` (its own CLI group), and the older `fabmanager run`
    commands: [String.raw`flask\s+fab\s+run`, String.raw`fabmanager\s+run`],
  },
};

import type { ServerRecord } from './types.js';

/**
 * Connexion: an app from an OpenAPI spec (`app.add_api('openapi.yaml')`) on Flask (`FlaskApp`) or
 * Starlette (`AsyncApp`); 3.x's `App` is the Flask one. `.run()` starts its server (uvicorn in 3.x).
 */
export const connexion: ServerRecord = {
  id: 'connexion',
  name: 'Connexion',
  role: 'http',
  python: {
    packages: ['connexion'],
    // `connexion.App(...)`, and the classes imported by name (`from connexion import FlaskApp`)
    appObjects: [String.raw`connexion\.\w*App`, 'FlaskApp', 'AsyncApp'],
  },
};

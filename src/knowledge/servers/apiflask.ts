import type { ServerRecord } from './types.js';

/** APIFlask: a Flask subclass (`APIFlask(__name__)`) whose `.run()` and `flask run` start Flask's server. */
export const apiflask: ServerRecord = {
  id: 'apiflask',
  name: 'APIFlask',
  role: 'http',
  python: { packages: ['apiflask'], appObjects: ['APIFlask'] },
};

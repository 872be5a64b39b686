import type { ServerRecord } from './types.js';

export const cherrypy: ServerRecord = {
  id: 'cherrypy',
  name: 'CherryPy',
  role: 'http',
  python: { packages: ['cherrypy'] },
};

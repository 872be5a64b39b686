import type { ServerRecord } from './types.js';

export const pyramid: ServerRecord = {
  id: 'pyramid',
  name: 'Pyramid',
  role: 'http',
  python: {
    packages: ['pyramid'],
    // `pserve production.ini`: the app is named by the ini file's [app:main]
    commands: ['pserve'],
    // `app = config.make_wsgi_app()`: what an app server is pointed at
    appObjects: [String.raw`\w+\.make_wsgi_app`],
  },
};

import type { ServerRecord } from './types.js';

/**
 * DigitalOcean Functions: a project's `project.yml` lists `packages[]`, each with its `functions[]`;
 * `doctl serverless deploy` builds each function from `packages/<package>/<function>` beside the
 * file, its runtime `nodejs:18`, `python:3.11` or `python:default`.
 */
export const digitaloceanFunctions: ServerRecord = {
  id: 'digitalocean-functions',
  name: 'DigitalOcean Functions',
  role: 'function',
  deploys: {
    functionList: {
      files: ['project.yml', 'project.yaml'],
      entries: [['packages', '*', 'functions', '*']],
      folder: [{ literal: 'packages' }, { keys: ['name'], up: 1 }, { keys: ['name'] }],
      runtime: [['runtime']],
    },
  },
};

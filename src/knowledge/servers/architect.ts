import type { ServerRecord } from './types.js';

/**
 * Architect (arc.codes): the app manifest (`app.arc`, or `arc.json`/`arc.yaml`) declares HTTP
 * routes, WebSocket routes, events, queues and scheduled functions, each a Lambda that `arc deploy`
 * builds from a handler folder under `src/` (`src/http/get-index`). The app's folder is the one
 * function service those handlers make, as a serverless.yml's folder is; the route folders are its parts.
 */
export const architect: ServerRecord = {
  id: 'architect',
  name: 'Architect',
  role: 'function',
  deploys: {
    appManifest: {
      files: ['app.arc', '.arc', 'arc.json', 'arc.yaml', 'arc.yml'],
      sections: ['http', 'ws', 'events', 'queues', 'scheduled', 'tables-streams', 'customLambdas'],
      runtime: ['aws', 'runtime'],
      defaultBackend: 'node',
      // the TypeScript and esbuild plugins build Node.js handlers
      runtimeNames: { node: ['typescript', 'esbuild'] },
    },
  },
};

import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** React on Rails Pro's Node renderer: the HTTP server a Rails app calls to render React on the server. */
export const reactOnRailsProNodeRenderer: ServerRecord = {
  id: 'react-on-rails-pro-node-renderer',
  name: 'React on Rails Pro Node renderer',
  role: 'http',
  node: {
    packages: ['react-on-rails-pro-node-renderer', '@shakacode-tools/react-on-rails-pro-node-renderer'],
    code: [
      {
        id: 'node-react-on-rails-renderer',
        kind: 'server-start',
        keyword: 'NodeRenderer(',
        pattern: /\breactOnRailsProNodeRenderer\s*\(/,
        detail: 'starts the React on Rails Pro Node renderer',
        files: JS_FILE,
      },
    ],
  },
};

import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * NATS subscribers (core and JetStream): a process that serves messages. The clients publish as
 * often as they subscribe, so only a subscription the code opens is a worker's evidence.
 */
export const nats: ServerRecord = {
  id: 'nats',
  name: 'NATS subscriber',
  role: 'worker',
  node: {
    code: [
      {
        id: 'node-nats-subscribe',
        kind: 'server',
        keyword: 'subscribe(',
        pattern: /\.subscribe\s*\(/,
        detail: 'subscribes to a NATS subject',
        whenImports: ['nats', '@nats-io/transport-node', '@nats-io/jetstream'],
        files: JS_FILE,
      },
    ],
  },
  python: {
    code: [
      {
        id: 'py-nats-subscribe',
        kind: 'server',
        keyword: 'subscribe(',
        pattern: /\.(?:pull_)?subscribe\s*\(/,
        detail: 'subscribes to a NATS subject',
        whenImports: ['nats'],
        files: PY_FILE,
      },
    ],
  },
};

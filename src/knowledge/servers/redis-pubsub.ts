import { JS_FILE, PY_FILE } from '../code-files.js';
import { NODE_CLIENTS, PYTHON_CLIENTS } from './redis-list-queue.js';
import type { ServerRecord } from './types.js';

/**
 * A Redis pub/sub subscriber: a process that reads the messages of the channels it subscribes to.
 * Publishing is as common (a web app announcing changes), and a client may subscribe and never
 * read (a publisher's own check): only the reading is a worker's evidence, a message handler
 * (ioredis, node-redis v3) or a listener given to the subscription (node-redis v4) in Node.js,
 * `listen()`, `get_message()` or `run_in_thread()` of a `pubsub()` in redis-py (a file importing
 * redis that calls these reads a subscription: redis-py has no other `listen`).
 */

export const redisPubsub: ServerRecord = {
  id: 'redis-pubsub',
  name: 'Redis pub/sub subscriber',
  role: 'worker',
  node: {
    code: [
      {
        id: 'node-redis-message-handler',
        kind: 'server',
        keyword: 'message',
        pattern: /\.on\s*\(\s*['"]p?message(?:Buffer)?['"]/,
        detail: 'reads the messages of Redis channels',
        whenImports: NODE_CLIENTS,
        files: JS_FILE,
      },
      {
        id: 'node-redis-subscribe-listener',
        kind: 'server',
        keyword: 'ubscribe(',
        pattern: /\.[pP]?[sS]ubscribe\s*\([^,()]+,\s*(?:async\s+)?(?:\([^)]*\)\s*=>|\w+\s*=>|function\b)/,
        detail: 'reads the messages of Redis channels',
        whenImports: NODE_CLIENTS,
        files: JS_FILE,
      },
    ],
  },
  python: {
    code: [
      {
        id: 'py-redis-pubsub-listen',
        kind: 'server',
        keyword: 'listen()',
        pattern: /\.listen\s*\(\s*\)/,
        detail: 'reads the messages of Redis channels',
        whenImports: PYTHON_CLIENTS,
        files: PY_FILE,
      },
      {
        id: 'py-redis-pubsub-get-message',
        kind: 'server',
        keyword: 'get_message(',
        pattern: /\.get_message\s*\(/,
        detail: 'reads the messages of Redis channels',
        whenImports: PYTHON_CLIENTS,
        files: PY_FILE,
      },
      {
        id: 'py-redis-pubsub-thread',
        kind: 'server',
        keyword: 'run_in_thread(',
        pattern: /\.run_in_thread\s*\(/,
        detail: 'reads the messages of Redis channels',
        whenImports: PYTHON_CLIENTS,
        files: PY_FILE,
      },
    ],
  },
};

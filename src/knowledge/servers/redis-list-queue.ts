import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * A Redis list or stream used as a job queue: a blocking pop (`BLPOP`, `BRPOP`, `BRPOPLPUSH`,
 * `BZPOPMIN/MAX`) or a consumer-group read (`XREADGROUP`). A cache or a publisher
 * never blocks on a key, so only these reads are a worker's evidence, whichever client the
 * code imports (redis-py, node-redis's camel-cased commands, ioredis's lower-cased ones).
 */
/** The Redis clients' import names, by ecosystem (Redis pub/sub subscribers use the same). */
export const NODE_CLIENTS = ['redis', 'ioredis', '@redis/client'];
export const PYTHON_CLIENTS = ['redis', 'redis.asyncio', 'aioredis'];

export const redisListQueue: ServerRecord = {
  id: 'redis-list-queue',
  name: 'Redis queue consumer',
  role: 'worker',
  node: {
    code: [
      {
        id: 'node-redis-blocking-pop',
        kind: 'server',
        keyword: 'pop',
        pattern: /\.(?:b[lr]pop|brpoplpush|bzpop(?:min|max))\s*\(/,
        detail: 'takes jobs from a Redis list (blocking pop)',
        whenImports: NODE_CLIENTS,
        files: JS_FILE,
      },
      {
        // node-redis names its commands in camel case, ioredis in lower case
        id: 'node-redis-blocking-pop-camel',
        kind: 'server',
        keyword: 'Pop',
        pattern: /\.(?:b[lr]Pop|brPopLPush|bzPop(?:Min|Max))\s*\(/,
        detail: 'takes jobs from a Redis list (blocking pop)',
        whenImports: NODE_CLIENTS,
        files: JS_FILE,
      },
      {
        id: 'node-redis-group-read',
        kind: 'server',
        keyword: 'roup',
        pattern: /\.x(?:readgroup|ReadGroup)\s*\(/,
        detail: 'reads a Redis stream as a consumer group',
        whenImports: NODE_CLIENTS,
        files: JS_FILE,
      },
    ],
  },
  python: {
    code: [
      {
        id: 'py-redis-blocking-pop',
        kind: 'server',
        keyword: 'pop',
        pattern: /\.(?:b[lr]pop|brpoplpush|bzpop(?:min|max))\s*\(/,
        detail: 'takes jobs from a Redis list (blocking pop)',
        whenImports: PYTHON_CLIENTS,
        files: PY_FILE,
      },
      {
        id: 'py-redis-group-read',
        kind: 'server',
        keyword: 'xreadgroup',
        pattern: /\.xreadgroup\s*\(/,
        detail: 'reads a Redis stream as a consumer group',
        whenImports: PYTHON_CLIENTS,
        files: PY_FILE,
      },
    ],
  },
};

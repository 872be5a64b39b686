import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** RabbitMQ clients publish as often as they consume: only a consumer the code starts is a worker's evidence. */
export const rabbitmq: ServerRecord = {
  id: 'rabbitmq',
  name: 'RabbitMQ consumer',
  role: 'worker',
  node: {
    code: [
      {
        id: 'node-amqp-consume',
        kind: 'server',
        keyword: '.consume(',
        pattern: /\.consume\s*\(/,
        detail: 'consumes a RabbitMQ queue',
        whenImports: ['amqplib', 'amqp-connection-manager'],
        files: JS_FILE,
      },
    ],
  },
  python: {
    code: [
      {
        id: 'py-pika-consume',
        kind: 'server',
        keyword: 'consum',
        pattern: /\.(?:basic_consume|start_consuming)\s*\(/,
        detail: 'consumes a RabbitMQ queue (pika)',
        whenImports: ['pika'],
        files: PY_FILE,
      },
      {
        id: 'py-aio-pika-consume',
        kind: 'server',
        keyword: 'queue.',
        pattern: /\bqueue\.(?:consume|iterator)\s*\(/,
        detail: 'consumes a RabbitMQ queue (aio-pika)',
        whenImports: ['aio_pika'],
        files: PY_FILE,
      },
    ],
  },
};

import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** kombu is Celery's messaging layer too: only a consumer of its own counts, not the package. */
export const kombu: ServerRecord = {
  id: 'kombu',
  name: 'kombu',
  role: 'worker',
  python: {
    code: [
      {
        id: 'py-kombu-consumer',
        kind: 'server',
        keyword: 'Consumer',
        pattern: /\bclass\s+\w+\s*\(\s*(?:\w+\.)*ConsumerMixin\b|\bConsumer\s*\(\s*\w+\s*,\s*queues\s*=/,
        detail: 'consumes messages with kombu',
        whenImports: ['kombu'],
        files: PY_FILE,
      },
    ],
  },
};

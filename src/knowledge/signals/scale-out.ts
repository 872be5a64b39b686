import { FILE_SIGNALS } from './constants.js';
import type { SignalRecord } from './types.js';

/** More than one process (pm2 also reads 0 and -1 as one per core), written as a number (2 or more) or as a variable set at deploy time. */
const MANY = String.raw`(?:[2-9]|[1-9]\d+|max|\$\{?\w+\}?)(?![\w.])`;

/**
 * Production scale-out: it shows that the backend in use is already set up to scale, so it
 * counts for that backend (`own`), never for the other one. A Kubernetes autoscaler or a
 * replica count has no ecosystem of its own: it belongs to the service it deploys.
 */
export const scaleOut: SignalRecord = {
  id: 'scale-out',
  summary: 'clustering, pre-fork workers, replicas, autoscalers and serverless: set up to scale out',
  packages: [
    {
      ecosystem: 'node',
      packages: [
        'pm2',
        '@socket.io/redis-adapter',
        '@socket.io/cluster-adapter',
        'serverless',
        'serverless-http',
        '@vendia/serverless-express',
        'aws-cdk-lib',
        'sst',
      ],
      imports: ['cluster', 'pm2', 'serverless-http'],
      base: 0.2,
      why: 'clustering, serverless and horizontal scale-out',
    },
    {
      ecosystem: 'python',
      packages: ['gunicorn', 'mangum', 'zappa', 'chalice', 'aws-cdk-lib'],
      imports: ['mangum', 'chalice'],
      base: 0.2,
      why: 'pre-fork workers and serverless adapters for scale-out',
    },
  ],
  files: [
    {
      fact: { kind: 'manifest', manifests: ['kubernetes', 'serverless'], label: 'deployment config' },
      strength: FILE_SIGNALS.scaleOutPerItem,
      why: 'Kubernetes or serverless deployment: built to run many instances',
    },
    {
      fact: { kind: 'scale-setting' },
      strength: FILE_SIGNALS.scaleOutPerItem,
      why: 'replicas, autoscalers and serverless functions: traffic spread over instances',
    },
    {
      fact: {
        kind: 'command',
        pattern: new RegExp(String.raw`\bpm2(?:-runtime)?\b.*\s(?:-i|--instances)[\s=]+(?:${MANY}|(?:0|-1)(?![\w.]))`),
        label: 'pm2 cluster mode',
      },
      ecosystem: 'node',
      strength: FILE_SIGNALS.scaleOutPerItem,
      why: 'pm2 cluster mode: one Node.js process per core',
    },
    {
      fact: {
        kind: 'command',
        pattern: new RegExp(String.raw`\b(?:gunicorn|uvicorn|hypercorn)\b.*\s(?:-w|--workers)[\s=]+${MANY}`),
        label: 'multiple server workers',
      },
      ecosystem: 'python',
      strength: FILE_SIGNALS.scaleOutPerItem,
      why: 'pre-fork server workers: Python scaled over processes',
    },
    {
      fact: {
        kind: 'command',
        pattern: new RegExp(String.raw`\bcelery\b.*\bworker\b.*\s(?:-c|--concurrency|--autoscale)[\s=]+${MANY}`),
        label: 'concurrent Celery workers',
      },
      ecosystem: 'python',
      strength: FILE_SIGNALS.scaleOutPerItem,
      why: 'Celery worker pools: load spread over processes',
    },
  ],
  effects: [
    {
      criterion: 'scalability',
      favours: 'own',
      points: 5,
      guide: 'L11',
      why: 'both scale well: the backend in use is already set up to',
    },
  ],
};

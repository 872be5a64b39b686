import type { SignalRecord } from './types.js';

export const queue: SignalRecord = {
  id: 'queue',
  summary: 'background job queues',
  packages: [
    {
      ecosystem: 'node',
      packages: [
        'bullmq',
        'bull',
        'bee-queue',
        'agenda',
        'kue',
        'pg-boss',
        'graphile-worker',
        '@temporalio/worker',
        'node-resque',
      ],
      base: 0.4,
      why: 'background job queues',
    },
    {
      ecosystem: 'python',
      packages: ['celery', 'rq', 'dramatiq', 'huey', 'arq', 'kombu', 'django-q', 'django-rq', 'taskiq', 'temporalio'],
      imports: ['celery', 'rq', 'dramatiq', 'huey', 'arq', 'kombu', 'django_q', 'django_rq', 'taskiq', 'temporalio'],
      base: 0.4,
      why: 'background job queues',
    },
  ],
  files: [],
  effects: [
    {
      criterion: 'scalability',
      favours: 'own',
      points: 5,
      guide: 'L9',
      why: 'the backend in use already scales with extra infrastructure such as worker queues',
    },
  ],
};

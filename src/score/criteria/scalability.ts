import { criterionModel } from './model.js';

export const scalability = criterionModel('scalability', {
  article:
    'both scale; Node.js more easily for high-traffic and real-time features, Python with extra infrastructure such as worker queues',
  guide: 'L11',
  weight: 1,
  weightWhy: 'the article rates both as scaling well, so it separates them only where traffic or real time is at stake',
});

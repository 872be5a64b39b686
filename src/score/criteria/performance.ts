import { criterionModel } from './model.js';

export const performance = criterionModel('performance', {
  article:
    'high throughput, real-time interactions and many simultaneous users favour Node.js; heavy computation does not gain from its event loop',
  guide: 'L27',
  weight: 1.5,
  weightWhy: 'the article closes on "performance needs" as one of the three things the choice must align with',
});

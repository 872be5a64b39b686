import { criterionModel } from './model.js';

export const security = criterionModel('security', {
  article: 'both are secure when used correctly; Python frameworks like Django offer more out-of-the-box protection',
  guide: 'L24a',
  weight: 1,
  weightWhy:
    'the article finds both secure when used correctly, so practices and built-ins weigh only as much as the rest',
});

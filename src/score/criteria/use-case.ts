import { criterionModel } from './model.js';

export const useCase = criterionModel('use-case', {
  article: 'Node.js for dynamic, real-time applications; Python for AI, ML and data-centred applications',
  guide: 'L25',
  weight: 3,
  weightWhy: 'the article\'s answer "depends entirely on your project requirements": what the project does weighs most',
});

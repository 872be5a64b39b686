import { criterionModel } from './model.js';

export const ecosystem = criterionModel('ecosystem', {
  article: 'both communities are strong; Python leads in AI and data science, Node.js in web and real-time development',
  guide: 'L21',
  weight: 1,
  weightWhy: 'the article calls both ecosystems strong, so libraries tip the balance only where a field leads',
});
